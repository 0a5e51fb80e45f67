/**
 * National totals for one indicator and quarter, derived from the same
 * QuarterCoverage the map is coloured from, so the legend, the totals and the
 * table can never disagree.
 */
import type { MunicipalityCoverage, QuarterCoverage } from './coverage';
import { COVERED_CATEGORIES, INDICATOR_CATEGORIES, type CategoryId, type IndicatorId } from './indicators';

export interface IndicatorTotals {
  indicator: IndicatorId;
  categoryCounts: Map<CategoryId, number>;
  municipalities: { covered: number; total: number; noData: number };
  /** Residents of covered municipalities with a known population; `coveredUnknown` municipalities are not in `covered`. */
  population: { covered: number; total: number; coveredUnknown: number; totalUnknown: number };
  organisations: { participating: number; total: number };
  openIdoLocations: number;
}

/**
 * Totals of the municipalities `include` accepts (all when omitted). For an
 * area (a province, a municipality and its predecessors) the organisations
 * are those serving or registering for a municipality in it, and their
 * participation is counted among them; nationally every organisation of the
 * quarter counts, as the published figures do.
 */
export function getIndicatorTotals(coverage: QuarterCoverage, indicator: IndicatorId, include?: (item: MunicipalityCoverage) => boolean): IndicatorTotals {
  const covered = COVERED_CATEGORIES[indicator];
  const categoryCounts = new Map<CategoryId, number>(INDICATOR_CATEGORIES[indicator].map((c) => [c, 0]));
  const municipalities = { covered: 0, total: 0, noData: 0 };
  const population = { covered: 0, total: 0, coveredUnknown: 0, totalUnknown: 0 };
  const items = include ? coverage.municipalities.filter(include) : coverage.municipalities;

  for (const item of items) {
    const category = item.categories[indicator];
    categoryCounts.set(category, (categoryCounts.get(category) ?? 0) + 1);
    const isCovered = covered.has(category);
    const residents = item.municipality.population;
    municipalities.total++;
    if (category === 'no-data') municipalities.noData++;
    if (isCovered) municipalities.covered++;
    if (residents === null) {
      population.totalUnknown++;
      if (isCovered) population.coveredUnknown++;
    } else {
      population.total += residents;
      if (isCovered) population.covered += residents;
    }
  }

  return {
    indicator,
    categoryCounts,
    municipalities,
    population,
    organisations: include ? areaOrganisations(items, coverage, indicator) : { participating: participatingOrganisations(coverage, indicator), total: coverage.organisationIds.length },
    openIdoLocations: include ? items.reduce((sum, item) => sum + item.openIdoLocationIds.length, 0) : coverage.openIdoLocations.length,
  };
}

function participatingOrganisations(coverage: QuarterCoverage, indicator: IndicatorId): number {
  switch (indicator) {
    case 'ido':
      return coverage.idoOrganisationIds.size;
    case 'sek':
      return coverage.sekOrganisationIds.size;
    case 'belastingdienst':
      return coverage.taxPartnerOrganisationIds.size;
    case 'combined':
      return new Set([...coverage.idoOrganisationIds, ...coverage.sekOrganisationIds, ...coverage.taxPartnerOrganisationIds]).size;
  }
}

function areaOrganisations(items: readonly MunicipalityCoverage[], coverage: QuarterCoverage, indicator: IndicatorId): IndicatorTotals['organisations'] {
  const all = new Set<string>();
  const ido = new Set<string>();
  const sek = new Set<string>();
  const tax = new Set<string>();
  for (const item of items) {
    for (const id of item.servingOrganisationIds) {
      all.add(id);
      if (coverage.idoOrganisationIds.has(id)) ido.add(id);
    }
    // An organisation may register a municipality on the SEK without serving it: it still works in the area.
    for (const id of item.sekOrganisationIds) {
      all.add(id);
      sek.add(id);
    }
    for (const id of item.taxPartnerOrganisationIds) tax.add(id);
  }
  const participating = { ido, sek, belastingdienst: tax, combined: new Set([...ido, ...sek, ...tax]) }[indicator];
  return { participating: participating.size, total: all.size };
}

/**
 * Which published indicator (gepubliceerde-cijfers.csv) each total can be
 * checked against, per map indicator. Null where nothing was published.
 */
export const PUBLISHED_COUNTERPARTS: Record<IndicatorId, { municipalities: string | null; organisations: string | null; openIdoLocations: string | null }> = {
  ido: { municipalities: 'ido_gemeenten', organisations: 'ido_organisaties', openIdoLocations: 'ido_locaties' },
  sek: { municipalities: 'sek_gemeenten', organisations: 'sek_organisaties', openIdoLocations: 'ido_locaties' },
  belastingdienst: { municipalities: null, organisations: 'bd_convenant_organisaties', openIdoLocations: 'ido_locaties' },
  combined: { municipalities: null, organisations: null, openIdoLocations: 'ido_locaties' },
};
