/** Messages between the app and the dataset worker (datasetWorker.ts). Plain data only: they are structured-cloned. */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { ParseResult } from '../data/parseDataset';
import type { GeoIndex } from '../domain/types';

/** A file as the worker receives it: a File from the picker or a drop (read in the worker), or bytes fetched from a URL. */
export type WorkerInput = File | { name: string; bytes: ArrayBuffer };

export type ShapesByVersion = Record<string, FeatureCollection<Polygon | MultiPolygon, { code: string }>>;

export type ToWorker = { type: 'load'; geo: GeoIndex; inputs: WorkerInput[]; stripInvisible?: boolean } | { type: 'shapes'; shapes: ShapesByVersion };

export type LoadStage = 'read' | 'check';

export type FromWorker =
  | { type: 'progress'; stage: LoadStage; done: number; total: number }
  | { type: 'need-shapes'; versions: string[] }
  | { type: 'result'; result: ParseResult }
  | { type: 'failed'; message: string };
