/*
 * BBV-kaart embed helper. Include once on a page that embeds the map:
 *   <iframe src="https://…/bbv-kaart/?embed=1" title="BBV-kaart" style="width:100%;height:640px;border:0" sandbox="allow-scripts allow-popups"></iframe>
 *   <script src="https://…/bbv-kaart/embed.js" async></script>
 * The map reports its height with postMessage; this script sizes the iframe
 * to it. Without the script the iframe keeps the height it was given.
 */
(function () {
  'use strict';
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'bbv-kaart:height' || typeof data.height !== 'number') return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.max(200, Math.min(4000, Math.ceil(data.height))) + 'px';
      }
    }
  });
})();
