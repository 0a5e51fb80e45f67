/** English messages for loading your own data, validation problems, reconciliation with published figures. */
import type { dataNl } from './data.nl';

export const dataEn: Record<keyof typeof dataNl, string> = {
};
