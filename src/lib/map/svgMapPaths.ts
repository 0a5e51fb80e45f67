/**
 * The municipalities of the map without WebGL: their paths written as one
 * piece of markup (geometry only, once per boundary version), and their fills
 * set on those elements when the quarter, indicator or highlight changes.
 *
 * Why not a keyed `{#each}` with an attribute effect per path: on a cold page
 * that made 342 items and 342 effects on the first map's path (about 20 ms of
 * the mount on the benchmark machine, plus the block's own bookkeeping), and
 * every quarter step ran all 342 effects. One string parsed by the browser
 * and one loop that writes only the attributes that changed do the same work
 * with none of that.
 */
import type { CategoryId } from '../domain/indicators';

/** What one path shows: its fill (a colour or a pattern reference), its category, and whether it is faded behind a highlight. */
export interface PathPaint {
  fill: string;
  category: CategoryId;
  faded: boolean;
}

/** The opacity of a path faded behind a highlighted category (as on the WebGL map). */
export const FADED_OPACITY = '0.15';

// A few lines of its own, like the export's and the embed snippet's: shared, they became a chunk of their own on the
// first map's path (the map, the export and the embed dialog load apart).
const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };
const escapeAttribute = (value: string) => value.replace(/[&"<>]/g, (c) => ATTRIBUTE_ESCAPES[c]!);

/**
 * One `<path>` per municipality, in the given order, with its code and shape;
 * no fill yet (paintMunicipalityPaths gives it), so the markup is the same
 * for every quarter and is parsed once per boundary version.
 */
export function municipalityPathsMarkup(municipalities: readonly { code: string; d: string }[]): string {
  return municipalities.map((m) => `<path d="${escapeAttribute(m.d)}" data-code="${escapeAttribute(m.code)}" vector-effect="non-scaling-stroke"></path>`).join('');
}

function setIfChanged(element: Element, name: string, value: string | null) {
  if (element.getAttribute(name) === value) return;
  if (value === null) element.removeAttribute(name);
  else element.setAttribute(name, value);
}

/**
 * Gives each path its paint; `paths` are the elements municipalityPathsMarkup
 * wrote, in its order, and `codes` the municipalities' codes in that order.
 * Writes only what changed: a quarter step touches the municipalities whose
 * category changed, not all 342.
 */
export function paintMunicipalityPaths(paths: ArrayLike<Element>, codes: readonly string[], paintOf: (code: string) => PathPaint): void {
  if (paths.length !== codes.length) throw new Error(`paintMunicipalityPaths: ${paths.length} paths for ${codes.length} municipalities`);
  for (let i = 0; i < codes.length; i++) {
    const path = paths[i]!;
    const paint = paintOf(codes[i]!);
    setIfChanged(path, 'fill', paint.fill);
    setIfChanged(path, 'data-category', paint.category);
    setIfChanged(path, 'fill-opacity', paint.faded ? FADED_OPACITY : null);
  }
}
