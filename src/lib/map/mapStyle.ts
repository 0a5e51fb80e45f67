/**
 * The map's own style: no tile server, no glyphs, no sprites. Municipalities
 * are coloured from feature-state (set per quarter), so changing the quarter
 * never touches the geometry.
 */
import type { FeatureCollection } from 'geojson';
import type { ExpressionSpecification, LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { BoundaryLayers } from '../data/topologyToLayers';
import { CATEGORY_COLOURS, CATEGORY_PATTERNS, MAP_THEMES, type PatternName, type ThemeName } from '../scales/palette';
import { IDO_POINT_RADIUS_STOPS, IDO_POINT_STROKE_STOPS, SELECTION_OUTLINE, zoomExpression } from './mapDefaults';

export { CATEGORY_PATTERNS, type PatternName };

/**
 * Each boundary version has sources and layers of its own, added the first
 * time the version is shown and afterwards only shown or hidden: a cached
 * version switch uploads nothing (`versionSources`, `versionLayers`).
 * Shared by every version: the highlight (the hovered and the selected
 * municipality, a source of at most two shapes) and the IDO points.
 *
 * Trimmed for frame cost (measured on a software renderer, where each layer
 * pass over every shape costs tens of ms): no background layer (the water is
 * the container's CSS background, drawn by the browser for free), and the
 * hover and selection outlines draw one shape each instead of every shape at
 * opacity 0.
 */
export const SOURCE = { highlight: 'highlight', locations: 'ido-locations' } as const;
export const LAYER = { hover: 'municipality-hover', selectedHalo: 'municipality-selected-halo', selected: 'municipality-selected', idoPoints: 'ido-points' } as const;
export const HATCH_IMAGE = 'no-data-hatch';

/** Source and layer ids of one boundary version. */
export function versionIds(versionId: string) {
  return {
    municipalities: `municipalities-${versionId}`,
    provinces: `province-borders-${versionId}`,
    fill: `municipality-fill-${versionId}`,
    noDataHatch: `municipality-no-data-hatch-${versionId}`,
    borders: `municipality-borders-${versionId}`,
    provinceBorders: `province-borders-${versionId}`,
    pattern: (pattern: PatternName) => `municipality-${pattern}-${versionId}`,
  };
}

const category: ExpressionSpecification = ['to-string', ['feature-state', 'category']];

/** `match` from category id to colour; an unset state draws as "no data". */
function categoryColourExpression(): ExpressionSpecification {
  const pairs = Object.entries(CATEGORY_COLOURS).flat();
  return ['match', category, ...pairs, CATEGORY_COLOURS['no-data']] as unknown as ExpressionSpecification;
}

const emptyCollection = (): FeatureCollection => ({ type: 'FeatureCollection', features: [] });

/** The style before any boundary version: the shared sources and layers only. */
export function createMapStyle(theme: ThemeName): StyleSpecification {
  const colours = MAP_THEMES[theme];
  const role = (value: string): ExpressionSpecification => ['==', ['get', 'role'], value];
  return {
    version: 8,
    sources: {
      [SOURCE.highlight]: { type: 'geojson', data: emptyCollection() },
      [SOURCE.locations]: { type: 'geojson', data: emptyCollection(), promoteId: 'id' },
    },
    layers: [
      { id: LAYER.hover, type: 'line', source: SOURCE.highlight, filter: role('hover'), paint: { 'line-color': colours.hover, 'line-width': 2 } },
      // The selection: a wide halo under the line, so it stands out from dark and light fills alike (SELECTION_OUTLINE).
      {
        id: LAYER.selectedHalo,
        type: 'line',
        source: SOURCE.highlight,
        filter: role('selected'),
        paint: { 'line-color': colours.selectedHalo, 'line-width': SELECTION_OUTLINE.halo },
        layout: { 'line-join': 'round' },
      },
      {
        id: LAYER.selected,
        type: 'line',
        source: SOURCE.highlight,
        filter: role('selected'),
        paint: { 'line-color': colours.selected, 'line-width': SELECTION_OUTLINE.line },
        layout: { 'line-join': 'round' },
      },
      {
        id: LAYER.idoPoints,
        type: 'circle',
        source: SOURCE.locations,
        paint: {
          'circle-radius': zoomExpression(IDO_POINT_RADIUS_STOPS),
          'circle-color': colours.idoPoint,
          'circle-stroke-color': colours.idoPointStroke,
          'circle-stroke-width': zoomExpression(IDO_POINT_STROKE_STOPS),
          // Only open desks show; opacity from feature-state keeps the point geometry uploaded once.
          'circle-opacity': ['case', ['boolean', ['feature-state', 'open'], false], 1, 0],
          'circle-stroke-opacity': ['case', ['boolean', ['feature-state', 'open'], false], 1, 0],
        },
      },
    ],
  };
}

/** The first shared layer: every version's layers go beneath it. */
export const FIRST_SHARED_LAYER = LAYER.hover;

/** The sources of one boundary version (its shapes, uploaded once). */
export function versionSources(layers: BoundaryLayers): [string, SourceSpecification][] {
  const ids = versionIds(layers.versionId);
  return [
    [ids.municipalities, { type: 'geojson', data: layers.municipalities, promoteId: 'code' }],
    [ids.provinces, { type: 'geojson', data: { type: 'Feature', geometry: layers.provinceBorders, properties: {} } }],
  ];
}

/** The layers of one boundary version, bottom to top, hidden until shown. */
export function versionLayers(versionId: string, theme: ThemeName, showPatterns: boolean): LayerSpecification[] {
  const ids = versionIds(versionId);
  const colours = MAP_THEMES[theme];
  return [
    { id: ids.fill, type: 'fill', source: ids.municipalities, layout: { visibility: 'none' }, paint: { 'fill-color': categoryColourExpression(), 'fill-antialias': true } },
    {
      id: ids.noDataHatch,
      type: 'fill',
      source: ids.municipalities,
      layout: { visibility: 'none' },
      paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': ['case', ['==', category, 'no-data'], 1, ['==', category, ''], 1, 0] },
    },
    ...(Object.keys(CATEGORY_PATTERNS) as PatternName[]).map(
      (pattern): LayerSpecification => ({
        id: ids.pattern(pattern),
        type: 'fill',
        source: ids.municipalities,
        layout: { visibility: 'none' },
        paint: {
          'fill-pattern': pattern,
          'fill-opacity': ['case', ['in', category, ['literal', [...CATEGORY_PATTERNS[pattern]]]], 1, 0] as ExpressionSpecification,
        },
      }),
    ),
    { id: ids.borders, type: 'line', source: ids.municipalities, layout: { visibility: 'none' }, paint: { 'line-color': colours.municipalityBorder, 'line-width': 0.6 } },
    { id: ids.provinceBorders, type: 'line', source: ids.provinces, layout: { visibility: 'none' }, paint: { 'line-color': colours.provinceBorder, 'line-width': 1.4 } },
  ];
}

/** Which of a version's layers are visible when it is on screen (pattern layers only with patterns on). */
export function versionLayerVisible(layerId: string, versionId: string, showPatterns: boolean): boolean {
  const ids = versionIds(versionId);
  const isPattern = (Object.keys(CATEGORY_PATTERNS) as PatternName[]).some((p) => ids.pattern(p) === layerId);
  return isPattern ? showPatterns : true;
}

/** Pattern images drawn into RGBA pixels (no image requests): dark marks on transparent. */
export function createPatternImage(pattern: PatternName, size = 8): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const mark = pattern === 'pattern-dots' ? (x % 4 === 1 || x % 4 === 2) && (y % 4 === 1 || y % 4 === 2) && (x < 4) === (y < 4) : (x - y + size) % size < 2;
      data.set(mark ? [20, 20, 20, 200] : [0, 0, 0, 0], (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}

/** A small diagonal hatch drawn into RGBA pixels: no image request needed. */
export function createHatchImage(size = 8): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const onLine = (x + y) % size === 0 || (x + y) % size === size - 1;
      const offset = (y * size + x) * 4;
      // Light lines on transparent: the grey fill beneath shows between them.
      data.set(onLine ? [225, 225, 225, 255] : [0, 0, 0, 0], offset);
    }
  }
  return { width: size, height: size, data };
}

/** The paint properties that follow the theme, as [layer, property, value], for the shared layers and the given versions. */
export function themePaint(theme: ThemeName, versionIdsShown: Iterable<string>): [string, string, string][] {
  const colours = MAP_THEMES[theme];
  const paint: [string, string, string][] = [
    [LAYER.hover, 'line-color', colours.hover],
    [LAYER.selectedHalo, 'line-color', colours.selectedHalo],
    [LAYER.selected, 'line-color', colours.selected],
    [LAYER.idoPoints, 'circle-color', colours.idoPoint],
    [LAYER.idoPoints, 'circle-stroke-color', colours.idoPointStroke],
  ];
  for (const versionId of versionIdsShown) {
    const ids = versionIds(versionId);
    paint.push([ids.borders, 'line-color', colours.municipalityBorder], [ids.provinceBorders, 'line-color', colours.provinceBorder]);
  }
  return paint;
}
