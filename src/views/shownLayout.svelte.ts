/**
 * The layout on screen, whose code arrives as a chunk (layouts.ts). The
 * layout shown stays until the next one's chunk is there, so switching to
 * presentation mode never blanks the dashboard. When a chunk does not
 * arrive, `failure` says so; if another layout is on screen, the mode goes
 * back to it (`switchTo`), so the link and the screen agree, and "try again"
 * switches once more.
 *
 * Call the constructor during component initialisation: it registers an effect.
 */
import { untrack, type Component } from 'svelte';
import { loadLayout, type LayoutKind, type LayoutProps } from './layouts';

export class ShownLayout {
  shown = $state.raw<{ kind: LayoutKind; component: Component<LayoutProps> } | null>(null);
  /** The layout whose chunk did not arrive, and why; null when none failed. */
  failure = $state.raw<{ kind: LayoutKind; error: unknown } | null>(null);
  /** Only the latest request may change the screen (a quick enter-and-leave drops the first). */
  #request = 0;
  #attempt = 0;

  /**
   * `wanted`: the layout the choices ask for. `switchTo` sets the mode that
   * asks for a layout (`byUser`: from a click, so presentation mode may go
   * fullscreen).
   */
  constructor(
    wanted: () => LayoutKind,
    private readonly switchTo: (kind: LayoutKind, byUser: boolean) => void,
  ) {
    $effect(() => {
      const kind = wanted();
      untrack(() => this.#want(kind));
    });
  }

  #want(kind: LayoutKind): void {
    const request = ++this.#request;
    if (this.shown?.kind === kind) return;
    this.#load(kind, request);
  }

  #load(kind: LayoutKind, request: number, retry?: { failed: unknown; attempt: number }): void {
    loadLayout(kind, retry).then(
      (module) => {
        if (request !== this.#request) return;
        this.shown = { kind, component: module.default };
        this.failure = null;
      },
      (error: unknown) => {
        if (request !== this.#request) return;
        this.failure = { kind, error };
        if (this.shown && this.shown.kind !== kind) this.switchTo(this.shown.kind, false);
      },
    );
  }

  /** "Try again" (a click): the failed layout's chunk under a new address, and its mode once more. */
  retry(): void {
    const failure = this.failure;
    if (!failure) return;
    this.failure = null;
    this.#load(failure.kind, ++this.#request, { failed: failure.error, attempt: ++this.#attempt });
    // The mode's change asks for the same chunk again, which loadLayout answers with the request just made.
    if (this.shown && this.shown.kind !== failure.kind) this.switchTo(failure.kind, true);
  }

  dismiss(): void {
    this.failure = null;
  }
}
