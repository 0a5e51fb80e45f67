/**
 * SVG path strings straight from a TopoJSON's arcs. A border two
 * municipalities share is one arc: it is projected and written as text once,
 * and each ring is its arcs' pieces joined. Going through GeoJSON instead
 * (topojson's `feature`, then d3-geo's path) builds every ring's points as
 * objects and projects and formats each shared border twice: with warm code
 * this takes half the time (about 10 against 21 ms for the 2023 boundaries
 * on the benchmark machine). A first call on a cold page runs in V8's
 * interpreter and costs about the same either way.
 *
 * The strings are character for character what d3-geo's `geoPath` with
 * `digits` draws from `feature`/`mesh` of the same topology through the same
 * projection (svgMapGeometry.test.ts, on every boundary version as served):
 * `M x,y L x,y … Z` per ring, the ring's closing point left out, and lines
 * without `Z`. Points are projected one by one, without d3's spherical
 * pipeline, which Dutch shapes do not need (see svgMapGeometry.ts).
 */
import type { GeoProjection } from 'd3-geo';
import type { GeometryObject, MultiLineString as TopoMultiLineString, Topology } from 'topojson-specification';

/** Path strings of one topology in one projection; each arc is projected on first use. */
export class ArcPaths {
  readonly #topology: Topology;
  readonly #project: PointProjector;
  /** Where #project writes each point: one pair for the whole topology, not an array per point. */
  readonly #point: [number, number] = [0, 0];
  readonly #factor: number;
  /** Per arc: its points as `x,y` text, in the arc's own direction. */
  readonly #points: (string[] | undefined)[];
  /** Per arc: `Lx,yLx,y…` of every point but the last, forwards and backwards (`~i`). */
  readonly #forwards: (string | undefined)[] = [];
  readonly #backwards: (string | undefined)[] = [];

  constructor(topology: Topology, projection: GeoProjection, digits: number) {
    this.#topology = topology;
    this.#project = pointProjector(projection);
    this.#factor = 10 ** digits;
    this.#points = new Array(topology.arcs.length);
  }

