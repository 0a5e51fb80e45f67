/**
 * Between the user's choices (AppState) and the URL state: the choices a
 * URL carries, translated both ways, and which changes deserve an entry of
 * their own in the browser's history. The URL text itself is urlState.ts.
 */
import type { IndicatorId } from '../domain/indicators';
import type { Quarter } from '../domain/quarter';
import type { Selection } from '../domain/selection';
import type { Language } from '../i18n/translate';
import type { AnalysisTab, MapView, Mode, RendererSetting, Slide, Theme, UrlState } from './urlState';

/**
 * Whether going from one state to the next deserves its own history entry.
 * Changes of indicator, selection, language, theme, mode, region, compared
 * quarter or analysis view do; a quarter change
 * does once it has settled (the caller debounces), a moved map never does.
 */
export function isMeaningfulChange(before: UrlState, after: UrlState): boolean {
  return (
    before.indicator !== after.indicator ||
    before.municipality !== after.municipality ||
    before.organisation !== after.organisation ||
    before.language !== after.language ||
    before.theme !== after.theme ||
    before.renderer !== after.renderer ||
    before.mode !== after.mode ||
    before.slide !== after.slide ||
    before.region !== after.region ||
    before.compare !== after.compare ||
    before.analysis !== after.analysis ||
    before.quarter !== after.quarter
  );
}

/** The user's choices that a URL carries (AppState has them all). */
export interface UrlChoices {
  indicator: IndicatorId;
  quarter: Quarter;
  lastQuarter: Quarter;
  selection: Selection;
  view: MapView | null;
  language: Language;
  theme: Theme;
  renderer: RendererSetting;
  region: string | null;
  compare: Quarter | null;
  analysis: AnalysisTab | null;
  mode: Mode;
  slide: Slide;
}

/**
 * The URL state of the choices on screen. `fixed` is what the link fixed at
 * start (embed, slider); `municipality` is the selected municipality as the
 * map shows it (after a herindeling, what the chosen one became).
 */
export function toUrlState(app: UrlChoices, fixed: Pick<UrlState, 'embed' | 'slider'>, municipality: string | null): UrlState {
  const selection = app.selection;
  return {
    indicator: app.indicator,
    // The newest quarter is written as "latest": a link to it follows the data when it grows.
    quarter: app.quarter === app.lastQuarter ? 'latest' : app.quarter,
    municipality: selection?.kind === 'organisation' ? selection.fromCode : municipality,
    organisation: selection?.kind === 'organisation' ? selection.id : null,
    view: app.view,
    language: app.language,
    theme: app.theme,
    renderer: app.renderer,
    embed: fixed.embed,
    slider: fixed.slider,
    region: app.region,
    compare: app.compare,
    analysis: app.analysis,
    mode: app.mode,
    // The slide belongs to presentation mode: the dashboard's link does not carry it.
    slide: app.mode === 'present' ? app.slide : 'map',
  };
}

/** Sets the choices a decoded URL state carries (the quarter range must be set). */
export function applyUrlState(app: UrlChoices & { setQuarter(quarter: Quarter): void }, state: UrlState): void {
  app.indicator = state.indicator;
  app.setQuarter(state.quarter === 'latest' ? app.lastQuarter : state.quarter);
  app.language = state.language;
  app.theme = state.theme;
  app.renderer = state.renderer;
  app.view = state.view;
  app.selection = state.organisation
    ? { kind: 'organisation', id: state.organisation, fromCode: state.municipality }
    : state.municipality
      ? { kind: 'municipality', code: state.municipality }
      : null;
  app.region = state.region;
  app.compare = state.compare;
  app.analysis = state.analysis;
  app.mode = state.embed ? 'explore' : state.mode;
  app.slide = state.slide;
}
