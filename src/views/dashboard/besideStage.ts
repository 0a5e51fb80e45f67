/**
 * What the dashboard shows beside and under the stage (details, totals, the
 * check, the analysis, the summary, the table and downloads), as one chunk
 * of its own: ExploreLayout asks for it once the first map is on screen
 * (state/firstMap.ts), so its code (with the CSV code it brings) is neither
 * downloaded nor compiled before the first map. What paper gets
 * (Print.svelte) is not here: it must answer `beforeprint` from the first
 * map on, synchronously.
 */
export { default as Analysis } from './Analysis.svelte';
export { default as MapSummary } from './MapSummary.svelte';
export { default as SidePanel } from './SidePanel.svelte';
export { default as TableAndDownloads } from './TableAndDownloads.svelte';
