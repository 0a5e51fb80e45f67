/**
 * The interface colours of each theme as data: src/app.css sets the same
 * values as CSS custom properties (a test keeps the two equal), the exports
 * draw with them, and a test checks every pair that is drawn on top of each
 * other against WCAG 2.1 AA contrast.
 */
import { rgb } from 'd3-color';
import type { ThemeName } from './palette';

export interface UiColours {
  bg: string;
  surface: string;
  text: string;
  muted: string;
  border: string;
  /** Borders of form fields: 3:1 against the page (WCAG 1.4.11). */
  borderStrong: string;
  accent: string;
  accentSoft: string;
  link: string;
  focus: string;
  warningBg: string;
  warningBorder: string;
}

export const UI_THEMES: Record<ThemeName, UiColours> = {
  light: {
    bg: '#f6f7f9',
    surface: '#ffffff',
    text: '#1b1f24',
    muted: '#4d5560',
    border: '#c9ced6',
    borderStrong: '#767d88',
    accent: '#0b57a4',
    accentSoft: '#e3eefa',
    link: '#0b57a4',
    focus: '#1a5fb4',
    warningBg: '#fff4d6',
    warningBorder: '#d9a400',
  },
  dark: {
    bg: '#14181d',
    surface: '#1e242b',
    text: '#e8ebef',
    muted: '#b1b9c4',
    border: '#3b444f',
    borderStrong: '#8c96a3',
    accent: '#8cc0ff',
    accentSoft: '#22364d',
    link: '#9ccaff',
    focus: '#ffbf47',
    warningBg: '#3a2f00',
    warningBorder: '#d9a400',
  },
  projector: {
    bg: '#ffffff',
    surface: '#ffffff',
    text: '#000000',
    muted: '#1f1f1f',
    border: '#000000',
    borderStrong: '#000000',
    accent: '#003b80',
    accentSoft: '#dbe8f7',
    link: '#003b80',
    focus: '#c0392b',
    warningBg: '#fff1c2',
    warningBorder: '#000000',
  },
};

type Role = keyof UiColours;

/**
 * Every foreground drawn on a background somewhere in the app, with the
 * contrast WCAG 2.1 AA asks: 4.5:1 for text (1.4.3), 3:1 for the parts of
 * controls and focus rings (1.4.11).
 */
export const CONTRAST_PAIRS: { foreground: Role; background: Role; minimum: number; where: string }[] = [
  { foreground: 'text', background: 'bg', minimum: 4.5, where: 'text on the page' },
  { foreground: 'text', background: 'surface', minimum: 4.5, where: 'text in cards, dialogs, tooltips' },
  { foreground: 'text', background: 'accentSoft', minimum: 4.5, where: 'the chosen indicator, the active search result' },
  { foreground: 'text', background: 'warningBg', minimum: 4.5, where: 'notices and the example-data banner' },
  { foreground: 'muted', background: 'bg', minimum: 4.5, where: 'secondary text on the page (source line)' },
  { foreground: 'muted', background: 'surface', minimum: 4.5, where: 'secondary text in cards (legend counts)' },
  { foreground: 'muted', background: 'accentSoft', minimum: 4.5, where: 'an alias under the active search result' },
  { foreground: 'link', background: 'surface', minimum: 4.5, where: 'links and link buttons in cards' },
  { foreground: 'link', background: 'bg', minimum: 4.5, where: 'links on the page' },
  { foreground: 'accent', background: 'surface', minimum: 3, where: 'slider and radio buttons' },
  { foreground: 'accent', background: 'bg', minimum: 3, where: 'the slider on the page' },
  { foreground: 'accent', background: 'accentSoft', minimum: 3, where: 'the border of the chosen indicator' },
  { foreground: 'borderStrong', background: 'bg', minimum: 3, where: 'form fields on the page' },
  { foreground: 'borderStrong', background: 'surface', minimum: 3, where: 'form fields in cards and dialogs' },
  { foreground: 'focus', background: 'bg', minimum: 3, where: 'the focus ring on the page' },
  { foreground: 'focus', background: 'surface', minimum: 3, where: 'the focus ring in cards and dialogs' },
];

/** WCAG 2.1 relative luminance of an sRGB colour. */
export function relativeLuminance(hex: string): number {
  const colour = rgb(hex);
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(colour.r) + 0.7152 * channel(colour.g) + 0.0722 * channel(colour.b);
}

/** WCAG contrast ratio, from 1 (same) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The CSS custom property of a role: borderStrong → --border-strong. */
export const cssVariable = (role: Role) => `--${role.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
