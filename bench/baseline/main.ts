/**
 * The benchmark's floor: the least work this data needs to be a choropleth
 * with a quarter slider. d3-geo draws one SVG path per municipality once per
 * boundary version; a quarter only sets fills from categories computed
 * beforehand by bench/baselineData.ts with the app's own domain code. No
 * framework, no validation, no map library: whatever the app costs above
 * this is the price of its features.
 */
import { geoMercator, geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { BaselineData } from '../baselineData';

const SVG_NS = 'http://www.w3.org/2000/svg';
const svg = document.getElementById('map') as unknown as SVGSVGElement;
const input = document.getElementById('quarter') as HTMLInputElement;
const label = document.getElementById('quarter-label') as HTMLOutputElement;

type Drawn = { group: SVGGElement; paths: SVGPathElement[] };
const drawn = new Map<string, Drawn>();
const loading = new Map<string, Promise<Drawn>>();
let data: BaselineData;
let shownVersion: string | null = null;
let wantedVersion: string | null = null;
let pending: Promise<unknown> = Promise.resolve();

async function drawVersion(id: string): Promise<Drawn> {
  const version = data.versions.find((v) => v.id === id)!;
  const topology = (await (await fetch(`../${version.file}`)).json()) as Topology;
  const shapes = feature(topology, topology.objects['gemeenten'] as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon, { code: string }>;
  const { width, height } = svg.getBoundingClientRect();
  const path = geoPath(geoMercator().fitExtent([[16, 16], [width - 16, height - 16]], shapes));
  const group = document.createElementNS(SVG_NS, 'g');
  group.setAttribute('stroke', '#ffffff');
  group.setAttribute('stroke-width', '0.6');
  // Paths in the order of the version's code list, so a quarter's categories index them directly.
  const byCode = new Map(shapes.features.map((f) => [f.properties.code, f]));
  const paths = version.codes.map((code) => {
    const element = document.createElementNS(SVG_NS, 'path');
    element.setAttribute('d', path(byCode.get(code)!) ?? '');
    group.append(element);
    return element;
  });
  const borders = document.createElementNS(SVG_NS, 'path');
  // The served files carry the municipalities only (as the app draws them): province borders are where two provinces' municipalities meet, and the coast.
  const provinceOf = new Map(version.codes.map((code, i) => [code, version.provinces[i]]));
  const province = (g: { properties?: unknown }) => provinceOf.get((g.properties as { code: string }).code);
  borders.setAttribute('d', path(mesh(topology, topology.objects['gemeenten'] as GeometryCollection, (a, b) => a === b || province(a) !== province(b))) ?? '');
  borders.setAttribute('fill', 'none');
  borders.setAttribute('stroke', '#5b6770');
  borders.setAttribute('stroke-width', '1.4');
  group.append(borders);
  const result = { group, paths };
  drawn.set(id, result);
  return result;
}

function show(quarterIndex: number): void {
  const quarter = data.quarters[quarterIndex]!;
  label.value = quarter.key;
  wantedVersion = quarter.version;
  const cached = drawn.get(quarter.version);
  if (cached) return paint(cached, quarterIndex);
  // First visit of a version: fetch and project it, then paint (unless the slider moved on meanwhile).
  let load = loading.get(quarter.version);
  if (!load) loading.set(quarter.version, (load = drawVersion(quarter.version)));
  pending = load.then((result) => {
    if (Number(input.value) === quarterIndex) paint(result, quarterIndex);
  });
}

function paint(result: Drawn, quarterIndex: number): void {
  const quarter = data.quarters[quarterIndex]!;
  const values = data.values[quarterIndex]!;
  for (let i = 0; i < result.paths.length; i++) result.paths[i]!.setAttribute('fill', data.colours[values.charCodeAt(i) - 48]!);
  if (shownVersion !== quarter.version) {
    if (shownVersion) drawn.get(shownVersion)!.group.remove();
    svg.append(result.group);
    shownVersion = quarter.version;
  }
}

const afterNextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

// The same hook shape as the app's (see bench/measure.ts).
(window as unknown as { __BASELINE__: unknown }).__BASELINE__ = {
  get quarterIndex() {
    return Number(input.value);
  },
  get versionId() {
    return shownVersion;
  },
  get wantedVersionId() {
    return wantedVersion;
  },
  /** Resolves once the last change is painted. */
  whenIdle: async () => {
    await pending;
    await afterNextPaint();
  },
};

async function start(): Promise<void> {
  const response = await fetch('./categories.json');
  data = (await response.json()) as BaselineData;
  input.max = String(data.quarters.length - 1);
  input.value = input.max;
  // The newest quarter, as the app shows first; its shapes are fetched alongside the categories in the app too.
  show(data.quarters.length - 1);
  input.addEventListener('input', () => show(Number(input.value)));
}

pending = start();
