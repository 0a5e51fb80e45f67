/** Dutch messages for working offline: the notice that a new version is ready. */
export const offlineNl = {
  'update.available': 'Er is een nieuwe versie van de BBV-kaart.',
  'update.reload': 'Herladen',
  'update.dismiss': 'Later',
} as const;
