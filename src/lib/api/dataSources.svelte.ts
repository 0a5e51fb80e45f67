/**
 * Everything the screen loads, in one place: the geo index, the default
 * dataset (or the user's own, once confirmed), the map table (what the
 * default dataset's map shows, worked out by the data build), the published
 * figures, the notes per quarter and the boundary shapes per version. Views
 * read plain values from here and never see a query key.
 *
 * The first map is drawn from the map table; the default dataset is asked for
 * when `datasetWanted` says so (once that map is on screen), or at once if the
 * table fails to load.
 *
 * Shapes: one query per boundary version, in svelte-query's cache. The
 * version of the quarter chosen is fetched when it is wanted, the newest
 * (which a first visit shows) at once. Every version loaded once, whoever
 * loaded it (the screen, the prefetch, the own-data worker), stays in
 * `shapes`, so the screen can keep showing a consistent quarter while another
 * version loads.
 *
 * Call the constructor during component initialisation: svelte-query's
 * queries live in the component's context.
 */
import { createQuery, useQueryClient, type Query } from '@tanstack/svelte-query';
import { untrack } from 'svelte';
import type { Annotation } from '../data/annotations';
import type { MapTable } from '../data/mapTable';
import type { BoundaryLayers } from '../data/topologyToLayers';
import { boundaryVersionForQuarter } from '../domain/boundaries';
import type { Quarter } from '../domain/quarter';
import type { Dataset, GeoIndex, PublishedFigure } from '../domain/types';
import type { ShapesByVersion } from '../load/workerProtocol';
import { annotationsQuery } from './annotationsQuery';
import { boundariesQuery, datasetQuery, geoIndexQuery, mapTableQuery, publishedFiguresQuery } from './queries';

/** Where a load's files came from: the names of the files picked or dropped, or the URL typed. */
export type LoadSource = { files: string[] } | { url: string };

/**
 * The source in a few words, for the own-data banner and the Load data
 * dialog: the URL, up to three file names, or how many files. Here, in the
 * main chunk, rather than in a module of its own: every dashboard and embed
 * has the banner, and a module of a few lines shared with the dialog became
 * a chunk of its own on the first map's path.
 */
export function sourceLabel(source: LoadSource, manyFiles: (count: number) => string): string {
  if ('url' in source) return source.url;
  return source.files.length <= 3 ? source.files.join(', ') : manyFiles(source.files.length);
}

/** A dataset the user loaded and confirmed, with where it came from (for the banner). */
export interface LoadedDataset {
  dataset: Dataset;
  source: LoadSource;
  /** Rows with errors the user chose to leave out. */
  rowsLeftOut: number;
}

/** What failed to load, for the screen's message and its "try again". */
export interface LoadFailure {
  what: 'geo' | 'dataset' | 'shapes';
  error: Error;
  retry: () => void;
}

