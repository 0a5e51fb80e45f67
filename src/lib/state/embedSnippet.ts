/**
 * What an editor embeds: the choices of the Embed dialog (its own draft,
 * apart from the app's state), the embed URL and the HTML snippet they make.
 * Pure. (The link from an embed back to the full map is in urlState.ts.)
 */
import type { IndicatorId } from '../domain/indicators';
import type { Quarter } from '../domain/quarter';
import { translate, type Language } from '../i18n/translate';
import { DEFAULT_URL_STATE, encodeUrlState, type AnalysisTab, type Theme, type UrlState } from './urlState';

/** The height a snippet's iframe has until embed.js sizes it (and keeps without the script). */
export const DEFAULT_EMBED_HEIGHT = 640;

/** Everything the Embed dialog lets an editor fix. */
export interface EmbedChoices {
  indicator: IndicatorId;
  /** A quarter, or "latest": follows the data when a new quarter is added. */
  quarter: Quarter | 'latest';
  language: Language;
  theme: Theme;
  /** A province to zoom to and count, or null for the whole country. */
  region: string | null;
  slider: boolean;
  /** The change map mode's quarter, or null for the plain map. */
  compare: Quarter | null;
  /** An analysis view under the map, or null (embeds leave it out unless asked). */
  analysis: AnalysisTab | null;
  /** Pixels before embed.js sizes the frame (and if it is not used). */
  height: number;
}

/** The dialog's first draft: what the app shows now, without the analysis (an editor asks for it). */
export function embedChoicesFromView(view: UrlState): EmbedChoices {
  return {
    indicator: view.indicator,
    quarter: view.quarter,
    language: view.language,
    theme: view.theme,
    region: view.region,
    slider: view.slider,
    compare: view.compare,
    analysis: null,
    height: DEFAULT_EMBED_HEIGHT,
  };
}

/** The embed's address: only the choices, never a selection or a map position. */
export function embedUrl(appUrl: string, choices: EmbedChoices): string {
  const state: UrlState = {
    ...DEFAULT_URL_STATE,
    indicator: choices.indicator,
    quarter: choices.quarter,
    language: choices.language,
    theme: choices.theme,
    region: choices.region,
    compare: choices.compare,
    analysis: choices.analysis,
    slider: choices.slider,
    embed: true,
  };
  return `${appUrl}${encodeUrlState(state)}`;
}

/** The iframe's accessible name, in the embed's own language (the host page's, presumably). */
export function embedFrameTitle(choices: Pick<EmbedChoices, 'language' | 'indicator'>): string {
  return translate(choices.language, 'embed.frameTitle', { indicator: translate(choices.language, `indicator.${choices.indicator}`) });
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * A plain iframe, as Datawrapper and Our World in Data embed: no `sandbox`.
 * A sandbox that allows the frame its own origin protects nothing, and one
 * without it makes every request of the map cross-origin (the app's server
 * would need CORS headers) and its messages come from an opaque origin
 * embed.js cannot check. The map runs on its own origin, apart from the host
 * page by the browser's same-origin policy.
 */
export function buildEmbedSnippet(appUrl: string, choices: EmbedChoices): string {
  const src = embedUrl(appUrl, choices);
  const script = new URL('embed.js', appUrl).href;
  return [
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(embedFrameTitle(choices))}" loading="lazy" style="width:100%;height:${Math.round(choices.height)}px;border:0"></iframe>`,
    `<script src="${escapeAttribute(script)}" async></script>`,
  ].join('\n');
}
