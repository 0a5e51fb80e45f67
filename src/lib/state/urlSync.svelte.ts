/**
 * The link and the screen, both ways. The URL is read once, at start: what
 * needs no data (language, theme, embed, slider, presentation) applies at
 * once; the rest (quarter, municipality, organisation, region, …) is checked
 * against the data when it arrives, and a bad or outdated value becomes a
 * notice. From then on the URL follows the choices (UrlHistory decides what
 * makes a history entry), and Back/Forward applies the entry's state,
 * map view included.
 *
 * Call the constructor during component initialisation: it registers effects.
 */
import type { Quarter } from '../domain/quarter';
import { isLanguageLoaded, type Language } from '../i18n/translate';
import type { AppState } from './appState.svelte';
import { UrlHistory } from './urlHistory.svelte';
import { applyUrlState, toUrlState } from './urlChoices';
import { decodeStartOptions, decodeUrlState, type UrlContext, type UrlNotice, type UrlState } from './urlState';

export interface UrlSyncInput {
  app: AppState;
  /** What decoding checks the link against, once the data is there (null before). */
  context: () => UrlContext | null;
  /** The quarter range of the data on screen. */
  range: () => { first: Quarter; last: Quarter } | null;
  /** The selected municipality as the map shows it (after a herindeling, what the chosen one became). */
  shownMunicipality: () => string | null;
  /** After Back/Forward has applied an entry: move the map to its view. */
  onRestored: () => void;
  /**
   * The link asks for a language whose table is not loaded (main.ts could
   * not load it before mounting): the screen stays in the language it has
   * and this is told, so it can load the table and switch (or say it failed).
   */
  onLanguageMissing?: (language: Language) => void;
}

export class UrlSync {
  /** The link has been applied: the quarter range is set and everything can be derived. */
  ready = $state(false);
  /** What was wrong with the link, for the notices on screen. */
  notices = $state.raw<UrlNotice[]>([]);
  /** Fixed by the link for the whole visit. */
  readonly embed: boolean;
  readonly showSlider: boolean;
  readonly #input: UrlSyncInput;
  readonly #startParams: URLSearchParams;

  /** The URL state of what is on screen, null before the link is applied. */
  readonly state: UrlState | null = $derived.by(() =>
    this.ready ? toUrlState(this.#input.app, { embed: this.embed, slider: this.showSlider }, this.#input.shownMunicipality()) : null,
  );

  constructor(input: UrlSyncInput, search: string = location.search) {
    this.#input = input;
    this.#startParams = new URLSearchParams(search);
    const start = decodeStartOptions(this.#startParams);
    this.embed = start.embed;
    this.showSlider = start.slider;
    const { app } = input;
    app.language = this.#shownLanguage(start.language);
    app.theme = start.theme;
    app.renderer = start.renderer;
    app.mode = start.mode;

    const history = new UrlHistory(() => this.state, () => app.playing, this.embed);
    // The rest of the link once the data is there (the first time only).
    $effect(() => {
      const context = input.context();
      const range = input.range();
      if (this.ready || !context || !range) return;
      app.setRange(range.first, range.last);
      const decoded = decodeUrlState(this.#startParams, context);
      const state = { ...decoded.state, language: this.#shownLanguage(decoded.state.language) };
      applyUrlState(app, state);
      history.restored(state);
      this.notices = decoded.notices;
      this.ready = true;
    });
    $effect(() => {
      const onPopState = () => {
        const context = input.context();
        if (!this.ready || !context) return;
        const decoded = decodeUrlState(location.search, context);
        const state = { ...decoded.state, language: this.#shownLanguage(decoded.state.language) };
        applyUrlState(app, { ...state, embed: this.embed });
        history.restored(state);
        this.notices = decoded.notices;
        input.onRestored();
      };
      window.addEventListener('popstate', onPopState);
      return () => window.removeEventListener('popstate', onPopState);
    });
  }

  /** The language the link asks for if its table is here; else the one on screen (and the missing one is reported). */
  #shownLanguage(asked: Language): Language {
    if (isLanguageLoaded(asked)) return asked;
    this.#input.onLanguageMissing?.(asked);
    return this.#input.app.language;
  }

  dismissNotice(index: number): void {
    this.notices = this.notices.filter((_, i) => i !== index);
  }
}
