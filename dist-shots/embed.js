/*
 * BBV-kaart embed helper. Include once on a page that embeds the map:
 *   <iframe src="https://…/bbv-kaart/?embed=1" title="BBV-kaart" loading="lazy" style="width:100%;height:640px;border:0"></iframe>
 *   <script src="https://…/bbv-kaart/embed.js" async></script>
 * The map reports its height with postMessage; this script sizes the iframe
 * to it. Without the script the iframe keeps the height it was given.
 *
 * It obeys only the map: a message must come from the origin this script was
 * loaded from (the map's), from the window of an iframe whose src is on that
 * origin, and carry a finite height; anything else on the host page (an ad,
 * another widget, a window the map opened) cannot resize a frame through it.
 */
(function () {
  'use strict';
  var MIN_HEIGHT = 200;
  var MAX_HEIGHT = 4000;
  var script = document.currentScript;
  if (!script || !script.src) return;
  var mapOrigin = new URL(script.src, document.baseURI).origin;

  function isMapFrame(frame) {
    try {
      return new URL(frame.src, document.baseURI).origin === mapOrigin;
    } catch (error) {
      return false;
    }
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== mapOrigin) return;
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'bbv-kaart:height') return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height < 0) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source && isMapFrame(frames[i])) {
        frames[i].style.height = Math.max(MIN_HEIGHT, Math.min(MAX_HEIGHT, Math.ceil(height))) + 'px';
      }
    }
  });
})();
