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
import { isSoftwareRenderer } from './softwareRenderer';
import type { WebGLProbe } from './webglProbe';

export { isRendererSetting, RENDERER_SETTINGS, type RendererSetting } from '../state/urlState';

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
