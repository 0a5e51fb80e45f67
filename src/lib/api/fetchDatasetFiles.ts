/**
 * Fetching a dataset from a URL the user gives: a folder (every file of the
 * format under it; a programme file that is not there is simply absent) or
 * one or more file URLs. Only on the user's request, without credentials;
 * another origin must allow it (CORS) and the page's Content-Security-Policy
 * must list it under connect-src. Progress is reported in bytes. Each file
 * and the whole load have a size limit, and a server that does not answer or
 * stops sending is given up after a while: each limit is a problem that names
 * the address and the limit (FETCH_LIMITS).
 */
import { dataProblem } from '../data/dataProblem';
import { DATASET_FILES, REQUIRED_FILES } from '../data/datasetSchema';
import type { DataProblem } from '../domain/types';

export interface FetchedFiles {
  files: { name: string; bytes: ArrayBuffer }[];
  problems: DataProblem[];
}

/** The URLs in what the user typed (separated by spaces, commas or new lines), resolved against the page. */
export function datasetUrls(text: string, base: string): { url: URL; name: string; optional: boolean }[] {
  const parts = text.split(/[\s,]+/).filter(Boolean);
  const urls = parts.map((part) => new URL(part, base));
  // One URL without a file name: a folder of the format.
  if (urls.length === 1 && !/\.[a-z0-9]{2,4}$/i.test(urls[0]!.pathname)) {
    const folder = new URL(urls[0]!.pathname.endsWith('/') ? urls[0]!.href : `${urls[0]!.href}/`);
    return DATASET_FILES.map((name) => ({ url: new URL(name, folder), name, optional: !REQUIRED_FILES.includes(name) }));
  }
  return urls.map((url) => ({ url, name: decodeURIComponent(url.pathname.split('/').pop() ?? url.href), optional: false }));
}

const MB = 1024 * 1024;

/**
 * What one load from an address may take. Generous for a register (the
 * example data is under 1 MB; 100,000 rows are about 8 MB) and enforced while
 * the bytes arrive, so an address that keeps sending is refused long before
 * the tab runs out of memory.
 */
export interface FetchLimits {
  fileBytes: number;
  loadBytes: number;
  /** Until the server answers (the response headers). */
  answerSeconds: number;
  /** Between two pieces of a file. */
  stallSeconds: number;
}

export const FETCH_LIMITS: FetchLimits = { fileBytes: 100 * MB, loadBytes: 200 * MB, answerSeconds: 30, stallSeconds: 30 };

export const megabytes = (bytes: number) => `${Math.round(bytes / MB)} MB`;

/** Bytes received so far, and the total when every server said how much it sends (null while one has not: progress is then indeterminate). */
export type FetchProgress = (received: number, total: number | null) => void;

interface Stop {
  message: string;
  params: Record<string, string | number>;
}

