import { afterEach, describe, expect, it, vi } from 'vitest';
import { ANSWER_TIMEOUT_SECONDS, FetchError, fetchJson, fetchText, forgetFirstMapReads, startFirstMapReads } from './fetchers';

afterEach(() => {
  forgetFirstMapReads();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as FetchError);

describe('fetchers: every failure is a FetchError of a kind the screen can say', () => {
  it('a 404 is not-found, another status http', async () => {
    vi.stubGlobal('fetch', async () => new Response('nope', { status: 404 }));
    expect(await failure(fetchText('geo/index.json'))).toMatchObject({ kind: 'not-found', status: 404 });
    vi.stubGlobal('fetch', async () => new Response('nope', { status: 503 }));
    expect(await failure(fetchText('geo/index.json'))).toMatchObject({ kind: 'http', status: 503 });
  });

  it('no answer is network, or offline when the browser says so', async () => {
    vi.stubGlobal('fetch', async () => Promise.reject(new TypeError('Failed to fetch')));
    expect(await failure(fetchText('a.csv'))).toMatchObject({ kind: 'network', status: null });
    vi.stubGlobal('navigator', { onLine: false });
    expect(await failure(fetchText('a.csv'))).toMatchObject({ kind: 'offline' });
  });

  it('an answer that is not JSON is invalid', async () => {
    vi.stubGlobal('fetch', async () => new Response('{ half', { status: 200 }));
    expect(await failure(fetchJson('geo/index.json'))).toMatchObject({ kind: 'invalid' });
  });

  it(`gives up on a server that has not answered after ${ANSWER_TIMEOUT_SECONDS} s`, async () => {
    vi.useFakeTimers();
    vi.stubGlobal('fetch', (_url: string, init: RequestInit) => new Promise((_resolve, reject) => init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))));
    const pending = failure(fetchText('geo/index.json'));
    await vi.advanceTimersByTimeAsync(ANSWER_TIMEOUT_SECONDS * 1000);
    expect(await pending).toMatchObject({ kind: 'timeout' });
  });

  it('a cancel by the caller stays a cancel, not a failure to show', async () => {
    vi.stubGlobal('fetch', (_url: string, init: RequestInit) => new Promise((_resolve, reject) => init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))));
    const controller = new AbortController();
    const pending = failure(fetchText('geo/index.json', controller.signal));
    controller.abort();
    expect(await pending).not.toBeInstanceOf(FetchError);
  });
});

describe('the first map\'s files, read as the page starts', () => {
  /** A page whose head has these links (rel, as, href). */
  const page = (links: [string, string, string][]) => ({
    querySelectorAll: (selector: string) => {
      expect(selector).toBe('link[rel="preload"][as="fetch"]');
      return links.filter(([rel, as]) => rel === 'preload' && as === 'fetch').map(([, , href]) => ({ getAttribute: (name: string) => (name === 'href' ? href : null) }));
    },
  }) as unknown as Pick<Document, 'querySelectorAll'>;
  /** A server that answers every JSON file with its own path and counts the requests. */
  function server(status = () => 200) {
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      asked.push(url);
      return new Response(JSON.stringify({ url }), { status: status() });
    });
    return asked;
  }

  it('reads each preloaded file under generated/ once, and hands the answer to the first request for it', async () => {
    const asked = server();
    startFirstMapReads(page([['preload', 'fetch', 'generated/geo/index.json'], ['preload', 'fetch', 'generated/data/map-table.json'], ['stylesheet', '', 'generated/x.css'], ['preload', 'fetch', 'elsewhere/y.json']]));
    expect(asked.map((url) => url.replace(/^.*generated\//, ''))).toEqual(['geo/index.json', 'data/map-table.json']);
    expect(await fetchJson<{ url: string }>('geo/index.json')).toEqual({ url: asked[0] });
    expect(asked).toHaveLength(2);
    // Handed out once: a later request (a refetch) asks the server again.
    await fetchJson('geo/index.json');
    expect(asked).toHaveLength(3);
  });

  it('asks again when the early read failed, and the request reports its own answer', async () => {
    let statuses = [503, 200];
    const asked = server(() => statuses.shift() ?? 200);
    startFirstMapReads(page([['preload', 'fetch', 'generated/geo/index.json']]));
    expect(await fetchJson<{ url: string }>('geo/index.json')).toEqual({ url: asked[0] });
    expect(asked).toHaveLength(2);
    statuses = [404, 404];
    startFirstMapReads(page([['preload', 'fetch', 'generated/geo/index.json']]));
    expect(await failure(fetchJson('geo/index.json'))).toMatchObject({ kind: 'not-found' });
  });

  it('forgets reads nobody took, once the first map is drawn', async () => {
    const asked = server();
    startFirstMapReads(page([['preload', 'fetch', 'generated/geo/gemeenten-2023-01-01.topojson']]));
    forgetFirstMapReads();
    await fetchJson('geo/gemeenten-2023-01-01.topojson');
    expect(asked).toHaveLength(2);
  });
});
