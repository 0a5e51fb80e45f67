/**
 * Keeps the address bar in step with the view. Changes that matter (indicator,
 * selection, language, theme, mode) push a history entry so Back undoes them;
 * a run of quarter steps (slider drag, arrow keys) opens one entry and keeps
 * replacing it until the quarter has stayed put for SETTLE_MS; map moves and
 * playback only replace the current entry. An embed only ever replaces: its
 * frame shares the host page's session history, so an entry of its own would
 * make the host's Back button step inside the map instead of leaving the page.
 *
 * Replacing the entry is written once changes pause (REPLACE_QUIET_MS):
 * Chromium's `history.replaceState` takes 2–15 ms, which would otherwise be
 * part of every quarter step and playback frame. A new entry (pushState) is
 * written at once (after any replacement still waiting), so Back right after
 * a change always finds it.
 */
import { latestOnceQuiet } from './onceQuiet';
import { isMeaningfulChange } from './urlChoices';
import { encodeUrlState, type UrlState } from './urlState';

const SETTLE_MS = 1200;
/** A replaced entry's address is written once changes pause this long (see `#replace`). */
export const REPLACE_QUIET_MS = 250;

export class UrlHistory {
  /** The state of the current history entry, as last pushed or restored. */
  #entryState: UrlState | null = null;
  #quarterEntryOpen = false;
  #settleTimer: ReturnType<typeof setTimeout> | undefined;
  /** A replaceState waiting for changes to pause; its query is what the address bar is about to say. */
  readonly #writeReplace = latestOnceQuiet((entry: { url: string; search: string }) => history.replaceState(null, '', entry.url), REPLACE_QUIET_MS);

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
    $effect(() => () => {
      clearTimeout(this.#settleTimer);
      this.#writeReplace.cancel();
    });
  }

  /** The view was set from the URL (first load, Back/Forward): that entry is the reference now. */
  restored(state: UrlState): void {
    // A replace still waiting was meant for the entry the user just left.
    this.#writeReplace.cancel();
    clearTimeout(this.#settleTimer);
    this.#quarterEntryOpen = false;
    this.#entryState = state;
  }

  #follow(state: UrlState, playing: boolean): void {
    const search = encodeUrlState(state);
    if (search === (this.#writeReplace.pending()?.search ?? location.search)) return;
    const url = `${location.pathname}${search}${location.hash}`;
    const previous = this.#entryState;
    const quarterOnly = previous !== null && previous.quarter !== state.quarter && !isMeaningfulChange({ ...previous, quarter: state.quarter }, state);
    if (!previous || playing || !isMeaningfulChange(previous, state)) {
      this.#replace(url, search);
    } else if (quarterOnly) {
      if (this.#quarterEntryOpen) this.#replace(url, search);
      else this.#push(url);
      this.#quarterEntryOpen = true;
      clearTimeout(this.#settleTimer);
      this.#settleTimer = setTimeout(() => {
        this.#quarterEntryOpen = false;
        this.#entryState = state;
      }, SETTLE_MS);
    } else {
      clearTimeout(this.#settleTimer);
      this.#quarterEntryOpen = false;
      this.#push(url);
      this.#entryState = state;
    }
  }

  #push(url: string): void {
    this.#writeReplace.flush();
    history.pushState(null, '', url);
  }

  /**
   * Written once changes pause (REPLACE_QUIET_MS), with the latest address:
   * a held arrow key or playing steps many times a second, replaceState
   * costs 2–15 ms a call in Chromium, and Chromium throttles a page that
   * calls the history API more than about 200 times in 10 seconds.
   */
  #replace(url: string, search: string): void {
    this.#writeReplace({ url, search });
  }
}
