/** Dutch messages for the screen's frame: the header's settings menu, the details sheet on a phone. */
export const screensNl = {
  'settings.open': 'Instellingen',
  'settings.close': 'Instellingen sluiten',
  'details.sheet': 'Details',
  'stage.label': 'Kaart, legenda en tijd',
} as const;
