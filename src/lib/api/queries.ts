/**
 * Query options for everything the app loads. Keys name what is loaded;
 * boundaries and data never change while the app runs, so nothing goes stale.
 */
import { queryOptions } from '@tanstack/svelte-query';
import type { Topology } from 'topojson-specification';
import { COMPACT_DATASET_FILE, fromCompactDataset } from '../data/compactDataset';
import { readMapTable } from '../data/mapTable';
import { MAP_TABLE_FILE } from '../data/mapTableName';
import { topologyToLayers, withIndexNames } from '../data/topologyToLayers';
import type { BoundaryVersion, GeoIndex } from '../domain/types';
import { fetchJson, fetchText } from './fetchers';

/**
 * Loaded once and kept. `networkMode: 'always'` asks even when the browser
 * says it is offline: the service worker may have the file, and otherwise
 * the failure is shown (svelte-query's default would wait silently for a
 * connection). On reconnecting, only what failed is asked again (what loaded
 * is never stale).
 */
const forever = { staleTime: Infinity, gcTime: Infinity, retry: 1, networkMode: 'always', refetchOnReconnect: true } as const;

export const geoIndexQuery = () =>
  queryOptions({
    queryKey: ['geo-index'],
    queryFn: ({ signal }) => fetchJson<GeoIndex>('geo/index.json', signal),
    ...forever,
  });

/** One boundary version's shapes (named from the geo index: the file carries only codes): fetched only when a quarter on that version is shown. */
export const boundariesQuery = (version: BoundaryVersion | undefined) =>
  queryOptions({
    queryKey: ['boundaries', version?.id ?? null],
    queryFn: async ({ signal }) => topologyToLayers(withIndexNames(await fetchJson<Topology>(version!.topologyFile, signal), version!), version!.id),
    enabled: version !== undefined,
    ...forever,
  });

/**
 * The default dataset: read and validated against every boundary version by
 * the data build, which wrote it as dataset.json (compactDataset.ts). It
 * needs neither the boundaries nor a check here, so it loads beside them.
 */
export const datasetQuery = () =>
  queryOptions({
    queryKey: ['dataset', 'default'],
    queryFn: async ({ signal }) => fromCompactDataset(await fetchJson(`data/${COMPACT_DATASET_FILE}`, signal)),
    ...forever,
  });

/**
 * What the default dataset's map shows per quarter, worked out by the data
 * build (data/mapTable.ts): a first visit draws from it, and asks for the
 * dataset once that map is on screen.
 */
export const mapTableQuery = () =>
  queryOptions({
    queryKey: ['map-table', 'default'],
    queryFn: async ({ signal }) => readMapTable(await fetchJson(`data/${MAP_TABLE_FILE}`, signal)),
    ...forever,
  });

export const publishedFiguresQuery = () =>
  queryOptions({
    queryKey: ['published-figures'],
    // The reading code (with the CSV parser) comes with the file, not with the app: no first map shows these.
    queryFn: async ({ signal }) => {
      const text = await fetchText('gepubliceerde-cijfers.csv', signal);
      const { parsePublishedFigures } = await import('../data/publishedFigures');
      return parsePublishedFigures(text);
    },
    ...forever,
  });
