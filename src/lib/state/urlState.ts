/**
 * The user's view as a short URL query, and back. Defaults are left out, so
 * a plain link is the plain app. Decoding never throws: a bad or outdated
 * parameter falls back to something sensible and yields a notice saying so.
 */
import { shortenedValue } from './shortenedValue';
import { isIndicatorId, type IndicatorId } from '../domain/indicators';
import { parseQuarterKey, quarterKey, type Quarter } from '../domain/quarter';
import { isLanguage, type Language } from '../i18n/translate';
import type { MapView } from '../domain/types';

export const THEMES = ['auto', 'light', 'dark', 'projector'] as const;
export type Theme = (typeof THEMES)[number];
/** Which renderer draws the map: chosen by what the machine can do, or the SVG map or MapLibre (WebGL) as asked (map/rendererChoice.ts). */
export const RENDERER_SETTINGS = ['auto', 'svg', 'webgl'] as const;
export type RendererSetting = (typeof RENDERER_SETTINGS)[number];
export function isRendererSetting(value: string): value is RendererSetting {
  return (RENDERER_SETTINGS as readonly string[]).includes(value);
}
/** How the app is laid out: the full dashboard, or presentation mode for a projector. */
export const MODES = ['explore', 'present'] as const;
export type Mode = (typeof MODES)[number];
/** What presentation mode shows: the map, or the growth chart stepping with it. */
export const SLIDES = ['map', 'growth'] as const;
export type Slide = (typeof SLIDES)[number];

/** The analysis views (tabs under the map); absent from the URL means the analysis is closed. */
export const ANALYSIS_TABS = ['growth', 'provinces', 'change', 'white-spots'] as const;
export type AnalysisTab = (typeof ANALYSIS_TABS)[number];

export type { MapView };

export interface UrlState {
  indicator: IndicatorId;
  /** A quarter, or "latest" (follows the data: an embed stays current). */
  quarter: Quarter | 'latest';
  municipality: string | null;
  organisation: string | null;
  view: MapView | null;
  language: Language;
  theme: Theme;
  /** The map's renderer (`renderer=svg|webgl`); `auto` is left out. */
  renderer: RendererSetting;
  /** Embed mode: the map without the site's chrome, for other organisations' pages. */
  embed: boolean;
  /** Whether the quarter slider shows (embeds may fix the quarter). */
  slider: boolean;
  /** The province the view is about (map zoomed to it, totals filtered), or null for the whole country. */
  region: string | null;
  /** Presentation mode (`mode=present`) or the dashboard. */
  mode: Mode;
  /** Presentation mode's slide (`slide=growth`); only written in presentation mode. */
  slide: Slide;
  /** The quarter the map compares with (the change map mode), or null for the plain map. */
  compare: Quarter | null;
  /** The open analysis view, or null when the analysis is closed (an embed shows it only when asked). */
  analysis: AnalysisTab | null;
}

export const DEFAULT_URL_STATE: UrlState = {
  indicator: 'ido',
  quarter: 'latest',
  municipality: null,
  organisation: null,
  view: null,
  language: 'nl',
  theme: 'auto',
  renderer: 'auto',
  embed: false,
  slider: true,
  region: null,
  mode: 'explore',
  slide: 'map',
  compare: null,
  analysis: null,
};

export type UrlNotice = (
  | { kind: 'unknown-indicator'; value: string }
  | { kind: 'bad-quarter'; value: string }
  | { kind: 'quarter-out-of-range'; value: string; first: Quarter; last: Quarter }
  | { kind: 'unknown-municipality'; value: string }
  | { kind: 'municipality-mapped'; value: string; to: string }
  | { kind: 'unknown-organisation'; value: string }
  | { kind: 'bad-view'; value: string }
  | { kind: 'unknown-language'; value: string }
  | { kind: 'unknown-theme'; value: string }
  | { kind: 'unknown-renderer'; value: string }
  | { kind: 'unknown-region'; value: string }
  | { kind: 'unknown-mode'; value: string }
  | { kind: 'unknown-slide'; value: string }
  | { kind: 'bad-compare'; value: string }
  | { kind: 'compare-out-of-range'; value: string; first: Quarter; last: Quarter }
  | { kind: 'unknown-analysis'; value: string }
) & {
  /** The whole value when `value` was cut (shortenNoticeValue). */
  fullValue?: string;
};

