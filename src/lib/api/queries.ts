/**
 * Query options for everything the app loads. Keys name what is loaded;
 * boundaries and data never change while the app runs, so nothing goes stale.
 */
import { queryOptions } from '@tanstack/svelte-query';
import type { Topology } from 'topojson-specification';
import { parseDataset, DATASET_FILES } from '../data/parseDataset';
import { parsePublishedFigures } from '../data/publishedFigures';
import { topologyToLayers } from '../data/topologyToLayers';
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

/** One boundary version's shapes: fetched only when a quarter on that version is shown. */
export const boundariesQuery = (version: BoundaryVersion | undefined) =>
  queryOptions({
    queryKey: ['boundaries', version?.id ?? null],
    queryFn: async ({ signal }) => topologyToLayers(await fetchJson<Topology>(version!.topologyFile, signal), version!.id),
    enabled: version !== undefined,
    ...forever,
  });

/** The default dataset, validated against the boundaries (so it waits for them). */
export const datasetQuery = (geo: GeoIndex | undefined) =>
  queryOptions({
    queryKey: ['dataset', 'default'],
    enabled: geo !== undefined,
    queryFn: async ({ signal }) => {
      if (!geo) throw new Error('the boundaries are not loaded yet');
      const texts = await Promise.all(DATASET_FILES.map((name) => fetchText(`data/${name}`, signal)));
      const files = Object.fromEntries(DATASET_FILES.map((name, i) => [name, texts[i]!]));
      const { dataset, problems } = parseDataset(files, geo);
      if (!dataset) {
        const first = problems.find((p) => p.severity === 'error');
        throw new Error(
          `${problems.length} problem(s) in the data files; first: ${first?.file}${first?.row ? ` row ${first.row}` : ''}${first?.column ? `, ${first.column}` : ''}: ${first?.expected}`,
        );
      }
      return dataset;
    },
    ...forever,
  });

export const publishedFiguresQuery = () =>
  queryOptions({
    queryKey: ['published-figures'],
    queryFn: async ({ signal }) => parsePublishedFigures(await fetchText('gepubliceerde-cijfers.csv', signal)),
    ...forever,
  });
