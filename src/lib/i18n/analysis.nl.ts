/** Dutch messages for growth chart, provinces, change since a quarter, white spots. */
export const analysisNl = {
} as const;
