/**
 * The map's own style: no tile server, no glyphs, no sprites. Municipalities
 * are coloured from feature-state (set per quarter), so changing the quarter
 * never touches the geometry.
 */
import type { FeatureCollection } from 'geojson';
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import { CATEGORY_COLOURS, CATEGORY_PATTERNS, MAP_COLOURS, MAP_THEMES, type PatternName, type ThemeName } from '../scales/palette';

export { CATEGORY_PATTERNS, type PatternName };

export const SOURCE = { municipalities: 'municipalities', provinces: 'province-borders', locations: 'ido-locations' } as const;
export const LAYER = {
  fill: 'municipality-fill',
  noDataHatch: 'municipality-no-data-hatch',
  borders: 'municipality-borders',
  provinces: 'province-borders',
  hover: 'municipality-hover',
  selected: 'municipality-selected',
  idoPoints: 'ido-points',
} as const;
export const HATCH_IMAGE = 'no-data-hatch';



const category: ExpressionSpecification = ['to-string', ['feature-state', 'category']];

/** `match` from category id to colour; an unset state draws as "no data". */
function categoryColourExpression(): ExpressionSpecification {
  const pairs = Object.entries(CATEGORY_COLOURS).flat();
  return ['match', category, ...pairs, CATEGORY_COLOURS['no-data']] as unknown as ExpressionSpecification;
}

const emptyCollection = (): FeatureCollection => ({ type: 'FeatureCollection', features: [] });

export function createMapStyle(): StyleSpecification {
  return {
    version: 8,
    sources: {
      [SOURCE.municipalities]: { type: 'geojson', data: emptyCollection(), promoteId: 'code' },
      [SOURCE.provinces]: { type: 'geojson', data: emptyCollection() },
      [SOURCE.locations]: { type: 'geojson', data: emptyCollection(), promoteId: 'id' },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': MAP_COLOURS.background } },
      { id: LAYER.fill, type: 'fill', source: SOURCE.municipalities, paint: { 'fill-color': categoryColourExpression(), 'fill-antialias': true } },
      {
        id: LAYER.noDataHatch,
        type: 'fill',
        source: SOURCE.municipalities,
        paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': ['case', ['==', category, 'no-data'], 1, ['==', category, ''], 1, 0] },
      },
      ...(Object.keys(CATEGORY_PATTERNS) as PatternName[]).map((pattern) => ({
        id: `municipality-${pattern}`,
        type: 'fill' as const,
        source: SOURCE.municipalities,
        layout: { visibility: 'none' as const },
        paint: {
          'fill-pattern': pattern,
          'fill-opacity': ['case', ['in', category, ['literal', [...CATEGORY_PATTERNS[pattern]]]], 1, 0] as ExpressionSpecification,
        },
      })),
      { id: LAYER.borders, type: 'line', source: SOURCE.municipalities, paint: { 'line-color': MAP_COLOURS.municipalityBorder, 'line-width': 0.6 } },
      { id: LAYER.provinces, type: 'line', source: SOURCE.provinces, paint: { 'line-color': MAP_COLOURS.provinceBorder, 'line-width': 1.4 } },
      {
        id: LAYER.hover,
        type: 'line',
        source: SOURCE.municipalities,
        paint: { 'line-color': MAP_COLOURS.hover, 'line-width': 2, 'line-opacity': ['case', ['boolean', ['feature-state', 'hover'], false], 1, 0] },
      },
      {
        id: LAYER.selected,
        type: 'line',
        source: SOURCE.municipalities,
        paint: { 'line-color': MAP_COLOURS.selected, 'line-width': 3.5, 'line-opacity': ['case', ['boolean', ['feature-state', 'selected'], false], 1, 0] },
      },
      {
        id: LAYER.idoPoints,
        type: 'circle',
        source: SOURCE.locations,
        paint: {
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, 2.5, 10, 6],
          'circle-color': MAP_COLOURS.idoPoint,
          'circle-stroke-color': MAP_COLOURS.idoPointStroke,
          'circle-stroke-width': 1.5,
          // Only open desks show; opacity from feature-state keeps the point geometry uploaded once.
          'circle-opacity': ['case', ['boolean', ['feature-state', 'open'], false], 1, 0],
          'circle-stroke-opacity': ['case', ['boolean', ['feature-state', 'open'], false], 1, 0],
        },
      },
    ],
  };
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

/** The paint properties that follow the theme, as [layer, property, value]. */
export function themePaint(theme: ThemeName): [string, string, string][] {
  const colours = MAP_THEMES[theme];
  return [
    ['background', 'background-color', colours.background],
    [LAYER.borders, 'line-color', colours.municipalityBorder],
    [LAYER.provinces, 'line-color', colours.provinceBorder],
    [LAYER.hover, 'line-color', colours.hover],
    [LAYER.selected, 'line-color', colours.selected],
    [LAYER.idoPoints, 'circle-color', colours.idoPoint],
    [LAYER.idoPoints, 'circle-stroke-color', colours.idoPointStroke],
  ];
}
