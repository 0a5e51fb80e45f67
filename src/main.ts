import { mount } from 'svelte';
import App from './views/App.svelte';
import './app.css';

// MapLibre is not imported here: map/CoverageMap.svelte loads it (with its
// worker) in a chunk of its own, only where it draws, after the SVG map drew
// the first choropleth.
const target = document.getElementById('app');
if (!target) throw new Error('index.html needs an element with id "app"');
export default mount(App, { target });
