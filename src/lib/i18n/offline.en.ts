/** English messages for how the map is drawn and for working offline (the notice that a new version is ready). */
import type { offlineNl } from './offline.nl';

export const offlineEn: Record<keyof typeof offlineNl, string> = {
  'update.available': 'A new version of BBV-kaart is available.',
  'update.reload': 'Reload',
  'renderer.label': 'Draw the map',
  'renderer.hint': 'Automatic picks what draws fastest on this computer: SVG without a graphics card, WebGL otherwise.',
  'renderer.auto': 'Automatic',
  'renderer.svg': 'SVG',
  'renderer.webgl': 'WebGL (MapLibre)',
  'update.dismiss': 'Later',
};
