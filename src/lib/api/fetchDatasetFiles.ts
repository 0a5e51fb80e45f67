/**
 * Fetching a dataset from a URL the user gives: a folder (every file of the
 * format under it; a programme file that is not there is simply absent) or
 * one or more file URLs. Only on the user's request, without credentials;
 * another origin must allow it (CORS) and the page's Content-Security-Policy
 * must list it under connect-src. Progress is reported in bytes.
 */
import { dataProblem } from '../data/dataProblem';
import { DATASET_FILES, REQUIRED_FILES } from '../data/parseDataset';
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

export async function fetchDatasetFiles(text: string, base: string, signal: AbortSignal, onProgress: (done: number, total: number) => void): Promise<FetchedFiles> {
  const targets = datasetUrls(text, base);
  const received = new Map<string, number>();
  const sizes = new Map<string, number>();
  const report = () => onProgress([...received.values()].reduce((a, b) => a + b, 0), Math.max(1, [...sizes.values()].reduce((a, b) => a + b, 0)));
  const problems: DataProblem[] = [];
  const results = await Promise.all(
    targets.map(async ({ url, name, optional }) => {
      const fail = (detail: string) => {
        if (!optional) problems.push(dataProblem({ kind: 'fetch-failed', file: name, value: url.href, params: { detail } }));
        return null;
      };
      let response: Response;
      try {
        response = await fetch(url, { signal, credentials: 'omit', cache: 'no-store' });
      } catch (error) {
        if (signal.aborted) throw error;
        return fail(`network error or blocked (another site must allow CORS): ${(error as Error).message}`);
      }
      if (!response.ok) return fail(`HTTP ${response.status}`);
      // Many hosts answer a missing file with a web page (a "not found" page, or the app itself).
      if (response.headers.get('content-type')?.includes('text/html')) return fail('the address gives a web page (HTML), not a data file');
      sizes.set(name, Number(response.headers.get('content-length')) || 0);
      const reader = response.body?.getReader();
      if (!reader) return { name, bytes: await response.arrayBuffer() };
      const chunks: Uint8Array[] = [];
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        received.set(name, (received.get(name) ?? 0) + value.length);
        report();
      }
      const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
      let offset = 0;
      for (const chunk of chunks) (bytes.set(chunk, offset), (offset += chunk.length));
      return { name, bytes: bytes.buffer };
    }),
  );
  return { files: results.filter((r) => r !== null), problems };
}
