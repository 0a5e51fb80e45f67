/**
 * What MapLibre holds, and only the difference sent on each change: a
 * boundary version's sources and layers are added the first time it is shown
 * and afterwards only shown or hidden; categories and open IDO desks are
 * feature-state set only where they changed; the hovered and selected
 * outlines are the only shapes of one small source. `changed` tells whenIdle
 * that a frame is still to come.
 */
import type { ExpressionSpecification, GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { BoundaryLayers } from '../data/topologyToLayers';
import type { CategoryId } from '../domain/indicators';
import type { ThemeName } from '../scales/palette';
import { HIGHLIGHT_FADED_OPACITY, SELECTION_OUTLINE } from './mapDefaults';
import { CATEGORY_PATTERNS, FIRST_SHARED_LAYER, LAYER, SOURCE, themePaint, versionIds, versionLayerVisible, versionLayers, versionSources, type PatternName } from './mapStyle';

export class MapLibreScene {
  readonly map: MapLibreMap;
  /** The boundary version on screen. */
  shownVersion: string | null = null;
  /** Something was handed to MapLibre since its last idle: whenIdle waits for the frame that shows it. */
  changed = false;
  /** Per boundary version added to the map: the category state set on its source. */
  readonly #appliedCategories = new Map<string, Map<string, CategoryId>>();
  readonly #appliedOpen = new Set<string>();
  #highlighted = { hover: null as string | null, selected: null as string | null, version: null as string | null };

  constructor(map: MapLibreMap) {
    this.map = map;
    map.on('idle', () => (this.changed = false));
  }

  /** The versions whose layers are on the map (shown or hidden). */
  get versions(): IterableIterator<string> {
    return this.#appliedCategories.keys();
  }

  /** Shows a boundary version (adding its sources and layers the first time) and sets the categories that changed. */
  showCategories(shown: BoundaryLayers, categories: ReadonlyMap<string, CategoryId>, theme: ThemeName, showPatterns: boolean): void {
    if (shown.versionId !== this.shownVersion) this.#showVersion(shown, theme, showPatterns);
    const applied = this.#appliedCategories.get(shown.versionId)!;
    const source = versionIds(shown.versionId).municipalities;
    for (const [code, category] of categories) {
      if (applied.get(code) === category) continue;
      this.map.setFeatureState({ source, id: code }, { category });
      applied.set(code, category);
      this.changed = true;
    }
  }

  #showVersion(shown: BoundaryLayers, theme: ThemeName, showPatterns: boolean) {
    const id = shown.versionId;
    if (!this.#appliedCategories.has(id)) {
      for (const [sourceId, source] of versionSources(shown)) this.map.addSource(sourceId, source);
      for (const layer of versionLayers(id, theme, showPatterns)) this.map.addLayer(layer, FIRST_SHARED_LAYER);
      this.#appliedCategories.set(id, new Map());
    }
    for (const version of this.#appliedCategories.keys()) {
      for (const layer of versionLayers(version, theme, showPatterns)) {
        const visible = version === id && versionLayerVisible(layer.id, version, showPatterns);
        this.map.setLayoutProperty(layer.id, 'visibility', visible ? 'visible' : 'none');
      }
    }
    this.shownVersion = id;
    this.changed = true;
  }

  /** The hovered and the selected municipality, as the only shapes of the highlight source. */
  highlight(layers: BoundaryLayers, hover: string | null, selected: string | null): void {
    const wanted = { hover, selected, version: this.shownVersion };
    const was = this.#highlighted;
    if (wanted.hover === was.hover && wanted.selected === was.selected && wanted.version === was.version) return;
    this.#highlighted = wanted;
    const features = layers.municipalities.features;
    const outline = (code: string | null, role: string) => {
      const shape = code ? features.find((f) => f.properties.code === code) : undefined;
      return shape ? [{ type: 'Feature' as const, geometry: shape.geometry, properties: { role } }] : [];
    };
    (this.map.getSource(SOURCE.highlight) as GeoJSONSource).setData({ type: 'FeatureCollection', features: [...outline(hover, 'hover'), ...outline(selected, 'selected')] });
    this.changed = true;
  }

  /** Every location of a dataset, uploaded once; no "open" state carries over from another dataset (ids may repeat). */
  setLocations(points: FeatureCollection<Point, { id: string }>): void {
    (this.map.getSource(SOURCE.locations) as GeoJSONSource).setData(points);
    this.map.removeFeatureState({ source: SOURCE.locations });
    this.#appliedOpen.clear();
    this.changed = true;
  }

  /** The IDO points' visibility, and "open" flipped only for the locations whose desk opened or closed. */
  showOpenLocations(open: ReadonlySet<string>, visible: boolean): void {
    const visibility = visible ? 'visible' : 'none';
    if (this.map.getLayoutProperty(LAYER.idoPoints, 'visibility') !== visibility) {
      this.map.setLayoutProperty(LAYER.idoPoints, 'visibility', visibility);
      this.changed = true;
    }
    for (const id of this.#appliedOpen) {
      if (open.has(id)) continue;
      this.map.setFeatureState({ source: SOURCE.locations, id }, { open: false });
      this.#appliedOpen.delete(id);
      this.changed = true;
    }
    for (const id of open) {
      if (this.#appliedOpen.has(id)) continue;
      this.map.setFeatureState({ source: SOURCE.locations, id }, { open: true });
      this.#appliedOpen.add(id);
      this.changed = true;
    }
  }

  /** The selection outline at this many times its width (SELECTION_OUTLINE): a large slide on a projector. */
  setOutlineScale(scale: number): void {
    this.map.setPaintProperty(LAYER.selectedHalo, 'line-width', SELECTION_OUTLINE.halo * scale);
    this.map.setPaintProperty(LAYER.selected, 'line-width', SELECTION_OUTLINE.line * scale);
    this.changed = true;
  }

  /** The theme's colours on every layer whose paint differs. */
  setTheme(theme: ThemeName): void {
    for (const [layer, property, value] of themePaint(theme, this.#appliedCategories.keys())) {
      const name = property as Parameters<MapLibreMap['setPaintProperty']>[1];
      if (this.map.getPaintProperty(layer, name) === value) continue;
      this.map.setPaintProperty(layer, name, value);
      this.changed = true;
    }
  }

  /** One paint expression on the category state on every version's fill layer: a legend choice never touches the features. */
  fadeAllBut(category: CategoryId | null): void {
    const opacity: ExpressionSpecification | number = category ? ['case', ['==', ['to-string', ['feature-state', 'category']], category], 1, HIGHLIGHT_FADED_OPACITY] : 1;
    for (const version of this.#appliedCategories.keys()) this.map.setPaintProperty(versionIds(version).fill, 'fill-opacity', opacity);
    this.changed = true;
  }

  /** The pattern overlay of the version on screen. */
  showPatterns(visible: boolean): void {
    if (!this.shownVersion) return;
    for (const pattern of Object.keys(CATEGORY_PATTERNS) as PatternName[]) {
      const layer = versionIds(this.shownVersion).pattern(pattern);
      const visibility = visible ? 'visible' : 'none';
      if (this.map.getLayoutProperty(layer, 'visibility') === visibility) continue;
      this.map.setLayoutProperty(layer, 'visibility', visibility);
      this.changed = true;
    }
  }

  /** The municipality at a point of the canvas, on the version shown. */
  codeAt(point: { x: number; y: number }): string | null {
    if (!this.shownVersion) return null;
    const feature = this.map.queryRenderedFeatures([point.x, point.y], { layers: [versionIds(this.shownVersion).fill] })[0];
    return (feature?.properties?.['code'] as string | undefined) ?? null;
  }

  /** The municipality under the centre crosshair. */
  codeAtCentre(): string | null {
    return this.codeAt(this.map.project(this.map.getCenter()));
  }

  /** The open IDO location within a few pixels of a point (the points are small). */
  openLocationNear(point: { x: number; y: number }, open: ReadonlySet<string>): string | null {
    const { x, y } = point;
    const near = this.map.queryRenderedFeatures([[x - 5, y - 5], [x + 5, y + 5]], { layers: [LAYER.idoPoints] });
    return near.map((f) => f.properties?.['id'] as string | undefined).find((candidate) => candidate !== undefined && open.has(candidate)) ?? null;
  }

  /** Municipality codes in the shown version's source: what is drawn. */
  drawnCodes(): string[] {
    if (!this.shownVersion) return [];
    return [...new Set(this.map.querySourceFeatures(versionIds(this.shownVersion).municipalities).map((f) => String(f.properties?.['code'])))].sort();
  }
}
