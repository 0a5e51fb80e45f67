/**
 * The library data of the data build: reads a folder of the user's files (any
 * accepted form, docs/data.md), validates it with the same code as the
 * browser (loadDataset, with the location check against every boundary
 * version), and writes it to <outDir>/data/: in canonical CSV form for people
 * to download, and as dataset.json (compactDataset.ts) for the app, with
 * map-table.json (mapTable.ts): what the map shows of it, for the first map.
 * Also writes the downloadable templates (empty, and the example data) in the
 * form Dutch Excel opens, to <outDir>/templates/.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { ANNOTATIONS_FILE } from '../src/lib/data/annotations';
import { COMPACT_DATASET_FILE, toCompactDataset } from '../src/lib/data/compactDataset';
import { loadDataset, type InputFile } from '../src/lib/data/loadDataset';
import { MAP_TABLE_FILE } from '../src/lib/data/mapTableName';
import { mapTableFile } from '../src/lib/data/mapTableBuild';
import { shapesFromTopology } from '../src/lib/data/municipalityShapes';
import { DATASET_FILES, type MunicipalityShapes, type ParseResult } from '../src/lib/data/parseDataset';
import { describeProblems } from '../src/lib/data/problemGroups';
import { emptyTemplates, writeDataset } from '../src/lib/data/writeDataset';
import { quarterKey } from '../src/lib/domain/quarter';
import type { GeoIndex } from '../src/lib/domain/types';

/** Every file directly in the folder (sub-folders and hidden files are not read; annotaties.csv is build-annotations.ts's). */
export function readDataFolder(dir: string): InputFile[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`The library data folder ${dir} does not exist (see docs/data.md)`);
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.') && name !== ANNOTATIONS_FILE && statSync(join(dir, name)).isFile())
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
}

/** Validates a folder; prints every problem grouped; throws when there is an error. */
export function validateDataFolder(dir: string, geo: GeoIndex, topologies: Map<string, Topology>, options: { stripInvisible?: boolean } = {}): ParseResult & { dataset: NonNullable<ParseResult['dataset']> } {
  const shapes = new Map<string, MunicipalityShapes>();
  const shapesFor = (versionId: string) => {
    if (!shapes.has(versionId) && topologies.has(versionId)) shapes.set(versionId, shapesFromTopology(topologies.get(versionId)!));
    return shapes.get(versionId);
  };
  const result = loadDataset(readDataFolder(dir), geo, { shapes: shapesFor, stripInvisible: options.stripInvisible ?? false });
  if (result.problems.length) console.error(describeProblems(result.problems));
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  if (errors || !result.dataset) throw new Error(`${errors} error(s) in ${dir}; nothing was written for the library data`);
  return result as ParseResult & { dataset: NonNullable<ParseResult['dataset']> };
}

export function buildDataset(dataDir: string, exampleDir: string, geo: GeoIndex, topologies: Map<string, Topology>, outDir: string, options: { stripInvisible?: boolean } = {}): { summary: string } {
  const { dataset, problems } = validateDataFolder(dataDir, geo, topologies, options);
  const target = join(outDir, 'data');
  mkdirSync(target, { recursive: true });
  const files = writeDataset(dataset, 'canonical');
  const manifest = DATASET_FILES.map((name) => {
    writeFileSync(join(target, name), files[name]);
    return { name, bytes: Buffer.byteLength(files[name]) };
  });
  writeFileSync(join(target, 'manifest.json'), JSON.stringify({ files: manifest }, null, 2));
  // What the app loads: the dataset as validated here, so the browser reads it without checking it again (compactDataset.ts).
  writeFileSync(join(target, COMPACT_DATASET_FILE), JSON.stringify(toCompactDataset(dataset)));
  // What the first map draws, worked out here so a first visit draws it without the dataset (mapTable.ts).
  writeFileSync(join(target, MAP_TABLE_FILE), JSON.stringify(mapTableFile(dataset, geo)));

  // Templates: always from the example data, never from a site's own (possibly private) data.
  const example = dataDir === exampleDir ? dataset : validateDataFolder(exampleDir, geo, topologies).dataset;
  for (const [folder, templateFiles] of [['leeg', emptyTemplates('excel-nl')], ['voorbeeld', writeDataset(example, 'excel-nl')]] as const) {
    mkdirSync(join(outDir, 'templates', folder), { recursive: true });
    for (const name of DATASET_FILES) writeFileSync(join(outDir, 'templates', folder, name), templateFiles[name]);
  }

  const counted = (severity: string) => problems.filter((p) => p.severity === severity).length;
  return {
    summary:
      `"${dataset.meta.name || '(no name)'}" ${quarterKey(dataset.meta.firstQuarter)}–${quarterKey(dataset.meta.lastQuarter)}: ${dataset.organisations.length} organisations, ` +
      `${new Set(dataset.locations.map((l) => l.id)).size} locations, ${dataset.idoStatusChanges.length} IDO status changes` +
      (counted('warning') ? `, ${counted('warning')} warning(s)` : '') +
      (counted('info') ? `, ${counted('info')} note(s)` : ''),
  };
}
