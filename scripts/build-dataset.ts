/**
 * Validates a library data folder (docs/data.md) and copies it to
 * <outDir>/data/ for the app. Fails with every problem listed, grouped by kind.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { boundaryVersionForQuarter } from '../src/lib/data/boundaries';
import { locationInMunicipality } from '../src/lib/data/locationInMunicipality';
import { DATASET_FILES, parseDataset } from '../src/lib/data/parseDataset';
import { quarterKey } from '../src/lib/domain/quarter';
import type { DataProblem, GeoIndex } from '../src/lib/domain/types';

export function buildDataset(dataDir: string, geo: GeoIndex, topologies: Map<string, Topology>, outDir: string): { summary: string } {
  if (!existsSync(dataDir)) throw new Error(`The library data folder ${dataDir} does not exist (set BBV_DATA_DIR, see docs/data.md)`);
  const files: Record<string, string> = {};
  for (const name of DATASET_FILES) {
    const path = join(dataDir, name);
    if (existsSync(path)) files[name] = readFileSync(path, 'utf8');
  }
  const { dataset, problems } = parseDataset(files, geo);

  // Points must lie inside the municipality they are registered in (at the row's start).
  if (dataset) {
    const shapes = new Map<string, Map<string, Feature<Polygon | MultiPolygon>>>();
    const shapeOf = (versionId: string, code: string) => {
      if (!shapes.has(versionId)) {
        const topology = topologies.get(versionId)!;
        const collection = feature(topology, topology.objects['gemeenten'] as GeometryCollection) as unknown as { features: Feature<Polygon | MultiPolygon, { code: string }>[] };
        shapes.set(versionId, new Map(collection.features.map((f) => [f.properties.code, f])));
      }
      return shapes.get(versionId)!.get(code);
    };
    const lines = csvLineNumbers(files['vestigingen.csv']!);
    dataset.locations.forEach((location, i) => {
      const version = boundaryVersionForQuarter(geo, location.from);
      const shape = shapeOf(version.id, location.municipalityCode);
      if (shape && !locationInMunicipality(shape, location.lon, location.lat)) {
        problems.push({
          kind: 'location-outside-municipality',
          file: 'vestigingen.csv',
          row: lines[i] ?? null,
          column: 'lon,lat',
          value: `${location.lon},${location.lat}`,
          expected: `a point inside ${location.municipalityCode} (boundaries of ${version.id}, the version of ${quarterKey(location.from)})`,
          severity: 'error',
        });
      }
    });
  }

  const errors = problems.filter((p) => p.severity === 'error');
  if (problems.length) console.error(describeProblems(problems));
  if (errors.length || !dataset) throw new Error(`${errors.length} error(s) in ${dataDir}; nothing was written for the library data`);

  const target = join(outDir, 'data');
  mkdirSync(target, { recursive: true });
  const manifest = DATASET_FILES.map((name) => {
    copyFileSync(join(dataDir, name), join(target, name));
    return { name, bytes: statSync(join(target, name)).size };
  });
  writeFileSync(join(target, 'manifest.json'), JSON.stringify({ files: manifest }, null, 2));
  return {
    summary: `${dataset.organisations.length} organisations, ${new Set(dataset.locations.map((l) => l.id)).size} locations, ${dataset.idoStatusChanges.length} IDO status changes${problems.length ? `, ${problems.length} warning(s)` : ''}`,
  };
}

/** Line number of each data row (the header is line 1); rows may span lines when quoted. */
function csvLineNumbers(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let inQuotes = false;
  let rowStart = 2;
  let atRowStart = true;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') inQuotes = !inQuotes;
    if (char === '\n') {
      line++;
      if (!inQuotes) {
        if (line > 2 && !atRowStart) lines.push(rowStart);
        rowStart = line;
        atRowStart = true;
        continue;
      }
    }
    if (line >= 2 && char !== '\r' && char !== '\n') atRowStart = false;
  }
  if (!atRowStart) lines.push(rowStart);
  return lines;
}

/** Problems grouped by kind, with a count and the first few rows of each. */
export function describeProblems(problems: readonly DataProblem[]): string {
  const groups = new Map<string, DataProblem[]>();
  for (const problem of problems) groups.set(problem.kind, [...(groups.get(problem.kind) ?? []), problem]);
  const out: string[] = [];
  for (const [kind, items] of groups) {
    out.push(`${items.length} × ${kind} (${items[0]!.severity})`);
    for (const p of items.slice(0, 5)) out.push(`  ${p.file}${p.row ? ` row ${p.row}` : ''}${p.column ? `, column ${p.column}` : ''}${p.value !== null ? `: "${p.value}"` : ''} — expected ${p.expected}`);
    if (items.length > 5) out.push(`  … and ${items.length - 5} more`);
  }
  return out.join('\n');
}
