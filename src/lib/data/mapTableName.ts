/**
 * The map table's file name in the generated data folder (see mapTable.ts).
 * A module of its own, without imports, so that the build's configuration
 * (scripts/lib/firstMapPreloads.ts, loaded by vite.config.ts) can use it
 * without loading the app's code.
 */
export const MAP_TABLE_FILE = 'map-table.json';
