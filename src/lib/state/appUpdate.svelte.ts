/**
 * The service worker (made by Workbox at build time, see vite.config.ts) and
 * the one thing the user sees of it: a new deploy has been downloaded and
 * waits. The new version only takes over when the user reloads through the
 * notice, so a page never changes under someone presenting it.
 */
import { registerSW } from 'virtual:pwa-register';
import { keepLoadedMapLibre } from './offlineCache';

export class AppUpdate {
  /** A new version is installed and waits for a reload. */
  waiting = $state(false);
  #update: ((reload?: boolean) => Promise<void>) | null = null;

  /** Registers the service worker; call once the first map is on screen, so its downloads never compete with it. */
  start(): void {
    if (this.#update || !('serviceWorker' in navigator)) return;
    this.#update = registerSW({
      immediate: true,
      onNeedRefresh: () => (this.waiting = true),
      // MapLibre, if this page loaded it, was fetched before the worker controlled the page.
      onRegisteredSW: () => void navigator.serviceWorker.ready.then(keepLoadedMapLibre).catch(() => undefined),
      onRegisterError: (error) => console.warn('BBV-kaart: the service worker could not be registered; the app works online only', error),
    });
  }

  /** Lets the waiting version take over; the page reloads once it controls it. */
  async reload(): Promise<void> {
    // workbox-window reloads only when the page had a controller when it registered, which a first visit had not.
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    await this.#update?.(true);
  }

  dismiss(): void {
    this.waiting = false;
  }
}
