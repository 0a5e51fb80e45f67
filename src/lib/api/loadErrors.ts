/**
 * What failed to load, in terms the screen can say in either language: a
 * reason and the file, never the browser's own error text ("Failed to
 * fetch", "Unable to preload CSS for …"). Covers the app's own requests
 * (FetchError) and the chunks built to load later (the analysis, MapLibre),
 * whose failures the browser and Vite report only as English sentences.
 */
import { ANSWER_TIMEOUT_SECONDS, FetchError, type FetchErrorKind } from './fetchers';

/** `chunk`: a part of the app itself (a lazily loaded module or its stylesheet) did not arrive. */
export type LoadProblemReason = FetchErrorKind | 'chunk' | 'unknown';

export interface LoadProblem {
  reason: LoadProblemReason;
  /** The file's name ("gemeenten-2019-01-01.topojson"), when known. */
  file: string | null;
  /** The HTTP status, for `http` and `not-found`. */
  status: number | null;
  /** For `timeout`: how long the app waited. */
  seconds: number | null;
}

// Chromium, Firefox and Vite's preload helper name the address; Safari does not.
const MODULE_FAILED = /(?:Failed to fetch dynamically imported module|error loading dynamically imported module): *(\S+)/i;
const MODULE_FAILED_UNNAMED = /Importing a module script failed/i;
const STYLESHEET_FAILED = /Unable to preload CSS for (\S+)/i;

/** The address of a lazily loaded module that failed to arrive, if the error is one and names it. */
export function failedModuleUrl(error: unknown): string | null {
  return error instanceof Error ? (MODULE_FAILED.exec(error.message)?.[1] ?? null) : null;
}

/** The address of a chunk's stylesheet that failed to arrive (Vite's preload), if the error is one. */
export function failedStylesheetUrl(error: unknown): string | null {
  return error instanceof Error ? (STYLESHEET_FAILED.exec(error.message)?.[1] ?? null) : null;
}

export function isChunkError(error: unknown): boolean {
  return failedModuleUrl(error) !== null || failedStylesheetUrl(error) !== null || (error instanceof Error && MODULE_FAILED_UNNAMED.test(error.message));
}

/** The last part of an address, without query or fragment ("…/geo/gemeenten-2019-01-01.topojson?x" → "gemeenten-2019-01-01.topojson"). */
export function fileName(url: string): string {
  const path = url.split(/[?#]/)[0] ?? url;
  const name = path.split('/').filter(Boolean).pop() ?? path;
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** What `error` says failed, and why. `online` is the browser's belief (navigator.onLine): a chunk that failed offline is "offline". */
export function describeLoadError(error: unknown, online = true): LoadProblem {
  const none = { file: null, status: null, seconds: null };
  if (error instanceof FetchError) {
    return { reason: error.kind, file: fileName(error.url), status: error.status, seconds: error.kind === 'timeout' ? ANSWER_TIMEOUT_SECONDS : null };
  }
  if (isChunkError(error)) {
    const url = failedModuleUrl(error) ?? failedStylesheetUrl(error);
    return { ...none, reason: online ? 'chunk' : 'offline', file: url ? fileName(url) : null };
  }
  return { ...none, reason: 'unknown' };
}
