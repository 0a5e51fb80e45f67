/**
 * What the browser's WebGL can do, asked of a throw-away context: whether
 * there is WebGL2 at all (MapLibre 6 needs it) and what draws it
 * (rendererChoice.ts decides from that).
 *
 * Making a WebGL context is slow where WebGL runs in software: 25–70 ms on
 * the benchmark machine (SwiftShader), a task the page's main thread spends
 * waiting right after the first map, when the first key press may come. So
 * the context is made in a worker on an OffscreenCanvas first.
 *
 * A worker's context does not always say what the page may do: Chromium
 * with WebGL switched off (`--disable-webgl`, as policies do) still gives an
 * OffscreenCanvas one. So the page asks itself too, except where the worker
 * names a software renderer: there the SVG map is the choice whatever the
 * page may do, and the page's own context would cost the most. On a GPU a
 * context costs a few ms. The page also asks where the worker cannot answer
 * (no worker or OffscreenCanvas, a worker that fails or says nothing in
 * time, or one without WebGL2).
 */
import { isSoftwareRenderer } from './softwareRenderer';

export interface WebGLProbe {
  webgl2: boolean;
  /** The unmasked renderer string where the browser gives it, else the masked one; null without WebGL2. */
  rendererName: string | null;
}

const NO_WEBGL2: WebGLProbe = { webgl2: false, rendererName: null };

/** What a WebGL2 context says about itself; gives the context back at once (browsers allow only a few at a time). */
export function describeContext(gl: WebGL2RenderingContext | null): WebGLProbe {
  if (!gl) return NO_WEBGL2;
  const debug = gl.getExtension('WEBGL_debug_renderer_info');
  const rendererName = String(gl.getParameter(debug ? debug.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return { webgl2: true, rendererName };
}

/** Asks a canvas on the page (the main thread waits for the context). */
export function probeOnPage(): WebGLProbe {
  try {
    return describeContext(document.createElement('canvas').getContext('webgl2'));
  } catch {
    return NO_WEBGL2;
  }
}

/** A worker that answers with one WebGLProbe (or null when it could not ask) and is then done. */
export type StartProbeWorker = () => Pick<Worker, 'onmessage' | 'onerror' | 'terminate'>;

const startModuleWorker: StartProbeWorker = () => new Worker(new URL('./webglProbe.worker.ts', import.meta.url), { type: 'module', name: 'bbv-webgl-probe' });

/** How long the worker may take before the page asks itself. */
export const WORKER_PATIENCE_MS = 3000;

export function probeWebGL(
  startWorker: StartProbeWorker | null = typeof Worker === 'function' && typeof OffscreenCanvas === 'function' ? startModuleWorker : null,
  onPage: () => WebGLProbe = probeOnPage,
): Promise<WebGLProbe> {
  if (!startWorker) return Promise.resolve(onPage());
  return new Promise((resolve) => {
    let worker: ReturnType<StartProbeWorker> | null = null;
    const finish = (answer: WebGLProbe | null) => {
      clearTimeout(patience);
      worker?.terminate();
      resolve(answer?.webgl2 && answer.rendererName && isSoftwareRenderer(answer.rendererName) ? answer : onPage());
    };
    const patience = setTimeout(() => finish(null), WORKER_PATIENCE_MS);
    try {
      worker = startWorker();
      worker.onmessage = (event: MessageEvent<WebGLProbe | null>) => finish(event.data);
      worker.onerror = () => finish(null);
    } catch {
      finish(null);
    }
  });
}
