/**
 * Trying a lazily loaded chunk again (the analysis) after it failed to
 * arrive. A plain second `import()` is not enough: the browser keeps a
 * failed module import for the life of the page (Chromium answers the same
 * error at once), and Vite's preload helper neither adds again a stylesheet
 * link it has tried before nor notices that one failed (the link keeps an
 * empty sheet). So a retry loads the failed stylesheet again itself and, for
 * a module that failed, asks for it under another address (a `retry`
 * parameter: a new entry in the module map; its own imports stay shared).
 */
import { failedModuleUrl, failedStylesheetUrl } from '../api/loadErrors';

/** The stylesheet at `url` loaded again (the failed link replaced); rejects in Vite's words when it fails again. */
export function reloadStylesheet(url: string, doc: Document = document): Promise<void> {
  const old = [...doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].find((link) => link.href === url);
  const fresh = doc.createElement('link');
  fresh.rel = 'stylesheet';
  fresh.href = url;
  if (old) fresh.crossOrigin = old.crossOrigin;
  return new Promise<void>((resolve, reject) => {
    fresh.addEventListener('load', () => {
      old?.remove();
      resolve();
    });
    fresh.addEventListener('error', () => {
      fresh.remove();
      reject(new Error(`Unable to preload CSS for ${url}`));
    });
    doc.head.append(fresh);
  });
}

/** The address of a failed module with `retry=attempt` set, so the browser fetches it anew. */
export function retryAddress(url: string, attempt: number, base: string): string {
  const next = new URL(url, base);
  next.searchParams.set('retry', String(attempt));
  return next.href;
}

const importAnew = async <T>(url: string, attempt: number): Promise<T> => (await import(/* @vite-ignore */ retryAddress(url, attempt, location.href))) as T;

/** `load` again after it failed with `failed` (attempt 1, 2, …). */
export async function retryImport<T>(load: () => Promise<T>, failed: unknown, attempt: number): Promise<T> {
  const stylesheet = failedStylesheetUrl(failed);
  if (stylesheet) await reloadStylesheet(stylesheet);
  const module = failedModuleUrl(failed);
  if (module) return importAnew(module, attempt);
  try {
    return await load();
  } catch (error) {
    // Offline, the module failed too, behind the stylesheet Vite reported first: ask for it anew at once.
    const next = failedModuleUrl(error);
    if (next) return importAnew(next, attempt);
    throw error;
  }
}
