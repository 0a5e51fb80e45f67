/** English messages for working offline: the notice that a new version is ready. */
import type { offlineNl } from './offline.nl';

export const offlineEn: Record<keyof typeof offlineNl, string> = {
  'update.available': 'A new version of BBV-kaart is available.',
  'update.reload': 'Reload',
  'update.dismiss': 'Later',
};
