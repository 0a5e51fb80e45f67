/// <reference lib="webworker" />
/** The WebGL probe off the page's main thread (webglProbe.ts): one answer, then the page ends the worker. */
import { describeContext } from './webglProbe';

let answer: ReturnType<typeof describeContext> | null;
try {
  answer = describeContext(new OffscreenCanvas(1, 1).getContext('webgl2'));
} catch {
  answer = null;
}
self.postMessage(answer);
