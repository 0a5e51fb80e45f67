/**
 * Starting a load in the dataset worker from the main thread: one worker per
 * load (terminated at the end, so its memory goes), progress callbacks, the
 * shapes it asks for, and cancel (terminate: immediate, whatever it is doing).
 */
import type { ParseResult } from '../data/parseDataset';
import type { GeoIndex } from '../domain/types';
import type { FromWorker, LoadStage, ShapesByVersion, ToWorker, WorkerInput } from './workerProtocol';

export class LoadCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'LoadCancelled';
  }
}

export interface LoadHandle {
  result: Promise<ParseResult>;
  cancel(): void;
}

export interface LoadRequest {
  inputs: WorkerInput[];
  geo: GeoIndex;
  /** Municipality shapes of these boundary versions (the app's own cached boundaries). */
  shapes: (versions: string[]) => Promise<ShapesByVersion>;
  onProgress: (stage: LoadStage, done: number, total: number) => void;
  /** Strip invisible characters from ids, codes and quarters (the user chose to). */
  stripInvisible?: boolean;
}

export function startDatasetLoad(request: LoadRequest): LoadHandle {
  const worker = new Worker(new URL('./datasetWorker.ts', import.meta.url), { type: 'module', name: 'bbv-dataset' });
  const send = (message: ToWorker) => worker.postMessage(message);
  let settle: { resolve: (r: ParseResult) => void; reject: (e: Error) => void } = { resolve: () => undefined, reject: () => undefined };
  const result = new Promise<ParseResult>((resolve, reject) => (settle = { resolve, reject }));
  const finish = () => worker.terminate();

  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    if (message.type === 'progress') request.onProgress(message.stage, message.done, message.total);
    else if (message.type === 'need-shapes') {
      request.shapes(message.versions).then(
        (shapes) => send({ type: 'shapes', shapes }),
        (error: Error) => (finish(), settle.reject(error)),
      );
    } else if (message.type === 'result') {
      finish();
      settle.resolve(message.result);
    } else {
      finish();
      settle.reject(new Error(message.message));
    }
  };
  worker.onerror = (event) => {
    finish();
    settle.reject(new Error(event.message || 'the worker stopped'));
  };
  send({ type: 'load', geo: request.geo, inputs: request.inputs, stripInvisible: request.stripInvisible ?? false });
  return {
    result,
    cancel() {
      finish();
      settle.reject(new LoadCancelled());
    },
  };
}
