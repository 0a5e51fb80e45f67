/**
 * The optional notes per quarter (annotaties.csv), loaded on their own: they
 * are not part of the dataset, and a problem with them never keeps the map
 * from loading. An absent file (an older build) means no notes. The reading
 * code (with the CSV parser) is imported with the file, not with the app.
 */
import { queryOptions } from '@tanstack/svelte-query';
import { ANNOTATIONS_FILE, type Annotation } from '../data/annotations';
import { FetchError, fetchText } from './fetchers';

export const annotationsQuery = () =>
  queryOptions({
    queryKey: ['annotations'],
    queryFn: async ({ signal }): Promise<Annotation[]> => {
      let text: string;
      try {
        text = await fetchText(`data/${ANNOTATIONS_FILE}`, signal);
      } catch (error) {
        if (error instanceof FetchError && error.status === 404) return [];
        throw error;
      }
      const { parseAnnotations } = await import('../data/annotationsCsv');
      const { annotations, problems } = parseAnnotations(text);
      const first = problems.find((p) => p.severity === 'error');
      if (first) throw new Error(`${first.file}${first.row ? ` row ${first.row}` : ''}${first.column ? `, ${first.column}` : ''}: expected ${first.expected}`);
      return annotations;
    },
    staleTime: Infinity,
    gcTime: Infinity,
    retry: 1,
  });
