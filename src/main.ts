import { mount } from 'svelte';
import { forgetFirstMapReads, startFirstMapReads } from './lib/api/fetchers';
import { loadLanguage } from './lib/i18n/translate';
import { firstMapDrawn } from './lib/state/firstMap';
import { decodeStartOptions } from './lib/state/urlState';
import App from './views/App.svelte';
import { layoutKind, loadLayout } from './views/layouts';
import './app.css';

// MapLibre is not imported here: map/CoverageMap.svelte loads it (with its
// worker) in a chunk of its own, only where it draws, after the SVG map drew
// the first choropleth.
const target = document.getElementById('app');
if (!target) throw new Error('index.html needs an element with id "app"');

// The first map's files, which index.html's preload links have asked for, read now: the app's queries take them
// (fetchers.ts) instead of reading them once the app has mounted and the geo index has named the shapes.
startFirstMapReads(document);
void firstMapDrawn.then(forgetFirstMapReads);

// What the link fixes before any data: which layout, in which language.
const start = decodeStartOptions(location.search);
// The layout's chunk downloads while the app mounts and asks for its data; Dashboard.svelte shows it (or why it failed).
loadLayout(layoutKind(start.embed, start.mode)).catch(() => undefined);
// An English link gets its table before the first paint, so it never flashes Dutch. If it does not arrive, the app
// starts in Dutch and says so (UrlSync → LanguageSwitch). A promise, not a top-level await: the table's chunk imports
// from this one, which must have finished evaluating first.
void loadLanguage(start.language)
  .catch(() => undefined)
  .then(() => mount(App, { target }));