  /** A Polygon's or MultiPolygon's path (`M…Z` per ring); '' for anything else, as d3 draws nothing for it. */
  area(geometry: GeometryObject): string {
    if (geometry.type === 'Polygon') return geometry.arcs.map((ring) => this.#ring(ring)).join('');
    if (geometry.type === 'MultiPolygon') return geometry.arcs.map((polygon) => polygon.map((ring) => this.#ring(ring)).join('')).join('');
    return '';
  }

  /** A MultiLineString's path (`M…L…` per line, no `Z`), as topojson's mesh gives it. */
  lines(geometry: Pick<TopoMultiLineString, 'arcs'>): string {
    return geometry.arcs.map((line) => this.#line(line)).join('');
  }

  #ring(arcs: number[]): string {
    // topojson pads a ring of fewer than four points with its first point; such a ring is drawn point by point.
    if (this.#pointCount(arcs) < 4) return this.#byPoints(arcs, 4, true);
    let pieces = '';
    for (const arc of arcs) pieces += this.#piece(arc);
    return `M${pieces.slice(1)}Z`;
  }

  #line(arcs: number[]): string {
    if (this.#pointCount(arcs) < 2) return this.#byPoints(arcs, 2, false);
    let pieces = '';
    for (const arc of arcs) pieces += this.#piece(arc);
    const last = arcs[arcs.length - 1]!;
    const points = this.#arcPoints(last);
    return `M${pieces.slice(1)}L${last < 0 ? points[0] : points[points.length - 1]}`;
  }

  /** How many points topojson's `line` gives for these arcs: each arc after the first shares its first point with the one before. */
  #pointCount(arcs: number[]): number {
    let count = 1;
    for (const arc of arcs) count += this.#arcPoints(arc).length - 1;
    return count;
  }

  /** The general case, for the rare short ring or line: topojson's points (padded to `least`), as d3-geo's path writes them. */
  #byPoints(arcs: number[], least: number, ring: boolean): string {
    const points: string[] = [];
    for (const arc of arcs) {
      const own = this.#arcPoints(arc);
      const ordered = arc < 0 ? [...own].reverse() : own;
      if (points.length) points.pop();
      points.push(...ordered);
    }
    while (points.length < least) points.push(points[0]!);
    // d3-geo leaves a ring's last point out (it is the first again).
    const drawn = ring ? points.slice(0, -1) : points;
    return `M${drawn.join('L')}${ring ? 'Z' : ''}`;
  }

  #piece(arc: number): string {
    if (arc >= 0) return (this.#forwards[arc] ??= piece(this.#arcPoints(arc), false));
    return (this.#backwards[~arc] ??= piece(this.#arcPoints(arc), true));
  }

  /** The arc's points as text, decoded and projected once (topojson's delta encoding and transform, then the projection). */
  #arcPoints(arc: number): string[] {
    const index = arc < 0 ? ~arc : arc;
    const known = this.#points[index];
    if (known) return known;
    const positions = this.#topology.arcs[index]!;
    const transform = this.#topology.transform;
    const factor = this.#factor;
    const text: string[] = new Array(positions.length);
    let x = 0;
    let y = 0;
    for (let k = 0; k < positions.length; k++) {
      const position = positions[k]!;
      let lon: number;
      let lat: number;
      if (transform) {
        // As topojson-client's transform, operation for operation, so the coordinates are the same floats.
        lon = (x += position[0]!) * transform.scale[0] + transform.translate[0];
        lat = (y += position[1]!) * transform.scale[1] + transform.translate[1];
      } else {
        [lon, lat] = position as [number, number];
      }
      const point = this.#project(lon, lat, this.#point);
      text[k] = `${Math.round(point[0] * factor) / factor},${Math.round(point[1] * factor) / factor}`;
    }
    this.#points[index] = text;
    return text;
  }
}

/** `Lp` for each point but the one the next arc starts with (the last in the direction of travel). */
function piece(points: readonly string[], backwards: boolean): string {
  let text = '';
  if (backwards) for (let k = points.length - 1; k > 0; k--) text += `L${points[k]}`;
  else for (let k = 0; k < points.length - 1; k++) text += `L${points[k]}`;
  return text;
}

/** Projections made by geoMercator() (svgMapGeometry.projectionForView registers its own): their raw projection is Mercator's. */
const PLAIN_MERCATOR_RAW = new WeakSet<GeoProjection>();
export function registerMercator(projection: GeoProjection): GeoProjection {
  PLAIN_MERCATOR_RAW.add(projection);
  return projection;
}

const RADIANS = Math.PI / 180;
const HALF_PI = Math.PI / 2;

/** Projects a lon/lat into `out` and returns it. */
type PointProjector = (lon: number, lat: number, out: [number, number]) => [number, number];

/**
 * The projection of one point at a time, without allocating. For the plain
 * Web Mercator the maps use (projectionForView: scale, centre, translation;
 * no rotation, angle or reflection) it does d3-geo's arithmetic, operation
 * for operation, so the floats are the same (svgMapGeometry.test.ts compares
 * the paths with d3-geo's on every boundary version): d3's projection builds
 * four arrays per point (rotation, raw projection, transform), about 1.8 MB
 * of garbage before the first map, and the geometry took 2–3 ms longer. Any
 * other projection goes through d3.
 */
function pointProjector(projection: GeoProjection): PointProjector {
  const [rotateLambda, rotatePhi, rotateGamma] = projection.rotate();
  const plainMercator =
    PLAIN_MERCATOR_RAW.has(projection) && !rotateLambda && !rotatePhi && !rotateGamma && !projection.angle() && !projection.reflectX() && !projection.reflectY();
  if (!plainMercator) {
    return (lon, lat, out) => {
      // Web Mercator gives every finite point a place (d3 returns null only for what it cannot project).
      [out[0], out[1]] = projection([lon, lat])!;
      return out;
    };
  }
  // d3-geo's projection: recenter() puts the centre's raw point at the translation, then transform(x, y) = [dx + k·x, dy − k·y].
  const k = projection.scale();
  const [translateX, translateY] = projection.translate();
  const [centreLon, centreLat] = projection.center();
  const centreX = 0 + k * (centreLon * RADIANS);
  const centreY = 0 - k * Math.log(Math.tan((HALF_PI + centreLat * RADIANS) / 2));
  const dx = translateX - centreX;
  const dy = translateY - centreY;
  return (lon, lat, out) => {
    let lambda = lon * RADIANS;
    // d3's identity rotation wraps longitudes beyond ±180°.
    if (Math.abs(lambda) > Math.PI) lambda -= Math.round(lambda / (2 * Math.PI)) * (2 * Math.PI);
    out[0] = dx + k * lambda;
    out[1] = dy - k * Math.log(Math.tan((HALF_PI + lat * RADIANS) / 2));
    return out;
  };
}
