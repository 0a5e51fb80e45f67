/** English messages for growth chart, provinces, change since a quarter, white spots. */
import type { analysisNl } from './analysis.nl';

export const analysisEn: Record<keyof typeof analysisNl, string> = {
};
