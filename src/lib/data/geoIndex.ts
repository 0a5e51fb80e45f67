/**
 * Parsing and validating the shared boundary data (../shared/geo) into a
 * GeoIndex. Pure: it takes file texts and parsed topologies, so the Node data
 * build and tests share it. Every problem throws a GeoDataError that names
 * the file, the row and what was expected.
 */
import { csvParse } from 'd3-dsv';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { BoundaryVersion, GeoIndex, LineageEdge, Municipality, Province } from '../domain/types';

export const GEO_ATTRIBUTION = 'Grenzen: CBS/Kadaster (PDOK), CC BY 4.0';

export class GeoDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GeoDataError';
  }
}

export interface GeoSourceFiles {
  /** gemeenten.csv */
  municipalities: string;
  /** herindelingen.csv */
  lineage: string;
  /** inwoners.csv */
  population: string;
  /** Parsed `gemeenten-<version>.topojson` per version id. */
  topologies: Map<string, Topology>;
}

const VERSION_ID = /^\d{4}-\d{2}-\d{2}$/;
const MUNICIPALITY_CODE = /^GM\d{4}$/;
const PROVINCE_CODE = /^PV\d{2}$/;

function requireColumns(file: string, columns: readonly string[], required: readonly string[]) {
  const missing = required.filter((c) => !columns.includes(c));
  if (missing.length) throw new GeoDataError(`${file}: missing column(s) ${missing.join(', ')}; expected header ${required.join(',')}`);
}

export function buildGeoIndex(files: GeoSourceFiles): GeoIndex {
  // 1. gemeenten.csv: the municipalities of every version, with their province.
  const municipalityRows = csvParse(files.municipalities);
  requireColumns('gemeenten.csv', municipalityRows.columns, ['boundary_version', 'code', 'name', 'province_code', 'province_name']);
  const provinces = new Map<string, Province>();
  const municipalitiesByVersion = new Map<string, Municipality[]>();
  municipalityRows.forEach((row, i) => {
    const line = i + 2;
    const version = row['boundary_version'] ?? '';
    const code = row['code'] ?? '';
    const provinceCode = row['province_code'] ?? '';
    if (!VERSION_ID.test(version)) throw new GeoDataError(`gemeenten.csv row ${line}: boundary_version "${version}" is not a date YYYY-MM-DD`);
    if (!MUNICIPALITY_CODE.test(code)) throw new GeoDataError(`gemeenten.csv row ${line}: code "${code}" is not a CBS code like GM0363`);
    if (!row['name']) throw new GeoDataError(`gemeenten.csv row ${line}: municipality ${code} has no name`);
    if (!PROVINCE_CODE.test(provinceCode) || !row['province_name']) {
      throw new GeoDataError(`gemeenten.csv row ${line}: municipality ${code} has no valid province (got "${provinceCode}"); expected a code like PV27 and a name`);
    }
    provinces.set(provinceCode, { code: provinceCode, name: row['province_name'] });
    const list = municipalitiesByVersion.get(version) ?? [];
    if (list.some((m) => m.code === code)) throw new GeoDataError(`gemeenten.csv row ${line}: ${code} is listed twice for version ${version}`);
    list.push({ code, name: row['name'], provinceCode, population: null });
    municipalitiesByVersion.set(version, list);
  });

  // 2. inwoners.csv: residents on 1 January 2022 where the area is unchanged since; empty means unknown.
  const populationRows = csvParse(files.population);
  requireColumns('inwoners.csv', populationRows.columns, ['boundary_version', 'code', 'population', 'bron']);
  populationRows.forEach((row, i) => {
    const line = i + 2;
    const municipality = municipalitiesByVersion.get(row['boundary_version'] ?? '')?.find((m) => m.code === row['code']);
    if (!municipality) throw new GeoDataError(`inwoners.csv row ${line}: ${row['code']} is not a municipality of version ${row['boundary_version']}`);
    const text = (row['population'] ?? '').trim();
    if (text === '') return;
    const population = Number(text);
    if (!Number.isInteger(population) || population <= 0) throw new GeoDataError(`inwoners.csv row ${line}: population "${text}" of ${row['code']} is not a positive whole number`);
    municipality.population = population;
  });

  // 3. The topologies: exactly the versions listed, with exactly the listed municipalities.
  const versionIds = [...municipalitiesByVersion.keys()].sort();
  const topologyIds = [...files.topologies.keys()].sort();
  for (const id of versionIds) if (!files.topologies.has(id)) throw new GeoDataError(`gemeenten-${id}.topojson is missing: gemeenten.csv lists version ${id}`);
  for (const id of topologyIds) if (!municipalitiesByVersion.has(id)) throw new GeoDataError(`gemeenten-${id}.topojson has no municipalities listed in gemeenten.csv`);
  for (const id of versionIds) checkTopology(id, files.topologies.get(id)!, municipalitiesByVersion.get(id)!, provinces);

  const versions: BoundaryVersion[] = versionIds.map((id, i) => ({
    id,
    validFrom: id,
    validUntil: versionIds[i + 1] ?? null,
    municipalities: municipalitiesByVersion.get(id)!,
    topologyFile: `geo/gemeenten-${id}.topojson`,
  }));

  // 4. herindelingen.csv: each edge joins a municipality of one version to one of the next.
  const lineageRows = csvParse(files.lineage);
  requireColumns('herindelingen.csv', lineageRows.columns, ['from_version', 'to_version', 'from_code', 'to_code', 'area_share']);
  const lineage: LineageEdge[] = lineageRows.map((row, i) => {
    const line = i + 2;
    const edge = {
      fromVersion: row['from_version'] ?? '',
      toVersion: row['to_version'] ?? '',
      fromCode: row['from_code'] ?? '',
      toCode: row['to_code'] ?? '',
      areaShare: Number(row['area_share']),
    };
    const from = versionIds.indexOf(edge.fromVersion);
    if (from < 0 || versionIds[from + 1] !== edge.toVersion) {
      throw new GeoDataError(`herindelingen.csv row ${line}: ${edge.fromVersion} → ${edge.toVersion} are not two consecutive boundary versions`);
    }
    if (!municipalitiesByVersion.get(edge.fromVersion)!.some((m) => m.code === edge.fromCode)) {
      throw new GeoDataError(`herindelingen.csv row ${line}: from_code ${edge.fromCode} is not a municipality of ${edge.fromVersion}`);
    }
    if (!municipalitiesByVersion.get(edge.toVersion)!.some((m) => m.code === edge.toCode)) {
      throw new GeoDataError(`herindelingen.csv row ${line}: to_code ${edge.toCode} is not a municipality of ${edge.toVersion}`);
    }
    if (!(edge.areaShare > 0 && edge.areaShare <= 1)) throw new GeoDataError(`herindelingen.csv row ${line}: area_share "${row['area_share']}" is not a number in (0, 1]`);
    return edge;
  });

  return { versions, provinces: [...provinces.values()].sort((a, b) => a.code.localeCompare(b.code)), lineage, attribution: GEO_ATTRIBUTION };
}