/** What decoding needs to know about the data on screen. */
export interface UrlContext {
  firstQuarter: Quarter;
  lastQuarter: Quarter;
  /** The code(s) a municipality code stands for in a quarter (lineage); [] when unknown there. */
  resolveMunicipality: (code: string, quarter: Quarter) => string[];
  hasOrganisation: (id: string) => boolean;
  hasProvince: (code: string) => boolean;
}

export function encodeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.indicator !== DEFAULT_URL_STATE.indicator) params.set('indicator', state.indicator);
  if (state.quarter !== 'latest') params.set('quarter', quarterKey(state.quarter));
  if (state.municipality) params.set('municipality', state.municipality);
  if (state.organisation) params.set('organisation', state.organisation);
  if (state.view) params.set('view', `${state.view.lon.toFixed(4)},${state.view.lat.toFixed(4)},${state.view.zoom.toFixed(2)}`);
  if (state.language !== DEFAULT_URL_STATE.language) params.set('lang', state.language);
  if (state.theme !== DEFAULT_URL_STATE.theme) params.set('theme', state.theme);
  if (state.renderer !== DEFAULT_URL_STATE.renderer) params.set('renderer', state.renderer);
  if (state.embed) params.set('embed', '1');
  if (!state.slider) params.set('slider', '0');
  if (state.region) params.set('region', state.region);
  if (state.mode !== DEFAULT_URL_STATE.mode) params.set('mode', state.mode);
  if (state.slide !== DEFAULT_URL_STATE.slide) params.set('slide', state.slide);
  if (state.compare !== null) params.set('compare', quarterKey(state.compare));
  if (state.analysis) params.set('analysis', state.analysis);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * What a link fixes before any data arrives: the layout (embed, slider,
 * presentation) and its look (language, theme). Invalid values fall back
 * silently here; decodeUrlState, once the data is there, says so in a notice.
 */
export function decodeStartOptions(search: string | URLSearchParams): Pick<UrlState, 'language' | 'theme' | 'renderer' | 'embed' | 'slider' | 'mode'> {
  const params = new URLSearchParams(search);
  const language = params.get('lang') ?? '';
  const theme = params.get('theme') ?? '';
  const renderer = params.get('renderer') ?? '';
  const mode = params.get('mode') ?? '';
  const embed = params.get('embed') === '1';
  return {
    language: isLanguage(language) ? language : DEFAULT_URL_STATE.language,
    theme: (THEMES as readonly string[]).includes(theme) ? (theme as Theme) : DEFAULT_URL_STATE.theme,
    // Before any data: the first map is drawn by the renderer the link asks for.
    renderer: isRendererSetting(renderer) ? renderer : DEFAULT_URL_STATE.renderer,
    embed,
    slider: params.get('slider') !== '0',
    // An embed never presents.
    mode: !embed && (MODES as readonly string[]).includes(mode) ? (mode as Mode) : DEFAULT_URL_STATE.mode,
  };
}

