/** English messages for what is loading and what failed to load (the map's status, a part of the app that did not arrive). */
import type { loadingNl } from './loading.nl';

export const loadingEn: Record<keyof typeof loadingNl, string> = {
  'load.loading.shapes': 'Loading the municipal boundaries of {date}…',
  'load.meanwhile': 'Map, legend and figures show {quarter} meanwhile.',
  'load.failed': 'Not loaded: {what}',
  'load.what.geo': 'the index of municipal boundaries',
  'load.what.dataset': 'the data',
  'load.what.shapes': 'the municipal boundaries of {date}',
  'load.what.analysis': 'the Analysis section',
  'load.what.besideStage': 'the details, totals and table beside and under the map',
  'load.what.layout.explore': 'the layout of the map page',
  'load.what.layout.embed': 'the embedded map',
  'load.what.layout.present': 'presentation mode',
  'load.what.dialog.data': 'the Load data window',
  'load.what.dialog.embed': 'the Embed window',
  'load.what.dialog.export': 'the Export window',
  'load.what.language': 'the English texts',
  'load.file': 'File: {file}',
  'load.reason.offline': 'You are offline: there is no internet connection.',
  'load.reason.network': 'The server could not be reached, or the connection dropped.',
  'load.reason.timeout': 'The server had not answered after {seconds} seconds.',
  'load.reason.not-found': 'The file is not on the server (error 404).',
  'load.reason.http': 'The server answered with an error (code {status}).',
  'load.reason.invalid': 'The file is incomplete or damaged.',
  'load.reason.chunk': 'This part of BBV-kaart did not arrive. If trying again does not help, reload the page.',
  'load.reason.unknown': 'Something went wrong while loading.',
};
