/** The HTML an editor pastes into a page to embed the current view. */
import { DEFAULT_URL_STATE, encodeUrlState, type UrlState } from './urlState';

export interface EmbedOptions {
  /** The app's address (without query), e.g. https://example.org/bbv-kaart/. */
  appUrl: string;
  state: UrlState;
  /** Height in pixels before embed.js resizes the frame (and if it is not used). */
  height: number;
  /** Accessible name of the iframe. */
  title: string;
}

/** Only what an embed needs: the view options (with the change mode and an analysis view when asked), never a selection or a map position. */
export function embedUrl(appUrl: string, state: UrlState): string {
  const embedState: UrlState = {
    ...DEFAULT_URL_STATE,
    indicator: state.indicator,
    quarter: state.quarter,
    language: state.language,
    theme: state.theme,
    region: state.region,
    compare: state.compare,
    analysis: state.analysis,
    slider: state.slider,
    embed: true,
  };
  return `${appUrl}${encodeUrlState(embedState)}`;
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * A plain iframe, as Datawrapper and Our World in Data embed: no `sandbox`.
 * A sandbox that allows the frame its own origin protects nothing, and one
 * without it makes every request of the map cross-origin (and its messages
 * come from an opaque origin embed.js cannot check). The map runs on its own
 * origin, apart from the host page by the browser's same-origin policy.
 */
export function buildEmbedSnippet(options: EmbedOptions): string {
  const src = embedUrl(options.appUrl, options.state);
  const script = new URL('embed.js', options.appUrl).href;
  return [
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(options.title)}" loading="lazy" style="width:100%;height:${Math.round(options.height)}px;border:0"></iframe>`,
    `<script src="${escapeAttribute(script)}" async></script>`,
  ].join('\n');
}
