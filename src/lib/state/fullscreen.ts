/**
 * The Fullscreen API, forgiving: browsers refuse it without a user gesture,
 * in iframes without `allow="fullscreen"`, or do not have it at all.
 * Presentation mode works either way; these say whether it happened.
 */

/** Asks for fullscreen; resolves false when refused or unsupported (never throws). */
export async function enterFullscreen(element: HTMLElement = document.documentElement): Promise<boolean> {
  if (document.fullscreenElement) return true;
  if (!document.fullscreenEnabled || typeof element.requestFullscreen !== 'function') return false;
  try {
    await element.requestFullscreen({ navigationUI: 'hide' });
    return true;
  } catch {
    return false;
  }
}

export async function exitFullscreen(): Promise<void> {
  if (!document.fullscreenElement) return;
  try {
    await document.exitFullscreen();
  } catch {
    // Already left (the user pressed Escape first): nothing to undo.
  }
}

export const isFullscreen = () => document.fullscreenElement !== null;
