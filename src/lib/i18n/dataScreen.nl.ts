/** Dutch messages of own data that the first screen shows: the button, the dialog's title, the banner (the rest: data.nl.ts). */
export const dataScreenNl = {
  'data.open': "Gegevens laden",
  'data.title': "Gegevens laden",
  'banner.own': "Eigen gegevens",
  'banner.from': "geladen uit {source}",
  'banner.leftOut': '{rows} {rows|rij|rijen} met fouten weggelaten',
  'banner.back': "Terug naar de standaardgegevens",
  'banner.quarterMoved': "Het kwartaal {from} valt buiten deze gegevens; getoond wordt {to}.",
  'banner.organisationGone': "De gekozen organisatie komt in deze gegevens niet voor; de selectie is opgeheven.",
  'banner.dismiss': "Melding sluiten",
  'banner.ownSource': "eigen bestanden",
  'data.manyFiles': '{count} {count|bestand|bestanden}',
  'banner.unnamed': "zonder naam",
} as const;
