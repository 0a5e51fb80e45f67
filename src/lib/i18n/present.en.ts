/** English messages for presentation mode, exports (PNG, SVG) and the map without WebGL. */
import type { presentNl } from './present.nl';

export const presentEn: Record<keyof typeof presentNl, string> = {
};
