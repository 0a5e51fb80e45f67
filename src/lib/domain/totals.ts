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
  /**
   * Residents (1 January 2022) of covered municipalities with a known
   * population, and of pure merge groups whose members share a category
   * (`merged` municipalities counted that way, in `mergeGroups` groups).
   * The `…Unknown` municipalities are in neither `covered` nor `total`.
   */
  population: { covered: number; total: number; coveredUnknown: number; totalUnknown: number; merged: number; mergeGroups: number };
  /** Null when the indicator's programme (for the combined view: any programme) is not registered in the quarter: no data, not zero. */
  organisations: { participating: number; total: number } | null;
  /** Null when IDO is not registered in the quarter. */
  openIdoLocations: number | null;
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
  const population = { covered: 0, total: 0, coveredUnknown: 0, totalUnknown: 0, merged: 0, mergeGroups: 0 };
  const items = include ? coverage.municipalities.filter(include) : coverage.municipalities;

  // Pure merges (populationBase.ts): the group's residents when every member is here and in one category.
  const countedInGroup = new Set<string>();
  for (const group of coverage.mergeGroups) {
    const members = group.codes.map((code) => coverage.byCode.get(code)).filter((m): m is MunicipalityCoverage => m !== undefined && (!include || include(m)));
    if (members.length !== group.codes.length) continue;
    const category = members[0]!.categories[indicator];
    if (!members.every((m) => m.categories[indicator] === category)) continue;
    for (const member of members) countedInGroup.add(member.municipality.code);
    population.total += group.population;
    if (covered.has(category)) population.covered += group.population;
    population.merged += members.length;
    population.mergeGroups++;
  }

  for (const item of items) {
    const category = item.categories[indicator];
    categoryCounts.set(category, (categoryCounts.get(category) ?? 0) + 1);
    const isCovered = covered.has(category);
    const residents = item.municipality.population;
    municipalities.total++;
    if (category === 'no-data') municipalities.noData++;
    if (isCovered) municipalities.covered++;
    if (countedInGroup.has(item.municipality.code)) continue;
    if (residents === null) {
      population.totalUnknown++;
      if (isCovered) population.coveredUnknown++;
    } else {
      population.total += residents;
      if (isCovered) population.covered += residents;
    }
  }

  const programmes = indicator === 'combined' ? (['ido', 'sek', 'belastingdienst'] as const) : [indicator];
  const organisationsKnown = programmes.every((programme) => coverage.registered[programme]);
  return {
    indicator,
    categoryCounts,
    municipalities,
    population,
    organisations: !organisationsKnown
      ? null
      : include
        ? areaOrganisations(items, coverage, indicator)
        : { participating: participatingOrganisations(coverage, indicator), total: coverage.organisationIds.length },
    openIdoLocations: !coverage.registered.ido ? null : include ? items.reduce((sum, item) => sum + item.openIdoLocationIds.length, 0) : coverage.openIdoLocations.length,
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

function areaOrganisations(items: readonly MunicipalityCoverage[], coverage: QuarterCoverage, indicator: IndicatorId): NonNullable<IndicatorTotals['organisations']> {
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
