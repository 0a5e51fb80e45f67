/**
 * What the dashboard shows beside and under the stage (details, totals, the
 * check, the analysis, the summary, the table and downloads) and what paper
 * gets, as one chunk of its own: ExploreLayout asks for it once the first map
 * is on screen (state/firstMap.ts), so its code (about 9 KB gzip, with the
 * export and CSV code it brings) is neither downloaded nor compiled before
 * the first map.
 */
export { default as Analysis } from './Analysis.svelte';
export { default as MapSummary } from './MapSummary.svelte';
export { default as Print } from './Print.svelte';
export { default as SidePanel } from './SidePanel.svelte';
export { default as TableAndDownloads } from './TableAndDownloads.svelte';
