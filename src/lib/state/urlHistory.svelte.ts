/**
 * Keeps the address bar in step with the view. Changes that matter (indicator,
 * selection, language, theme, mode) push a history entry so Back undoes them;
 * a run of quarter steps (slider drag, arrow keys) opens one entry and keeps
 * replacing it until the quarter has stayed put for SETTLE_MS; map moves and
 * playback only replace the current entry. An embed only ever replaces: its
 * frame shares the host page's session history, so an entry of its own would
 * make the host's Back button step inside the map instead of leaving the page.
 *
 * Replacing the entry is written after the next frame: Chromium's
 * `history.replaceState` sometimes takes 10–15 ms, which would otherwise be
 * part of every quarter step and playback frame. A new entry (pushState) is
 * written at once, so Back right after a change always finds it.
 */
import { afterNextPaint } from './afterNextPaint';
import { isMeaningfulChange } from './urlChoices';
import { encodeUrlState, type UrlState } from './urlState';

const SETTLE_MS = 1200;

export class UrlHistory {
  /** The state of the current history entry, as last pushed or restored. */
  #entryState: UrlState | null = null;
  #quarterEntryOpen = false;
  #settleTimer: ReturnType<typeof setTimeout> | undefined;
  /** A replaceState waiting for the frame to be painted. */
  #pendingReplace: { url: string; search: string } | null = null;

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
      this.#pendingReplace = null;
    });
  }

  /** The view was set from the URL (first load, Back/Forward): that entry is the reference now. */
  restored(state: UrlState): void {
    // A replace still waiting was meant for the entry the user just left.
    this.#pendingReplace = null;
    clearTimeout(this.#settleTimer);
    this.#quarterEntryOpen = false;
    this.#entryState = state;
  }

  #follow(state: UrlState, playing: boolean): void {
    const search = encodeUrlState(state);
    if (search === (this.#pendingReplace?.search ?? location.search)) return;
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
    this.#writePendingReplace();
    history.pushState(null, '', url);
  }

  #replace(url: string, search: string): void {
    const scheduled = this.#pendingReplace !== null;
    this.#pendingReplace = { url, search };
    if (!scheduled) afterNextPaint(() => this.#writePendingReplace());
  }

  #writePendingReplace(): void {
    if (this.#pendingReplace) history.replaceState(null, '', this.#pendingReplace.url);
    this.#pendingReplace = null;
  }
}
