/**
 * The only code that talks to the network. Every request goes to the app's
 * own origin (relative URLs under the generated folder), never elsewhere.
 */

/** Where the data build writes what the app loads (relative to the page). */
export const GENERATED_BASE = `${import.meta.env.BASE_URL}generated/`;

export class FetchError extends Error {
  constructor(
    readonly url: string,
    readonly status: number | null,
    detail: string,
  ) {
    super(`${url}: ${detail}`);
    this.name = 'FetchError';
  }
}

async function fetchOk(path: string, signal?: AbortSignal): Promise<Response> {
  const url = GENERATED_BASE + path;
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'omit' });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new FetchError(url, null, `network error (${(error as Error).message})`);
  }
  if (!response.ok) throw new FetchError(url, response.status, `HTTP ${response.status} ${response.statusText}`.trim());
  return response;
}

export async function fetchText(path: string, signal?: AbortSignal): Promise<string> {
  return (await fetchOk(path, signal)).text();
}

export async function fetchJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetchOk(path, signal);
  try {
    return (await response.json()) as T;
  } catch (error) {
    throw new FetchError(response.url, response.status, `not valid JSON (${(error as Error).message})`);
  }
}