export class DataSources {
  readonly #geo;
  readonly #defaultDataset;
  readonly #mapTable;
  readonly #published;
  readonly #annotations;
  readonly #wantedShapes;
  readonly #client = useQueryClient();
  /** Every boundary version loaded so far, by id (filled from the query cache, whoever loaded it). */
  #loadedShapes = $state.raw(new Map<string, BoundaryLayers>());
  /** The boundary version whose shapes the screen wants now: the chosen quarter's. */
  readonly #wantedVersionId: string | null = $derived.by(() => {
    const quarter = this.wantedQuarter();
    return quarter !== null && this.geo ? boundaryVersionForQuarter(this.geo, quarter).id : null;
  });

  /** The user's own data, once confirmed; null shows the default dataset. */
  ownData = $state.raw<LoadedDataset | null>(null);

  /**
   * `wantedQuarter`: the quarter chosen on screen, or null before the link is
   * applied. `extrasWanted`: whether to ask for the published figures and the
   * notes per quarter yet. The first map shows neither, so the app asks once
   * it is on screen: their bytes and parsing stay out of its way.
   * `firstMapFromTable`: draw the first map from the map table and ask for the
   * default dataset only when `datasetWanted` says so (once that map is on
   * screen); false asks for the dataset at once and not for the table.
   */
  constructor(
    private readonly wantedQuarter: () => Quarter | null,
    { extrasWanted = () => true, firstMapFromTable = false, datasetWanted = () => true }: { extrasWanted?: () => boolean; firstMapFromTable?: boolean; datasetWanted?: () => boolean } = {},
  ) {
    this.#geo = createQuery(() => geoIndexQuery());
    this.#mapTable = createQuery(() => ({ ...mapTableQuery(), enabled: firstMapFromTable }));
    // Without a table (not wanted, failed to load, or could not be read) the first map waits for the dataset instead.
    this.#defaultDataset = createQuery(() => ({ ...datasetQuery(), enabled: !firstMapFromTable || datasetWanted() || this.#mapTable.isError }));
    this.#published = createQuery(() => ({ ...publishedFiguresQuery(), enabled: extrasWanted() }));
    this.#annotations = createQuery(() => ({ ...annotationsQuery(), enabled: extrasWanted() }));
    const geoVersion = (id: string | null) => this.geo?.versions.find((version) => version.id === id);
    this.#wantedShapes = createQuery(() => boundariesQuery(geoVersion(this.#wantedVersionId)));
    // A first visit shows the newest version: fetch it alongside the data instead of after it.
    $effect(() => {
      const newest = this.geo?.versions.at(-1);
      if (newest) void this.#client.prefetchQuery(boundariesQuery(newest));
    });
    $effect(() => {
      const cache = this.#client.getQueryCache();
      const remember = (query: Query) => {
        const layers = query.queryKey[0] === 'boundaries' ? (query.state.data as BoundaryLayers | undefined) : undefined;
        if (layers && !this.#loadedShapes.has(layers.versionId)) this.#loadedShapes = new Map(this.#loadedShapes).set(layers.versionId, layers);
      };
      untrack(() => cache.findAll({ queryKey: ['boundaries'] }).forEach(remember));
      return cache.subscribe((event) => remember(event.query));
    });
  }

  get geo(): GeoIndex | undefined {
    return this.#geo.data;
  }

  /** The dataset on screen: the user's own, or the default. */
  get dataset(): Dataset | undefined {
    return this.ownData?.dataset ?? this.#defaultDataset.data;
  }

  /** The default dataset's map table, while the default dataset is on its way (null once a dataset is on screen: it says the same and more). */
  get mapTable(): MapTable | null {
    return this.dataset || this.ownData ? null : (this.#mapTable.data ?? null);
  }

  get defaultDataset(): Dataset | undefined {
    return this.#defaultDataset.data;
  }

  get published(): readonly PublishedFigure[] {
    return this.#published.data ?? [];
  }

  /** Notes per quarter belong to the built data: the user's own data shows none. */
  get annotations(): readonly Annotation[] {
    return this.ownData ? [] : (this.#annotations.data ?? []);
  }

  get annotationsError(): Error | null {
    return this.#annotations.error;
  }

  /** Shapes of every boundary version loaded so far, by version id. */
  get shapes(): ReadonlyMap<string, BoundaryLayers> {
    return this.#loadedShapes;
  }

  /**
   * What failed to load for the screen now, if anything: the geo index, the
   * dataset (unless own data replaces it), the wanted shapes. Null again while
   * a retry runs: the screen then shows that it is loading.
   */
  get failure(): LoadFailure | null {
    const failed = (query: { error: Error | null; isFetching: boolean }) => query.error !== null && !query.isFetching;
    if (failed(this.#geo)) return { what: 'geo', error: this.#geo.error!, retry: () => void this.#geo.refetch() };
    if (failed(this.#defaultDataset) && !this.ownData) return { what: 'dataset', error: this.#defaultDataset.error!, retry: () => void this.#defaultDataset.refetch() };
    const shapes = this.#wantedShapes;
    if (failed(shapes)) return { what: 'shapes', error: shapes.error!, retry: () => void shapes.refetch() };
    return null;
  }

  /** Shapes for the own-data worker (the versions its locations' first quarters fall in), from the same cache as the map. */
  shapesForVersions = async (ids: readonly string[]): Promise<ShapesByVersion> => {
    const geo = this.geo;
    if (!geo) return {};
    const layers = await Promise.all(ids.map((id) => this.#client.fetchQuery(boundariesQuery(geo.versions.find((v) => v.id === id)))));
    return Object.fromEntries(layers.map((l) => [l.versionId, l.municipalities]));
  };
}
