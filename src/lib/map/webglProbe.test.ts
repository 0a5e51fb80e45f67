import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeContext, probeWebGL, WORKER_PATIENCE_MS, type StartProbeWorker, type WebGLProbe } from './webglProbe';

const SOFTWARE: WebGLProbe = { webgl2: true, rendererName: 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device))' };
const HARDWARE: WebGLProbe = { webgl2: true, rendererName: 'ANGLE (NVIDIA GeForce)' };
const ON_PAGE: WebGLProbe = { webgl2: true, rendererName: 'ANGLE (Intel, Intel(R) UHD Graphics 620)' };

/** A worker that does what `behave` says once started; records whether it was ended. */
function fakeWorker(behave: (worker: { onmessage: ((event: MessageEvent) => void) | null; onerror: (() => void) | null }) => void) {
  const state = { terminated: false };
  const start: StartProbeWorker = () => {
    const worker = { onmessage: null as ((event: MessageEvent) => void) | null, onerror: null as (() => void) | null, terminate: () => (state.terminated = true) };
    queueMicrotask(() => behave(worker));
    return worker as unknown as ReturnType<StartProbeWorker>;
  };
  return { start, state };
}

describe('the WebGL probe', () => {
  afterEach(() => vi.useRealTimers());

  it('takes a software renderer from the worker and ends the worker, without a context on the page', async () => {
    const worker = fakeWorker((w) => w.onmessage!(new MessageEvent('message', { data: SOFTWARE })));
    const onPage = vi.fn(() => ON_PAGE);
    expect(await probeWebGL(worker.start, onPage)).toEqual(SOFTWARE);
    expect(onPage).not.toHaveBeenCalled();
    expect(worker.state.terminated).toBe(true);
  });

  it.each([
    // A browser with WebGL switched off for pages may still give a worker's OffscreenCanvas a context.
    ['names a GPU', HARDWARE],
    ['could not ask', null],
    ['has no WebGL2', { webgl2: false, rendererName: null }],
  ])('asks on the page when the worker %s', async (_, answer) => {
    const worker = fakeWorker((w) => w.onmessage!(new MessageEvent('message', { data: answer })));
    expect(await probeWebGL(worker.start, () => ON_PAGE)).toEqual(ON_PAGE);
  });

  it('asks on the page when the worker fails to start or to run', async () => {
    expect(await probeWebGL(() => { throw new Error('no workers here'); }, () => ON_PAGE)).toEqual(ON_PAGE);
    const failing = fakeWorker((w) => w.onerror!());
    expect(await probeWebGL(failing.start, () => ON_PAGE)).toEqual(ON_PAGE);
    expect(failing.state.terminated).toBe(true);
  });

  it('asks on the page when the worker says nothing in time', async () => {
    vi.useFakeTimers();
    const silent = fakeWorker(() => undefined);
    const answer = probeWebGL(silent.start, () => ON_PAGE);
    await vi.advanceTimersByTimeAsync(WORKER_PATIENCE_MS);
    expect(await answer).toEqual(ON_PAGE);
    expect(silent.state.terminated).toBe(true);
  });

  it('asks on the page where there are no workers', async () => {
    expect(await probeWebGL(null, () => ON_PAGE)).toEqual(ON_PAGE);
  });
});

describe('what a context says about itself', () => {
  it('is the unmasked renderer name where the browser gives it, and the context is given back', () => {
    const lost = vi.fn();
    const gl = {
      RENDERER: 1,
      getExtension: (name: string) => (name === 'WEBGL_debug_renderer_info' ? { UNMASKED_RENDERER_WEBGL: 2 } : { loseContext: lost }),
      getParameter: (parameter: number) => (parameter === 2 ? 'llvmpipe (LLVM 15.0.6)' : 'WebKit WebGL'),
    } as unknown as WebGL2RenderingContext;
    expect(describeContext(gl)).toEqual({ webgl2: true, rendererName: 'llvmpipe (LLVM 15.0.6)' });
    expect(lost).toHaveBeenCalled();
  });

  it('is the masked name without the debug extension, and no WebGL2 without a context', () => {
    const gl = { RENDERER: 1, getExtension: () => null, getParameter: () => 'WebKit WebGL' } as unknown as WebGL2RenderingContext;
    expect(describeContext(gl)).toEqual({ webgl2: true, rendererName: 'WebKit WebGL' });
    expect(describeContext(null)).toEqual({ webgl2: false, rendererName: null });
  });
});
