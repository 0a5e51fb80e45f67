/** English messages for the screen's frame (keys as in screens.nl.ts). */
import type { screensNl } from './screens.nl';

export const screensEn: Record<keyof typeof screensNl, string> = {
  'settings.open': 'Settings',
  'settings.close': 'Close settings',
  'details.sheet': 'Details',
  'stage.label': 'Map, legend and time',
};
