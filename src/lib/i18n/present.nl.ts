/** Dutch messages for presentation mode, exports (PNG, SVG) and the map without WebGL. */
export const presentNl = {
} as const;
