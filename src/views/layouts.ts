/**
 * Which layout the screen has, and its code as a chunk of its own: a
 * dashboard never downloads the embed's or the presentation's components
 * (nor the growth chart that comes with the presentation), an embed neither
 * of the others. The choice is made here once, from the same start options
 * for main.ts (which starts the chunk's download before the app mounts,
 * alongside the data requests) and for Dashboard.svelte (which shows it).
 */
import type { Component } from 'svelte';
import type { Mode } from '../lib/state/urlState';
import { retryImport } from '../lib/ui/retryImport';

export type LayoutKind = 'explore' | 'embed' | 'present';

export interface LayoutProps {
  onMapReady?: () => void;
}

export interface LayoutModule {
  default: Component<LayoutProps>;
}

const CHUNKS: Readonly<Record<LayoutKind, () => Promise<LayoutModule>>> = {
  explore: () => import('./dashboard/ExploreLayout.svelte'),
  embed: () => import('./dashboard/EmbedLayout.svelte'),
  present: () => import('./dashboard/PresentLayout.svelte'),
};

/** The layout for a link's embed flag and mode: an embed is always the embed layout. */
export function layoutKind(embed: boolean, mode: Mode): LayoutKind {
  if (embed) return 'embed';
  return mode === 'present' ? 'present' : 'explore';
}

const started = new Map<LayoutKind, Promise<LayoutModule>>();

/**
 * The layout's chunk: one download however often asked. After a failure
 * (`failed`, attempt 1, 2, …) it asks again under a new address
 * (ui/retryImport), since the browser keeps a failed module import.
 */
export function loadLayout(kind: LayoutKind, retry?: { failed: unknown; attempt: number }): Promise<LayoutModule> {
  const known = started.get(kind);
  if (known && !retry) return known;
  const loading = retry ? retryImport(CHUNKS[kind], retry.failed, retry.attempt) : CHUNKS[kind]();
  started.set(kind, loading);
  loading.catch(() => {
    if (started.get(kind) === loading) started.delete(kind);
  });
  return loading;
}
