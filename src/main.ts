import { mount } from 'svelte';
import { setWorkerUrl } from 'maplibre-gl';
// MapLibre 6 starts its worker from a URL next to its module; naming it here
// makes Vite emit the file into the build, served from our own origin.
import maplibreWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import App from './views/App.svelte';
import './app.css';

setWorkerUrl(maplibreWorkerUrl);

const target = document.getElementById('app');
if (!target) throw new Error('index.html needs an element with id "app"');
export default mount(App, { target });
