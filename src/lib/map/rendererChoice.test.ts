import { describe, expect, it } from 'vitest';
import { chooseRenderer, framesTooSlow, isRendererSetting } from './rendererChoice';
import { isSoftwareRenderer } from './softwareRenderer';

const CHROME_SWIFTSHADER = 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)';
const MESA_LLVMPIPE = 'llvmpipe (LLVM 15.0.6, 256 bits)';
const WINDOWS_BASIC = 'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)';
const INTEL = 'ANGLE (Intel, Intel(R) UHD Graphics 620 Direct3D11 vs_5_0 ps_5_0, D3D11)';
const APPLE = 'Apple M1';

describe('isSoftwareRenderer', () => {
  it.each([
    [CHROME_SWIFTSHADER, true],
    [MESA_LLVMPIPE, true],
    [WINDOWS_BASIC, true],
    ['Google SwiftShader', true],
    [INTEL, false],
    [APPLE, false],
    ['NVIDIA GeForce RTX 3060/PCIe/SSE2', false],
  ])('%s → %s', (name, software) => {
    expect(isSoftwareRenderer(name)).toBe(software);
  });
});

describe('chooseRenderer', () => {
  const hardware = { webgl2: true, rendererName: INTEL };
  const software = { webgl2: true, rendererName: CHROME_SWIFTSHADER };
  const masked = { webgl2: true, rendererName: 'WebKit WebGL' };
  const none = { webgl2: false, rendererName: null };
  it.each([
    { setting: 'auto', probe: hardware, renderer: 'webgl', reason: 'hardware-webgl' },
    { setting: 'auto', probe: software, renderer: 'svg', reason: 'software-webgl' },
    // A browser that masks the name: MapLibre's first frames decide (framesTooSlow).
    { setting: 'auto', probe: masked, renderer: 'webgl', reason: 'hardware-webgl' },
    { setting: 'webgl', probe: software, renderer: 'webgl', reason: 'setting' },
    { setting: 'svg', probe: hardware, renderer: 'svg', reason: 'setting' },
  ] as const)('$setting on $probe.rendererName → $renderer ($reason)', ({ setting, probe, renderer, reason }) => {
    expect(chooseRenderer(setting, probe)).toEqual({ renderer, reason });
  });

  describe('edge cases', () => {
    it('without WebGL2 the SVG map draws whatever was asked', () => {
      for (const setting of ['auto', 'svg', 'webgl'] as const) expect(chooseRenderer(setting, none)).toEqual({ renderer: 'svg', reason: 'no-webgl' });
    });
  });
});

describe('framesTooSlow: the median of MapLibre’s first frames against SLOW_FRAME_MS', () => {
  it.each([
    { frames: [146, 150, 139], slow: true },
    { frames: [4, 6, 5], slow: false },
    { frames: [4, 300, 5], slow: false },
    { frames: [], slow: false },
  ])('$frames → $slow', ({ frames, slow }) => {
    expect(framesTooSlow(frames)).toBe(slow);
  });
});

describe('isRendererSetting (bad input)', () => {
  it.each([['auto', true], ['svg', true], ['webgl', true], ['canvas', false], ['', false], ['SVG', false]])('%s → %s', (value, ok) => {
    expect(isRendererSetting(value)).toBe(ok);
  });
});
