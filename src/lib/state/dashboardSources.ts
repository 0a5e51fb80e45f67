/** What DashboardState is built from and hands out: plain values and callbacks, so its tests pass literals. */
import type { Annotation } from '../data/annotations';
import type { MapTable } from '../data/mapTable';
import type { BoundaryLayers } from '../data/topologyToLayers';
import type { Dataset, GeoIndex, PublishedFigure } from '../domain/types';
import type { LoadedDataset, LoadFailure } from '../api/dataSources.svelte';
import type { AppState } from './appState.svelte';

/** What the dashboard is drawn from: plain values (DataSources in the app, literals in tests). */
export interface DashboardSources {
  readonly geo: GeoIndex | undefined;
  /** The dataset on screen. */
  readonly dataset: Dataset | undefined;
  /** What the default dataset's map shows, until a dataset is on screen (null or absent: none). */
  readonly mapTable?: MapTable | null;
  readonly published: readonly PublishedFigure[];
  readonly annotations: readonly Annotation[];
  /** Shapes of the boundary versions loaded so far, by version id. */
  readonly shapes: ReadonlyMap<string, BoundaryLayers>;
  /** The dataset shown when there is no own data. */
  readonly defaultDataset: Dataset | undefined;
  /** The user's own data, once confirmed (null: the default dataset). */
  ownData: LoadedDataset | null;
  /** What failed to load for the screen now (DataSources.failure), if anything. */
  readonly failure?: LoadFailure | null;
}

export interface DashboardInput {
  app: AppState;
  sources: DashboardSources;
  /** Whether the link has been applied (the quarter range is set): nothing quarter-bound is derived before. */
  isReady: () => boolean;
}

/** The pointer over the map: the municipality and where (CSS px in the map's box). */
export type Hover = { code: string; x: number; y: number } | null;
/** The pointer over an open IDO point: the location and where. */
export type LocationHover = { id: string; x: number; y: number } | null;