function checkTopology(id: string, topology: Topology, listed: Municipality[], provinces: Map<string, Province>) {
  const file = `gemeenten-${id}.topojson`;
  const municipalities = topology.objects?.['gemeenten'] as GeometryCollection<{ code?: string; province?: string }> | undefined;
  const provinceObject = topology.objects?.['provincies'] as GeometryCollection<{ code?: string }> | undefined;
  if (topology.type !== 'Topology' || !municipalities?.geometries || !provinceObject?.geometries) {
    throw new GeoDataError(`${file}: expected a TopoJSON Topology with objects "gemeenten" and "provincies"`);
  }
  const props = (g: { properties?: unknown }) => (g.properties ?? {}) as { code?: string; province?: string };
  const drawn = municipalities.geometries.map((g) => props(g).code ?? '');
  const listedCodes = new Set(listed.map((m) => m.code));
  const drawnCodes = new Set(drawn);
  const notListed = drawn.filter((code) => !listedCodes.has(code));
  const notDrawn = [...listedCodes].filter((code) => !drawnCodes.has(code));
  if (notListed.length || notDrawn.length || drawn.length !== drawnCodes.size) {
    throw new GeoDataError(
      `${file}: its municipalities differ from gemeenten.csv for ${id}` +
        (notListed.length ? `; in the topology only: ${notListed.join(', ')}` : '') +
        (notDrawn.length ? `; in gemeenten.csv only: ${notDrawn.join(', ')}` : '') +
        (drawn.length !== drawnCodes.size ? '; some code appears twice' : ''),
    );
  }
  const provinceCodes = new Set(provinceObject.geometries.map((g) => props(g).code));
  for (const geometry of municipalities.geometries) {
    const province = props(geometry).province;
    if (!province || !provinceCodes.has(province) || !provinces.has(province)) {
      throw new GeoDataError(`${file}: municipality ${props(geometry).code} has province "${province ?? ''}", which is not among its provincies`);
    }
  }
}
