/**
 * Pointer and keyboard on the MapLibre map, and which of its moves are the
 * user's. MapLibre pans and zooms by itself; this adds hover (municipality
 * and open IDO point), click to select, Enter to open the selection or the
 * municipality under the centre crosshair, and the arrows moving a selection
 * to its neighbour (mapKeys, as on the SVG map). Moves made by the app
 * (`moveProgrammatically`) and resizes are not reported as the user's view.
 */
import type { Map as MapLibreMap, MapLayerMouseEvent, MapMouseEvent } from 'maplibre-gl';
import type { MapView } from '../domain/types';
import { enterTarget, selectionArrow, type Direction } from './mapKeys';
import type { MapLibreScene } from './mapLibreScene';

type Hover<K extends string> = ({ x: number; y: number } & Record<K, string>) | null;

export interface MapLibreInputHost {
  selectedCode(): string | null;
  /** Whether the IDO points are drawn, and which are open (only those answer the pointer). */
  locations(): { shown: boolean; open: ReadonlySet<string> };
  onHover(hover: Hover<'code'>): void;
  /** Absent: nobody listens, so the points are not even looked for. */
  onLocationHover: ((hover: Hover<'id'>) => void) | undefined;
  onSelect(code: string): void;
  onCentreChange(code: string | null): void;
  onArrowFromSelection(direction: Direction): void;
  onViewChange(view: MapView): void;
  /** The hovered municipality changed: its outline follows. */
  onHoverOutline(code: string | null): void;
  /** Keyboard focus arrived or left: the crosshair shows while it is there. */
  onKeyboardFocus(focused: boolean): void;
}

export class MapLibreInput {
  /** The municipality under the pointer. */
  hoveredCode: string | null = null;
  #keyboardFocus = false;
  #programmaticMove = false;
  readonly #dispose: () => void;

  constructor(scene: MapLibreScene, host: MapLibreInputHost) {
    const map: MapLibreMap = scene.map;
    const canvas = map.getCanvas();
    map.on('mousemove', (event: MapLayerMouseEvent) => {
      const code = scene.codeAt(event.point);
      if (code === this.hoveredCode) {
        if (code) host.onHover({ code, x: event.point.x, y: event.point.y });
        return;
      }
      this.setHover(code, host);
      canvas.style.cursor = code ? 'pointer' : '';
      host.onHover(code ? { code, x: event.point.x, y: event.point.y } : null);
    });
    map.on('mouseout', () => {
      this.setHover(null, host);
      canvas.style.cursor = '';
      host.onHover(null);
    });
    // IDO points are small: a few pixels around the pointer count, and only open desks (the others are drawn transparent).
    let hoveredLocation: string | null = null;
    map.on('mousemove', (event: MapMouseEvent) => {
      if (!host.onLocationHover) return;
      const { shown, open } = host.locations();
      const id = shown ? scene.openLocationNear(event.point, open) : null;
      if (id === null && hoveredLocation === null) return;
      hoveredLocation = id;
      host.onLocationHover(id ? { id, x: event.point.x, y: event.point.y } : null);
    });
    map.on('mouseout', () => {
      if (hoveredLocation !== null) host.onLocationHover?.(null);
      hoveredLocation = null;
    });
    map.on('click', (event: MapLayerMouseEvent) => {
      const code = scene.codeAt(event.point);
      if (code) host.onSelect(code);
    });

    const reportCentre = () => {
      if (this.#keyboardFocus) host.onCentreChange(scene.codeAtCentre());
    };
    // With a municipality selected, the arrows move the selection to a neighbour instead of panning (before MapLibre hears them).
    const onArrow = (event: KeyboardEvent) => {
      const direction = selectionArrow(event, host.selectedCode());
      if (!direction) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      host.onArrowFromSelection(direction);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const code = enterTarget(event, host.selectedCode(), () => scene.codeAtCentre());
      if (code) {
        event.preventDefault();
        host.onSelect(code);
      }
    };
    const onFocus = () => {
      this.#keyboardFocus = canvas.matches(':focus-visible');
      host.onKeyboardFocus(this.#keyboardFocus);
      reportCentre();
    };
    const onBlur = () => {
      this.#keyboardFocus = false;
      host.onKeyboardFocus(false);
      host.onCentreChange(null);
    };
    canvas.addEventListener('keydown', onArrow, { capture: true });
    canvas.addEventListener('keydown', onKeyDown);
    canvas.addEventListener('focus', onFocus);
    canvas.addEventListener('blur', onBlur);
    map.on('moveend', reportCentre);
    // A resize (the layout changed, e.g. presentation mode) fires moveend right after 'resize', in the same task.
    let resizing = false;
    map.on('resize', () => {
      resizing = true;
      queueMicrotask(() => (resizing = false));
    });
    map.on('moveend', () => {
      // Only moves by the user belong in the URL, not ours (zoom to a search result, keep a selection in view) nor a resize.
      if (this.#programmaticMove) {
        this.#programmaticMove = false;
        return;
      }
      if (resizing) return;
      const centre = map.getCenter();
      host.onViewChange({ lon: centre.lng, lat: centre.lat, zoom: map.getZoom() });
    });
    this.#dispose = () => {
      canvas.removeEventListener('keydown', onArrow, { capture: true });
      canvas.removeEventListener('keydown', onKeyDown);
      canvas.removeEventListener('focus', onFocus);
      canvas.removeEventListener('blur', onBlur);
    };
  }

  setHover(code: string | null, host: Pick<MapLibreInputHost, 'onHoverOutline'>): void {
    if (this.hoveredCode === code) return;
    this.hoveredCode = code;
    host.onHoverOutline(code);
  }

  /**
   * A move of ours, not the user's: its moveend is not reported as a view. An
   * instant move ends within the call; an animated one at its moveend.
   */
  moveProgrammatically(animated: boolean, move: () => void): void {
    this.#programmaticMove = true;
    move();
    if (!animated) this.#programmaticMove = false;
  }

  dispose(): void {
    this.#dispose();
  }
}
