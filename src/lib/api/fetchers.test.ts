import { afterEach, describe, expect, it, vi } from 'vitest';
import { ANSWER_TIMEOUT_SECONDS, FetchError, fetchJson, fetchText } from './fetchers';

afterEach(() => {
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
