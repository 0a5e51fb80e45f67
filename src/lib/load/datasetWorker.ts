/**
 * The dataset worker: reads the user's files, decodes, recognises and
 * validates them off the main thread, so the page stays responsive with
 * 100,000 rows. It asks the app for the boundary shapes the location check
 * needs (only the versions the locations' first quarters fall in) and
 * answers with the ParseResult. It never fetches; the app does.
 */
import { boundaryVersionsForLocations } from '../data/parseDataset';
import { identifyDatasetFiles, parseIdentified, type InputFile } from '../data/loadDataset';
import { shapesFromFeatures } from '../data/municipalityShapes';
import type { MunicipalityShapes } from '../data/parseDataset';
import type { FromWorker, ShapesByVersion, ToWorker, WorkerInput } from './workerProtocol';

const post = (message: FromWorker) => (self as unknown as Worker).postMessage(message);
let receiveShapes: (shapes: ShapesByVersion) => void = () => undefined;

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'shapes') receiveShapes(message.shapes);
  else if (message.type === 'load') {
    load(message.inputs, message.geo, message.stripInvisible ?? false).catch((error: unknown) => post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }));
  }
};

async function load(inputs: WorkerInput[], geo: Parameters<typeof parseIdentified>[1], stripInvisible: boolean) {
  // 1. Read every file, reporting bytes read.
  const total = inputs.reduce((sum, input) => sum + (input instanceof Blob ? input.size : input.bytes.byteLength), 0);
  let done = 0;
  const files: InputFile[] = [];
  for (const input of inputs) {
    if (input instanceof Blob) {
      files.push({ name: input.name, bytes: await readFile(input, (n) => post({ type: 'progress', stage: 'read', done: (done += n), total })) });
    } else {
      files.push({ name: input.name, bytes: new Uint8Array(input.bytes) });
      post({ type: 'progress', stage: 'read', done: (done += input.bytes.byteLength), total });
    }
  }

  // 2. Recognise the files; fetch (through the app) the shapes of the versions the locations start in.
  const identified = identifyDatasetFiles(files);
  const versions = boundaryVersionsForLocations(identified.texts['vestigingen.csv'], geo);
  const shapes = new Map<string, MunicipalityShapes>();
  if (versions.length) {
    const received = await new Promise<ShapesByVersion>((resolve) => {
      receiveShapes = resolve;
      post({ type: 'need-shapes', versions });
    });
    for (const [id, collection] of Object.entries(received)) shapes.set(id, shapesFromFeatures(collection));
  }

  // 3. Validate, reporting rows checked.
  const result = parseIdentified(identified, geo, { stripInvisible, shapes: (id) => shapes.get(id), onProgress: (rows, all) => post({ type: 'progress', stage: 'check', done: rows, total: all }) });
  post({ type: 'result', result });
}

/** A file's bytes, read in chunks so progress can be reported. */
async function readFile(file: File, onChunk: (bytes: number) => void): Promise<Uint8Array> {
  const out = new Uint8Array(file.size);
  const reader = file.stream().getReader();
  let offset = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    // A file that grew while it was read: keep what fits (the size was taken when it was picked).
    out.set(value.subarray(0, Math.max(0, out.length - offset)), offset);
    offset += value.length;
    onChunk(value.length);
  }
  return offset < out.length ? out.subarray(0, offset) : out;
}
