/**
 * The map's indicators and their categories. A category list is ordered from
 * "most coverage" to "no data"; legends, tables and CSV use the same order.
 *
 * "No data" is never "none": a municipality gets `no-data` when the dataset
 * does not cover it for that quarter (before a programme's registration
 * started, or no organisation is registered as serving it), and `none` when
 * the data says the programme does not reach it.
 */
import type { Programme } from './types';

export const INDICATORS = ['ido', 'sek', 'belastingdienst', 'combined'] as const;
export type IndicatorId = (typeof INDICATORS)[number];

export const INDICATOR_CATEGORIES = {
  ido: ['ido-in-municipality', 'ido-elsewhere', 'ido-planned', 'none', 'no-data'],
  sek: ['sek-local', 'sek-national', 'none', 'no-data'],
  belastingdienst: ['bd-partner', 'none', 'no-data'],
  combined: ['reach-3', 'reach-2', 'reach-1', 'reach-0', 'no-data'],
} as const satisfies Record<IndicatorId, readonly string[]>;

export type IdoCategory = (typeof INDICATOR_CATEGORIES)['ido'][number];
export type SekCategory = (typeof INDICATOR_CATEGORIES)['sek'][number];
export type TaxCategory = (typeof INDICATOR_CATEGORIES)['belastingdienst'][number];
export type CombinedCategory = (typeof INDICATOR_CATEGORIES)['combined'][number];
/**
 * The change map mode (see changeComparison.ts): what happened to a
 * municipality's coverage between two quarters. "No data" on either side
 * stays "no data": a change from or to unknown is not a change we can claim.
 */
export const CHANGE_CATEGORIES = ['change-new', 'change-stopped', 'change-kept', 'change-none', 'no-data'] as const;
export type ChangeCategory = (typeof CHANGE_CATEGORIES)[number];

export type CategoryId = IdoCategory | SekCategory | TaxCategory | CombinedCategory | ChangeCategory;

/** Categories that count as "the programme reaches this municipality" in totals. */
export const COVERED_CATEGORIES: Record<IndicatorId, ReadonlySet<CategoryId>> = {
  ido: new Set<CategoryId>(['ido-in-municipality']),
  sek: new Set<CategoryId>(['sek-local', 'sek-national']),
  belastingdienst: new Set<CategoryId>(['bd-partner']),
  combined: new Set<CategoryId>(['reach-3', 'reach-2', 'reach-1']),
};

export function isIndicatorId(value: string): value is IndicatorId {
  return (INDICATORS as readonly string[]).includes(value);
}

/** The programme behind an indicator (the combined view has none). */
export function programmeOf(indicator: IndicatorId): Programme | null {
  return indicator === 'combined' ? null : indicator;
}
