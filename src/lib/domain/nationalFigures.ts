/**
 * The national figures of a quarter in the terms of the published figures
 * (gepubliceerde-cijfers.csv), computed from the same QuarterCoverage that
 * colours the map. The calibration test compares them with the publications,
 * and the totals panel shows them side by side.
 */
import type { QuarterCoverage } from './coverage';
import type { Quarter } from './quarter';

/** Published indicators that are programme targets, not measurements of the data. */
export const TARGET_INDICATORS = new Set(['ido_doel_organisaties']);

export type NationalFigures = Record<string, number>;

export function computeNationalFigures(coverage: QuarterCoverage): NationalFigures {
  const organisations = coverage.organisationIds.length;
  const municipalitiesWith = (test: (m: QuarterCoverage['municipalities'][number]) => boolean) => coverage.municipalities.filter(test).length;
  const idoOrganisations = coverage.organisationIds.filter((id) => coverage.idoOrganisationIds.has(id)).length;
  return {
    bibliotheekorganisaties: organisations,
    bibliotheeklocaties: coverage.locationCount,
    ido_locaties: coverage.openIdoLocations.length,
    ido_organisaties: coverage.idoOrganisationIds.size,
    ido_organisaties_alle: organisations ? idoOrganisations / organisations : 0,
    ido_gemeenten: municipalitiesWith((m) => m.openIdoLocationIds.length > 0),
    ido_kopgroep_bibliotheken: new Set([...coverage.idoOrganisationIds, ...coverage.plannedIdoOrganisationIds]).size,
    bd_convenant_organisaties: coverage.taxPartnerOrganisationIds.size,
    bd_convenant_aandeel: organisations ? coverage.taxPartnerOrganisationIds.size / organisations : 0,
    sek_gemeenten: municipalitiesWith((m) => m.sekVariants.length > 0),
    sek_organisaties: coverage.sekOrganisationIds.size,
    sek_gemeenten_lokaal: municipalitiesWith((m) => m.sekVariants.includes('lokaal')),
    sek_gemeenten_landelijk: municipalitiesWith((m) => m.sekVariants.includes('landelijk')),
    sek_organisaties_lokaal: coverage.sekOrganisationIdsByVariant.lokaal.size,
    sek_organisaties_landelijk: coverage.sekOrganisationIdsByVariant.landelijk.size,
  };
}

/** Published indicators that are shares (0..1), published with two decimals. */
export const SHARE_INDICATORS = new Set(['bd_convenant_aandeel', 'ido_organisaties_alle']);

/** Whether a computed figure reproduces a published one: shares to two decimals, counts exactly. */
export function matchesPublished(indicator: string, computed: number, published: number): boolean {
  return SHARE_INDICATORS.has(indicator) ? Math.round(computed * 100) === Math.round(published * 100) : computed === published;
}

const figuresByCoverage = new WeakMap<QuarterCoverage, NationalFigures>();

/**
 * The national figures of a coverage, computed once per coverage (not to be
 * changed by the caller): the target beside the totals is judged against the
 * figures of its own quarter on every quarter step.
 */
export function nationalFiguresOf(coverage: QuarterCoverage): NationalFigures {
  let figures = figuresByCoverage.get(coverage);
  if (!figures) figuresByCoverage.set(coverage, (figures = computeNationalFigures(coverage)));
  return figures;
}

/** The national figures of any quarter (null where there is no coverage), as targets are judged by (domain/targets.ts). */
export function nationalFiguresAt(coverageAt: (quarter: Quarter) => QuarterCoverage | null): (quarter: Quarter) => NationalFigures | null {
  return (quarter) => {
    const coverage = coverageAt(quarter);
    return coverage ? nationalFiguresOf(coverage) : null;
  };
}
