/**
 * Switching the screen's language. English is a chunk of its own
 * (i18n/translate.ts), so a switch loads its table first and changes
 * `AppState.language` only once it is there: the screen never shows a mix,
 * and when the table cannot be loaded (offline, a new deploy in between)
 * the screen stays as it is and `failure` says so, with a retry.
 */
import { loadLanguage, type Language } from '../../lib/i18n/translate';
import type { AppState } from '../../lib/state/appState.svelte';
import { retryImport } from '../../lib/ui/retryImport';

export class LanguageSwitch {
  /** The language asked for whose table did not arrive, and why; null when none failed. */
  failure = $state.raw<{ language: Language; error: unknown } | null>(null);
  #attempt = 0;
  #wanted: Language | null = null;

  constructor(private readonly app: AppState) {}

  /** Shows `language` once its table is loaded (at once for Dutch or a table already here). */
  async choose(language: Language): Promise<void> {
    this.#wanted = language;
    const failed = this.failure?.language === language ? this.failure.error : null;
    // The browser keeps a failed module import for the page's life: after a failure, ask under a new address.
    const attempt = failed ? ++this.#attempt : 0;
    try {
      await loadLanguage(language, failed ? (plain) => retryImport(plain, failed, attempt) : undefined);
    } catch (error) {
      if (this.#wanted === language) this.failure = { language, error };
      return;
    }
    // A later choice made while this table loaded wins.
    if (this.#wanted !== language) return;
    this.failure = null;
    this.app.language = language;
  }

  /** "Try again" on the failure notice. */
  retry(): Promise<void> {
    return this.failure ? this.choose(this.failure.language) : Promise.resolve();
  }

  dismiss(): void {
    this.failure = null;
  }
}
