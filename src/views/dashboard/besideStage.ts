/**
 * What the dashboard shows beside and under the stage (details, totals, the
 * check, the analysis, the summary, the table and downloads), as one chunk
 * of its own: ExploreLayout asks for it once the first map is on screen
 * (state/firstMap.ts), so its code (with the CSV code it brings) is neither
 * downloaded nor compiled before the first map. What paper gets
 * (Print.svelte, with the export code) is here too: it answers `beforeprint`
 * from the moment it is built, a second or so after the first map, and
 * printing before then prints the screen as it is.
 */
export { default as Analysis } from './Analysis.svelte';
export { default as MapSummary } from './MapSummary.svelte';
export { default as Print } from './Print.svelte';
export { default as SidePanel } from './SidePanel.svelte';
export { default as TableAndDownloads } from './TableAndDownloads.svelte';
