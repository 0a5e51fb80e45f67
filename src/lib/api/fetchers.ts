/**
 * The only code that talks to the network. Every request goes to the app's
 * own origin (relative URLs under the generated folder), never elsewhere.
 */

/** Where the data build writes what the app loads (relative to the page). */
export const GENERATED_BASE = `${import.meta.env.BASE_URL}generated/`;

/** How long a request may wait for the server's answer (its headers) before it counts as failed. */
export const ANSWER_TIMEOUT_SECONDS = 30;

/**
 * Why a request failed, as the screen says it: `offline` (the browser knows
 * it has no connection), `network` (no answer: server down, connection
 * dropped, blocked), `timeout` (no answer in time), `not-found` (404),
 * `http` (another error status), `invalid` (an answer that is not what the
 * file should be).
 */
export type FetchErrorKind = 'offline' | 'network' | 'timeout' | 'not-found' | 'http' | 'invalid';

export class FetchError extends Error {
  constructor(
    readonly url: string,
    readonly status: number | null,
    detail: string,
    readonly kind: FetchErrorKind = status === 404 ? 'not-found' : status === null ? 'network' : 'http',
  ) {
    super(`${url}: ${detail}`);
    this.name = 'FetchError';
  }
}

const browserOffline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

async function fetchOk(path: string, signal?: AbortSignal): Promise<Response> {
  const url = GENERATED_BASE + path;
  // The timer stops at the answer: a large file on a slow line may take longer to arrive, and that is fine.
  const answer = new AbortController();
  const timer = setTimeout(() => answer.abort(), ANSWER_TIMEOUT_SECONDS * 1000);
  const abort = () => answer.abort();
  signal?.addEventListener('abort', abort);
  let response: Response;
  try {
    // fetch()'s default credentials (same-origin), as the preload links in index.html ask: the first map's files arrive through those.
    response = await fetch(url, { signal: answer.signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    if (answer.signal.aborted) throw new FetchError(url, null, `no answer within ${ANSWER_TIMEOUT_SECONDS} s`, 'timeout');
    throw new FetchError(url, null, `network error (${(error as Error).message})`, browserOffline() ? 'offline' : 'network');
  } finally {
    clearTimeout(timer);
  }
  // The caller's signal stays connected: it still cancels reading the body.
  if (!response.ok) throw new FetchError(url, response.status, `HTTP ${response.status} ${response.statusText}`.trim());
  return response;
}

/** Reads the body; a connection that drops on the way is a network failure of that file, not a parse error. */
async function readBody<T>(url: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new FetchError(url, null, `connection lost while reading (${(error as Error).message})`, browserOffline() ? 'offline' : 'network');
  }
}

export async function fetchText(path: string, signal?: AbortSignal): Promise<string> {
  const response = await fetchOk(path, signal);
  return readBody(response.url || GENERATED_BASE + path, () => response.text());
}

/**
 * The first map's files, read as the page starts (main.ts). index.html's
 * preload links (scripts/lib/firstMapPreloads.ts) have asked for them; read
 * there and then, not once the app has mounted and its geo index has named
 * the shapes, they are parsed while the main thread would otherwise wait, and
 * the queries find them ready. On this project's benchmark machine the first
 * map came 8 ms sooner on the dashboard and 19 ms in an embed (medians of 21
 * interleaved cold loads). fetchJson hands each answer out once; a read that
 * failed is asked again by its query, which then reports its own failure.
 */
const firstMapReads = new Map<string, Promise<unknown>>();
const READ_FAILED = Symbol('read failed');

export function startFirstMapReads(page: Pick<Document, 'querySelectorAll'>): void {
  const prefix = 'generated/';
  for (const link of page.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="fetch"]')) {
    const href = link.getAttribute('href');
    if (!href?.startsWith(prefix)) continue;
    const path = href.slice(prefix.length);
    firstMapReads.set(path, fetchJson(path).catch(() => READ_FAILED));
  }
}

/** Drops reads nobody took (a link that asked for another quarter's shapes). */
export function forgetFirstMapReads(): void {
  firstMapReads.clear();
}

export async function fetchJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const early = firstMapReads.get(path);
  if (early) {
    firstMapReads.delete(path);
    const value = await early;
    if (value !== READ_FAILED) return value as T;
  }
  const response = await fetchOk(path, signal);
  const url = response.url || GENERATED_BASE + path;
  const text = await readBody(url, () => response.text());
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new FetchError(url, response.status, `not valid JSON (${(error as Error).message})`, 'invalid');
  }
}
