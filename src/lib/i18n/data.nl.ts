/** Dutch messages for loading your own data, validation problems, reconciliation with published figures. */
export const dataNl = {
} as const;
