/**
 * The map's tooltip (pure): an open IDO point under the pointer says its
 * location, organisation and since when its desk is open; otherwise the
 * municipality under the pointer says what the map shows for it.
 */
import type { CategoryId, IndicatorId } from '../domain/indicators';
import type { DatasetIndex, QuarterCoverage } from '../domain/coverage';
import { getLocationTooltip } from '../domain/locationTooltip';
import type { Message } from '../domain/message';
import type { Quarter } from '../domain/quarter';
import { municipalityTooltip } from '../domain/tooltip';

type At = { x: number; y: number };

export interface ScreenTooltip {
  x: number;
  y: number;
  title: string;
  lines: Message[];
}

export interface TooltipInput {
  hover: (At & { code: string }) | null;
  locationHover: (At & { id: string }) | null;
  index: DatasetIndex | undefined;
  coverage: QuarterCoverage | null;
  quarter: Quarter | null;
  indicator: IndicatorId;
  /** The category the map shows per municipality (the change mode's too). */
  shownCategories: ReadonlyMap<string, CategoryId> | undefined;
  municipalityName: (code: string) => string;
}

export function screenTooltip({ hover, locationHover, index, coverage, quarter, indicator, shownCategories, municipalityName }: TooltipInput): ScreenTooltip | null {
  const location = locationHover && index && quarter !== null ? getLocationTooltip(index, locationHover.id, quarter, municipalityName) : null;
  if (locationHover && location) {
    const since: Message[] =
      location.since !== null && location.status ? [{ key: 'tooltip.location.since', params: { status: { key: `ido.status.${location.status}` }, quarter: { quarter: location.since } } }] : [];
    return { x: locationHover.x, y: locationHover.y, title: location.name, lines: [{ key: 'tooltip.location.organisation', params: { name: location.organisationName } }, ...since] };
  }
  const item = hover ? coverage?.byCode.get(hover.code) : undefined;
  if (!hover || !item) return null;
  return { x: hover.x, y: hover.y, ...municipalityTooltip(item, indicator, shownCategories?.get(item.municipality.code) ?? item.categories[indicator]) };
}