export function decodeUrlState(search: string | URLSearchParams, context: UrlContext): { state: UrlState; notices: UrlNotice[] } {
  const params = new URLSearchParams(search);
  const notices: UrlNotice[] = [];
  const state: UrlState = { ...DEFAULT_URL_STATE };

  const indicator = params.get('indicator');
  if (indicator !== null) {
    if (isIndicatorId(indicator)) state.indicator = indicator;
    else notices.push({ kind: 'unknown-indicator', value: indicator });
  }

  const quarterText = params.get('quarter');
  if (quarterText !== null && quarterText !== 'latest') {
    const quarter = parseQuarterKey(quarterText);
    if (quarter === null) notices.push({ kind: 'bad-quarter', value: quarterText });
    else if (quarter < context.firstQuarter || quarter > context.lastQuarter) {
      notices.push({ kind: 'quarter-out-of-range', value: quarterText, first: context.firstQuarter, last: context.lastQuarter });
    } else state.quarter = quarter;
  }
  const shownQuarter = state.quarter === 'latest' ? context.lastQuarter : state.quarter;

  const municipality = params.get('municipality');
  if (municipality !== null) {
    const code = municipality.trim().toUpperCase();
    const resolved = context.resolveMunicipality(code, shownQuarter);
    if (resolved.length === 0) notices.push({ kind: 'unknown-municipality', value: municipality });
    else {
      state.municipality = resolved[0]!;
      if (resolved[0] !== code) notices.push({ kind: 'municipality-mapped', value: code, to: resolved[0]! });
    }
  }

  const organisation = params.get('organisation');
  if (organisation !== null) {
    if (context.hasOrganisation(organisation)) state.organisation = organisation;
    else notices.push({ kind: 'unknown-organisation', value: organisation });
  }

  const view = params.get('view');
  if (view !== null) {
    const [lon, lat, zoom] = view.split(',').map(Number);
    const valid = [lon, lat, zoom].every((n) => n !== undefined && Number.isFinite(n)) && lon! >= 2 && lon! <= 9 && lat! >= 50 && lat! <= 54.5 && zoom! >= 4 && zoom! <= 14;
    if (valid) state.view = { lon: lon!, lat: lat!, zoom: zoom! };
    else notices.push({ kind: 'bad-view', value: view });
  }

  const language = params.get('lang');
  if (language !== null) {
    if (isLanguage(language)) state.language = language;
    else notices.push({ kind: 'unknown-language', value: language });
  }

  const theme = params.get('theme');
  if (theme !== null) {
    if ((THEMES as readonly string[]).includes(theme)) state.theme = theme as Theme;
    else notices.push({ kind: 'unknown-theme', value: theme });
  }
  const renderer = params.get('renderer');
  if (renderer !== null) {
    if (isRendererSetting(renderer)) state.renderer = renderer;
    else notices.push({ kind: 'unknown-renderer', value: renderer });
  }
  state.embed = params.get('embed') === '1';
  state.slider = params.get('slider') !== '0';
  const region = params.get('region');
  if (region !== null) {
    const code = region.trim().toUpperCase();
    if (context.hasProvince(code)) state.region = code;
    else notices.push({ kind: 'unknown-region', value: region });
  }
  const compare = params.get('compare');
  if (compare !== null) {
    const quarter = parseQuarterKey(compare);
    if (quarter === null) notices.push({ kind: 'bad-compare', value: compare });
    else if (quarter < context.firstQuarter || quarter > context.lastQuarter) {
      notices.push({ kind: 'compare-out-of-range', value: compare, first: context.firstQuarter, last: context.lastQuarter });
    } else state.compare = quarter;
  }
  const analysis = params.get('analysis');
  if (analysis !== null) {
    if ((ANALYSIS_TABS as readonly string[]).includes(analysis)) state.analysis = analysis as AnalysisTab;
    else notices.push({ kind: 'unknown-analysis', value: analysis });
  }
  const mode = params.get('mode');
  if (mode !== null) {
    if ((MODES as readonly string[]).includes(mode)) state.mode = mode as Mode;
    else notices.push({ kind: 'unknown-mode', value: mode });
  }
  const slide = params.get('slide');
  if (slide !== null) {
    if ((SLIDES as readonly string[]).includes(slide)) state.slide = slide as Slide;
    else notices.push({ kind: 'unknown-slide', value: slide });
  }
  // A long value (a 100 KB parameter) is cut, so it cannot widen the page.
  return { state, notices: notices.map((notice) => ({ ...notice, ...shortenedValue(notice.value) })) };
}

/*
 * Links to the app. Here rather than with the embed snippet: an embed's
 * first screen has the link to the full map, and this module is in the main
 * chunk (the snippet's code, shared with the Embed dialog, was a chunk of
 * its own on the embed's first map's path).
 */

/** The app's address without query or hash (e.g. https://example.org/bbv-kaart/), from any address of its page. */
export function appBaseUrl(href: string): string {
  const url = new URL('./', href);
  url.search = '';
  url.hash = '';
  return url.href;
}

/** From an embed to the full app showing the same view (selection and map position included). */
export function fullMapUrl(appUrl: string, state: UrlState): string {
  return `${appUrl}${encodeUrlState({ ...state, embed: false, slider: DEFAULT_URL_STATE.slider })}`;
}
