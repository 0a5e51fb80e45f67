/**
 * The SVG map's pointer: a drag pans, a press and release without moving
 * selects, hovering reports the municipality and the open IDO point under
 * the pointer, and the wheel zooms towards it (the URL hears of a wheel zoom
 * once the wheel rests). The map hands in what it knows as a host.
 */
import type { MapView } from '../domain/types';
import { zoomViewAt } from './svgMapGeometry';
import { PointerGesture, pointAt, type ScreenPoint } from './svgMapView';

type Hover<K extends string> = ({ x: number; y: number } & Record<K, string>) | null;

export interface SvgPointerHost {
  svg(): SVGSVGElement;
  view(): MapView | null;
  size(): { width: number; height: number };
  /** The IDO points on screen. */
  points(): readonly ScreenPoint[];
  setView(next: MapView, report: boolean): void;
  /** The municipality to outline as hovered. */
  setHovered(code: string | null): void;
  onHover(hover: Hover<'code'>): void;
  onLocationHover(hover: Hover<'id'>): void;
  onSelect(code: string): void;
  onViewChange(view: MapView): void;
  zoomRange: [number, number];
}

export class SvgMapPointer {
  readonly #host: SvgPointerHost;
  readonly #gesture = new PointerGesture();
  #hoveredLocation: string | null = null;
  #wheelTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: SvgPointerHost) {
    this.#host = host;
  }

  #local(event: PointerEvent | WheelEvent) {
    const box = this.#host.svg().getBoundingClientRect();
    return { x: event.clientX - box.left, y: event.clientY - box.top };
  }

  /** The municipality under the pointer (the IDO points let the pointer through). */
  #codeOf(event: PointerEvent): string | null {
    const target = event.target instanceof Element ? event.target : null;
    return target?.closest('path[data-code]')?.getAttribute('data-code') ?? null;
  }

  down = (event: PointerEvent): void => {
    const view = this.#host.view();
    if (!view || event.button !== 0) return;
    const at = this.#local(event);
    this.#gesture.down(at.x, at.y, view, this.#codeOf(event));
    this.#host.svg().setPointerCapture(event.pointerId);
  };

  move = (event: PointerEvent): void => {
    const at = this.#local(event);
    if (this.#gesture.active) {
      const next = this.#gesture.move(at.x, at.y);
      if (next) this.#host.setView(next, false);
      return;
    }
    const code = this.#codeOf(event);
    this.#host.setHovered(code);
    this.#host.onHover(code ? { code, x: at.x, y: at.y } : null);
    // An IDO point under the pointer (as on the WebGL map).
    const location = pointAt(this.#host.points(), at.x, at.y)?.id ?? null;
    if (location !== this.#hoveredLocation) {
      this.#hoveredLocation = location;
      this.#host.onLocationHover(location ? { id: location, x: at.x, y: at.y } : null);
    } else if (location) this.#host.onLocationHover({ id: location, x: at.x, y: at.y });
  };

  up = (event: PointerEvent): void => {
    const press = this.#gesture.up();
    if (!press) return;
    const svg = this.#host.svg();
    if (svg.hasPointerCapture(event.pointerId)) svg.releasePointerCapture(event.pointerId);
    const view = this.#host.view();
    if (press.moved && view) this.#host.onViewChange(view);
    else if (press.code) this.#host.onSelect(press.code);
  };

  leave = (): void => {
    if (this.#gesture.active) return;
    this.#host.setHovered(null);
    this.#host.onHover(null);
    if (this.#hoveredLocation) this.#host.onLocationHover(null);
    this.#hoveredLocation = null;
  };

  wheel = (event: WheelEvent): void => {
    const view = this.#host.view();
    if (!view) return;
    event.preventDefault();
    const at = this.#local(event);
    const { width, height } = this.#host.size();
    this.#host.setView(zoomViewAt(view, view.zoom - event.deltaY / 450, at.x, at.y, width, height, ...this.#host.zoomRange), false);
    clearTimeout(this.#wheelTimer);
    this.#wheelTimer = setTimeout(() => {
      const rested = this.#host.view();
      if (rested) this.#host.onViewChange(rested);
    }, 250);
  };

  dispose(): void {
    clearTimeout(this.#wheelTimer);
  }
}