export async function fetchDatasetFiles(text: string, base: string, signal: AbortSignal, onProgress: FetchProgress, limits: FetchLimits = FETCH_LIMITS): Promise<FetchedFiles> {
  const targets = datasetUrls(text, base);
  const received = new Map<string, number>();
  const sizes = new Map<string, number | null>(targets.map((t) => [t.name, null]));
  const receivedAll = () => [...received.values()].reduce((a, b) => a + b, 0);
  const report = () => {
    const known = [...sizes.values()];
    onProgress(receivedAll(), known.every((size) => size !== null) ? known.reduce<number>((a, b) => a + b!, 0) : null);
  };
  const problems: DataProblem[] = [];
  // One load: when together the files pass the load's limit, every fetch stops.
  const load = new AbortController();
  let loadStop: Stop | null = null;
  const forwardAbort = () => load.abort(signal.reason);
  signal.addEventListener('abort', forwardAbort);

  const fetchOne = async ({ url, name, optional }: (typeof targets)[number]) => {
    const fail = (message: string, params: Record<string, string | number>, always = false) => {
      if (!optional || always) problems.push(dataProblem({ kind: 'fetch-failed', file: name, value: url.href, message, params }));
      return null;
    };
    const failStop = (stop: Stop) => fail(`fetch-failed.${stop.message}`, { ...stop.params, url: url.href }, true);
    const controller = new AbortController();
    let stop: Stop | null = null;
    const stopWith = (message: string, params: Record<string, string | number>) => {
      stop ??= { message, params };
      controller.abort();
    };
    const stopLoad = () => controller.abort();
    load.signal.addEventListener('abort', stopLoad);
    let timer = setTimeout(() => stopWith('no-answer', { seconds: limits.answerSeconds }), limits.answerSeconds * 1000);
    const stopped = () => (signal.aborted ? 'cancelled' : (stop ?? loadStop));
    try {
      let response: Response;
      try {
        response = await fetch(url, { signal: controller.signal, credentials: 'omit', cache: 'no-store' });
      } catch (error) {
        const why = stopped();
        if (why === 'cancelled') throw error;
        if (why) return why === loadStop ? null : failStop(why);
        return fail('fetch-failed', { detail: `network error or blocked (another site must allow CORS): ${(error as Error).message}` });
      } finally {
        clearTimeout(timer);
      }
      if (!response.ok) return fail('fetch-failed', { detail: `HTTP ${response.status}` });
      // Many hosts answer a missing file with a web page (a "not found" page, or the app itself).
      if (response.headers.get('content-type')?.includes('text/html')) return fail('fetch-failed', { detail: 'the address gives a web page (HTML), not a data file' });
      const announced = response.headers.has('content-length') ? Number(response.headers.get('content-length')) : null;
      if (announced !== null && announced > limits.fileBytes) {
        controller.abort();
        return failStop({ message: 'too-large', params: { limit: megabytes(limits.fileBytes) } });
      }
      sizes.set(name, Number.isFinite(announced) ? announced : null);
      report();
      const reader = response.body!.getReader();
      const chunks: Uint8Array[] = [];
      let size = 0;
      for (;;) {
        timer = setTimeout(() => stopWith('stalled', { seconds: limits.stallSeconds }), limits.stallSeconds * 1000);
        let piece: ReadableStreamReadResult<Uint8Array>;
        try {
          piece = await reader.read();
        } catch (error) {
          const why = stopped();
          if (why === 'cancelled') throw error;
          if (why) return why === loadStop ? null : failStop(why);
          // A body that ends before the size the server announced (Chromium: ERR_CONTENT_LENGTH_MISMATCH).
          if (announced !== null && size < announced) return failStop({ message: 'length-mismatch', params: { expected: announced, received: size } });
          return fail('fetch-failed', { detail: `the connection broke off: ${(error as Error).message}` }, true);
        } finally {
          clearTimeout(timer);
        }
        if (piece.done) break;
        chunks.push(piece.value);
        size += piece.value.length;
        received.set(name, size);
        if (size > limits.fileBytes) {
          void reader.cancel().catch(() => undefined);
          return failStop({ message: 'too-large', params: { limit: megabytes(limits.fileBytes) } });
        }
        if (receivedAll() > limits.loadBytes) {
          loadStop = { message: 'load-too-large', params: { limit: megabytes(limits.loadBytes) } };
          void reader.cancel().catch(() => undefined);
          load.abort();
          return failStop(loadStop);
        }
        report();
      }
      if (announced !== null && size !== announced) return failStop({ message: 'length-mismatch', params: { expected: announced, received: size } });
      const bytes = new Uint8Array(size);
      let offset = 0;
      for (const chunk of chunks) (bytes.set(chunk, offset), (offset += chunk.length));
      return { name, bytes: bytes.buffer };
    } finally {
      clearTimeout(timer);
      load.signal.removeEventListener('abort', stopLoad);
    }
  };

  try {
    const results = await Promise.all(targets.map(fetchOne));
    if (signal.aborted) throw signal.reason ?? new DOMException('The load was cancelled', 'AbortError');
    return { files: results.filter((r) => r !== null), problems };
  } finally {
    signal.removeEventListener('abort', forwardAbort);
  }
}
