/** Dutch messages for what is loading and what failed to load (the map's status, a part of the app that did not arrive). */
export const loadingNl = {
  'load.loading.shapes': 'Gemeentegrenzen van {date} laden…',
  'load.meanwhile': 'Kaart, legenda en cijfers tonen zolang {quarter}.',
  'load.failed': 'Niet geladen: {what}',
  'load.what.geo': 'het overzicht van de gemeentegrenzen',
  'load.what.dataset': 'de gegevens',
  'load.what.shapes': 'de gemeentegrenzen van {date}',
  'load.what.analysis': 'het onderdeel Analyse',
  'load.file': 'Bestand: {file}',
  'load.reason.offline': 'Je bent offline: er is geen verbinding met internet.',
  'load.reason.network': 'De server is niet bereikbaar, of de verbinding viel weg.',
  'load.reason.timeout': 'De server gaf na {seconds} seconden nog geen antwoord.',
  'load.reason.not-found': 'Het bestand staat niet op de server (fout 404).',
  'load.reason.http': 'De server gaf een fout (code {status}).',
  'load.reason.invalid': 'Het bestand is onvolledig of beschadigd.',
  'load.reason.chunk': 'Dit deel van de BBV-kaart kwam niet binnen. Helpt opnieuw proberen niet, herlaad dan de pagina.',
  'load.reason.unknown': 'Er ging iets mis bij het laden.',
} as const;
