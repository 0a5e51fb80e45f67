/**
 * What the user has chosen: indicator, quarter, selection, playback. Plain
 * runes in a class so components share one instance and tests can drive it
 * without rendering. Everything derived from these choices (coverage, totals)
 * lives in the pure domain functions; views wrap them in $derived.
 */
import type { IndicatorId } from '../domain/indicators';
import type { Selection } from '../domain/selection';
import type { Quarter } from '../domain/quarter';
import type { Language } from '../i18n/translate';
import { PLAY_SPEEDS, delayAfterPaint, nextPlayQuarter, type PlaySpeed } from './playback';
import type { AnalysisTab, MapView, Mode, RendererSetting, Slide, Theme } from './urlState';

export type { Selection };

export class AppState {
  indicator = $state<IndicatorId>('ido');
  quarter = $state<Quarter>(0);
  firstQuarter = $state<Quarter>(0);
  lastQuarter = $state<Quarter>(0);
  selection = $state<Selection>(null);
  language = $state<Language>('nl');
  playing = $state(false);
  theme = $state<Theme>('auto');
  /** The map view the user moved to; null is "all of the Netherlands". */
  view = $state<MapView | null>(null);
  /** The province the view is about (map zoomed, totals filtered); null is the whole country. */
  region = $state<string | null>(null);
  /** The quarter the map compares the current one with (change map mode); null is the plain map. */
  compare = $state<Quarter | null>(null);
  /** The open analysis view under the map; null when the analysis is closed. */
  analysis = $state<AnalysisTab | null>(null);
  /** Patterns on the map so categories differ without colour. */
  showPatterns = $state(false);
  /** Which renderer draws the map (map/rendererChoice.ts): by what the machine can do, or as the user chose. */
  renderer = $state<RendererSetting>('auto');
  /** The dashboard, or presentation mode for a projector. */
  mode = $state<Mode>('explore');
  /** Presentation mode's slide: the map, or the growth chart stepping with it. */
  slide = $state<Slide>('map');
  // Users who ask for less motion get the slowest play speed by default; play never starts by itself.
  playSpeed = $state<PlaySpeed>(prefersReducedMotion() ? 'slow' : 'normal');

  /**
   * Resolves once the map shows the quarter just set (the screen sets it to
   * the map's whenIdle); playback schedules the next quarter after it.
   */
  whenPainted: () => Promise<void> = () => Promise.resolve();

  #timer: ReturnType<typeof setTimeout> | null = null;
  // Each schedule belongs to one run of playback: a pause or a restart makes a pending paint's follow-up void.
  #run = 0;

  /** Sets the quarter range of the loaded data; the quarter moves inside it. */
  setRange(first: Quarter, last: Quarter, initial: Quarter = last): void {
    this.firstQuarter = first;
    this.lastQuarter = last;
    this.quarter = Math.min(Math.max(initial, first), last);
  }

  setQuarter(quarter: Quarter): void {
    this.quarter = Math.min(Math.max(Math.round(quarter), this.firstQuarter), this.lastQuarter);
  }

  stepQuarter(delta: number): void {
    this.setQuarter(this.quarter + delta);
  }

  selectMunicipality(code: string | null): void {
    this.selection = code ? { kind: 'municipality', code } : null;
  }

  selectOrganisation(id: string, fromCode: string | null): void {
    this.selection = { kind: 'organisation', id, fromCode };
  }

  play(): void {
    if (this.playing) return;
    this.playing = true;
    const next = nextPlayQuarter(this.quarter, this.firstQuarter, this.lastQuarter, true);
    if (next === null) return this.pause();
    this.quarter = next;
    this.#schedule();
  }

  /** Plays from `start`: it stays on screen one interval before the next quarter (presentation autoplay). */
  playFrom(start: Quarter): void {
    this.pause();
    this.setQuarter(start);
    this.playing = true;
    this.#schedule();
  }

  pause(): void {
    this.playing = false;
    this.#run++;
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }

  togglePlay(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  /** The next step comes after the quarter on screen is painted (see delayAfterPaint), so the cadence holds at every speed. */
  #schedule(): void {
    const run = this.#run;
    const shownAt = performance.now();
    void this.whenPainted()
      .catch(() => undefined)
      .then(() => {
        if (run !== this.#run || !this.playing) return;
        this.#timer = setTimeout(() => {
          const next = nextPlayQuarter(this.quarter, this.firstQuarter, this.lastQuarter, false);
          if (next === null) return this.pause();
          this.quarter = next;
          this.#schedule();
        }, delayAfterPaint(PLAY_SPEEDS[this.playSpeed], shownAt, performance.now()));
      });
  }
}

function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
