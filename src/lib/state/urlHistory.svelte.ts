/**
 * Keeps the address bar in step with the view. Changes that matter (indicator,
 * selection, language, theme, mode) push a history entry so Back undoes them;
 * a run of quarter steps (slider drag, arrow keys) opens one entry and keeps
 * replacing it until the quarter has stayed put for SETTLE_MS; map moves and
 * playback only replace the current entry. An embed only ever replaces: its
 * frame shares the host page's session history, so an entry of its own would
 * make the host's Back button step inside the map instead of leaving the page.
 */
import { isMeaningfulChange } from './urlChoices';
import { encodeUrlState, type UrlState } from './urlState';

const SETTLE_MS = 1200;

export class UrlHistory {
  /** The state of the current history entry, as last pushed or restored. */
  #entryState: UrlState | null = null;
  #quarterEntryOpen = false;
  #settleTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * Starts following `current` (call during component initialisation: it
   * registers an effect). `isPlaying` tells playback apart from user steps;
   * `replaceOnly` never adds an entry (embeds).
   */
  constructor(current: () => UrlState | null, isPlaying: () => boolean, replaceOnly = false) {
    $effect(() => {
      const state = current();
      if (state) this.#follow(state, replaceOnly || isPlaying());
    });
    $effect(() => () => clearTimeout(this.#settleTimer));
  }

  /** The view was set from the URL (first load, Back/Forward): that entry is the reference now. */
  restored(state: UrlState): void {
    clearTimeout(this.#settleTimer);
    this.#quarterEntryOpen = false;
    this.#entryState = state;
  }

  #follow(state: UrlState, playing: boolean): void {
    const search = encodeUrlState(state);
    if (search === location.search) return;
    const url = `${location.pathname}${search}${location.hash}`;
    const previous = this.#entryState;
    const quarterOnly = previous !== null && previous.quarter !== state.quarter && !isMeaningfulChange({ ...previous, quarter: state.quarter }, state);
    if (!previous || playing || !isMeaningfulChange(previous, state)) {
      history.replaceState(null, '', url);
    } else if (quarterOnly) {
      if (this.#quarterEntryOpen) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
      this.#quarterEntryOpen = true;
      clearTimeout(this.#settleTimer);
      this.#settleTimer = setTimeout(() => {
        this.#quarterEntryOpen = false;
        this.#entryState = state;
      }, SETTLE_MS);
    } else {
      clearTimeout(this.#settleTimer);
      this.#quarterEntryOpen = false;
      history.pushState(null, '', url);
      this.#entryState = state;
    }
  }
}
