/** Dutch messages for how the map is drawn and for working offline (the notice that a new version is ready). */
export const offlineNl = {
  'update.available': 'Er is een nieuwe versie van de BBV-kaart.',
  'update.reload': 'Herladen',
  'renderer.label': 'Kaart tekenen',
  'renderer.hint': 'Automatisch kiest wat op deze computer het snelst tekent: SVG zonder grafische kaart, anders WebGL.',
  'renderer.auto': 'Automatisch',
  'renderer.svg': 'SVG',
  'renderer.webgl': 'WebGL (MapLibre)',
  'update.dismiss': 'Later',
} as const;
