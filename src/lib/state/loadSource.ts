/**
 * Where own data came from, in a few words. Apart from DatasetLoad
 * (datasetLoad.svelte.ts) so the own-data banner, which every dashboard and
 * embed includes, does not bring the loader's code along: that is part of
 * the Load data dialog's chunk.
 */
import type { LoadSource } from '../api/dataSources.svelte';

/** The source in a few words: the URL, up to three file names, or how many files. */
export function sourceLabel(source: LoadSource, manyFiles: (count: number) => string): string {
  if ('url' in source) return source.url;
  return source.files.length <= 3 ? source.files.join(', ') : manyFiles(source.files.length);
}
