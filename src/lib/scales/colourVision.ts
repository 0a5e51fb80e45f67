/**
 * Colour-vision deficiency simulation (Machado, Oliveira & Fernandes 2009,
 * severity 1.0) on linear RGB, used to check that the palette's categories
 * stay distinguishable for the common deficiencies.
 */
import { lab, rgb } from 'd3-color';

export type Deficiency = 'protanopia' | 'deuteranopia' | 'tritanopia';

const MATRICES: Record<Deficiency, number[]> = {
  protanopia: [0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998],
  deuteranopia: [0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881],
  tritanopia: [1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039],
};

const toLinear = (channel: number) => {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const fromLinear = (c: number) => {
  const clamped = Math.min(1, Math.max(0, c));
  return 255 * (clamped <= 0.0031308 ? clamped * 12.92 : 1.055 * clamped ** (1 / 2.4) - 0.055);
};

/** The colour as seen with the deficiency, as a hex string. */
export function simulate(hex: string, deficiency: Deficiency): string {
  const colour = rgb(hex);
  const linear = [toLinear(colour.r), toLinear(colour.g), toLinear(colour.b)];
  const m = MATRICES[deficiency];
  const out = [0, 1, 2].map((row) => m[row * 3]! * linear[0]! + m[row * 3 + 1]! * linear[1]! + m[row * 3 + 2]! * linear[2]!);
  return rgb(fromLinear(out[0]!), fromLinear(out[1]!), fromLinear(out[2]!)).formatHex();
}

/** CIE76 colour difference in CIELAB: about 2.3 is just noticeable; map categories want 10 or more. */
export function colourDifference(a: string, b: string): number {
  const x = lab(a);
  const y = lab(b);
  return Math.hypot(x.l - y.l, x.a - y.a, x.b - y.b);
}
