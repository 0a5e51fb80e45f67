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
import { HIGHLIGHT_FADED_OPACITY } from './mapDefaults';

/** What one path shows: its fill (a colour or a pattern reference), its category, and whether it is faded behind a highlight. */
export interface PathPaint {
  fill: string;
  category: CategoryId;
  faded: boolean;
}

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
 * wrote for `municipalities`, in their order.
 * Writes only what changed: a quarter step touches the municipalities whose
 * category changed, not all 342.
 */
export function paintMunicipalityPaths(paths: ArrayLike<Element>, municipalities: readonly { code: string }[], paintOf: (code: string) => PathPaint): void {
  if (paths.length !== municipalities.length) throw new Error(`paintMunicipalityPaths: ${paths.length} paths for ${municipalities.length} municipalities`);
  for (let i = 0; i < municipalities.length; i++) {
    const path = paths[i]!;
    const paint = paintOf(municipalities[i]!.code);
    setIfChanged(path, 'fill', paint.fill);
    setIfChanged(path, 'data-category', paint.category);
    setIfChanged(path, 'fill-opacity', paint.faded ? String(HIGHLIGHT_FADED_OPACITY) : null);
  }
}
