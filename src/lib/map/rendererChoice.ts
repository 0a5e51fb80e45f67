/**
 * Which renderer draws the map. MapLibre (WebGL) moves smoothly where a GPU
 * draws it, but where WebGL runs in software (SwiftShader, llvmpipe, the
 * Microsoft Basic Render Driver: virtual desktops and thin clients without a
 * usable GPU) one MapLibre frame of this map costs ~150 ms, ten times what
 * the SVG map needs to repaint a quarter. So by default ("auto") the SVG map
 * draws there, MapLibre elsewhere; a link (`renderer=svg|webgl`) or the
 * setting can choose either.
 */
import type { Renderer } from '../state/mapApi';
import type { RendererSetting } from '../state/urlState';

export { isRendererSetting, RENDERER_SETTINGS, type RendererSetting } from '../state/urlState';

/** Renderer strings of WebGL implementations that draw on the CPU. */
const SOFTWARE = /SwiftShader|llvmpipe|softpipe|Microsoft Basic Render Driver|Software Rasterizer|Software Adapter/i;

export function isSoftwareRenderer(rendererName: string): boolean {
  return SOFTWARE.test(rendererName);
}

/** What the browser's WebGL can do: a WebGL2 context at all (MapLibre 6 needs one), and the name of what draws it. */
export interface WebGLProbe {
  webgl2: boolean;
  /** The unmasked renderer string where the browser gives it, else the masked one; null without WebGL2. */
  rendererName: string | null;
}

export type RendererReason = 'setting' | 'no-webgl' | 'software-webgl' | 'hardware-webgl';

export function chooseRenderer(setting: RendererSetting, probe: WebGLProbe): { renderer: Renderer; reason: RendererReason } {
  if (!probe.webgl2) return { renderer: 'svg', reason: 'no-webgl' };
  if (setting !== 'auto') return { renderer: setting, reason: 'setting' };
  if (probe.rendererName && isSoftwareRenderer(probe.rendererName)) return { renderer: 'svg', reason: 'software-webgl' };
  return { renderer: 'webgl', reason: 'hardware-webgl' };
}

/**
 * Beyond the renderer's name: MapLibre's first frames on this machine, in ms
 * each. Slower than this, the SVG map stays (a GPU that is there but slow, or
 * a software renderer with a name we do not know).
 */
export const SLOW_FRAME_MS = 50;

export function framesTooSlow(frameMs: readonly number[]): boolean {
  if (frameMs.length === 0) return false;
  const sorted = [...frameMs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]! > SLOW_FRAME_MS;
}

/** Asks a throw-away canvas (DOM). */
export function probeWebGL(): WebGLProbe {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return { webgl2: false, rendererName: null };
    const debug = gl.getExtension('WEBGL_debug_renderer_info');
    const rendererName = String(gl.getParameter(debug ? debug.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
    // Give the context back at once: browsers allow only a few at a time.
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return { webgl2: true, rendererName };
  } catch {
    return { webgl2: false, rendererName: null };
  }
}
