/**
 * Entering and leaving presentation mode, with the Fullscreen API where the
 * browser allows it. Fullscreen needs a user gesture, so `enter` is called
 * from a click; a link with mode=present starts windowed and offers the
 * button. Leaving fullscreen (Escape, which the browser keeps for itself in
 * fullscreen) leaves presentation mode too, so one Escape does both.
 */
import { enterFullscreen, exitFullscreen, isFullscreen } from './fullscreen';
import type { AppState } from './appState.svelte';

export class PresentationMode {
  /** The page is fullscreen now. */
  fullscreen = $state(false);
  /** The last request for fullscreen was refused (or the browser has none). */
  refused = $state(false);
  #togglingFullscreen = false;

  /** Call during component initialisation: it registers effects. */
  constructor(private readonly app: AppState) {
    $effect(() => {
      const onChange = () => {
        const was = this.fullscreen;
        this.fullscreen = isFullscreen();
        // Fullscreen ended by the browser (Escape) rather than by our own toggle: leave presentation mode too.
        if (was && !this.fullscreen && !this.#togglingFullscreen && this.app.mode === 'present') this.app.mode = 'explore';
        this.#togglingFullscreen = false;
      };
      document.addEventListener('fullscreenchange', onChange);
      return () => document.removeEventListener('fullscreenchange', onChange);
    });
    // Presentation mode scales the type with the screen (app.css).
    $effect(() => {
      if (this.app.mode === 'present') document.documentElement.dataset['mode'] = 'present';
      else delete document.documentElement.dataset['mode'];
    });
  }

  get active(): boolean {
    return this.app.mode === 'present';
  }

  /** From a click: presentation mode, fullscreen if the browser agrees. */
  async enter(): Promise<void> {
    this.app.mode = 'present';
    this.refused = !(await enterFullscreen());
  }

  async exit(): Promise<void> {
    this.app.mode = 'explore';
    this.app.pause();
    this.refused = false;
    await exitFullscreen();
  }

  /** From a click or the F key: fullscreen on or off, staying in presentation mode. */
  async toggleFullscreen(): Promise<void> {
    if (this.fullscreen) {
      this.#togglingFullscreen = true;
      await exitFullscreen();
    } else this.refused = !(await enterFullscreen());
  }
}
