/**
 * What the detail panel shows for a municipality or an organisation in a
 * quarter, as plain data (the panel only lays it out).
 */
import { idoStatusAt, idoStatusSince, type DatasetIndex, type QuarterCoverage } from './coverage';
import type { CategoryId, IndicatorId } from './indicators';
import { isInPeriod, type Quarter } from './quarter';
import type { IdoStatus, Municipality, Organisation } from './types';

export interface ProgrammeStatus {
  indicator: IndicatorId;
  category: CategoryId;
  /** First quarter of the unbroken run of this category up to now (within this municipality code). */
  since: Quarter;
}

export interface MunicipalityDetail {
  municipality: Municipality;
  organisations: { id: string; name: string }[];
  programmes: ProgrammeStatus[];
  idoLocations: { id: string; name: string; status: IdoStatus; since: Quarter | null }[];
  idoPer100k: number | null;
}

export interface OrganisationDetail {
  organisation: Organisation;
  successor: { id: string; name: string } | null;
  municipalities: { code: string; name: string }[];
  locations: { id: string; name: string; municipalityCode: string; idoStatus: IdoStatus | null; idoSince: Quarter | null }[];
  taxPartner: boolean;
}

const DETAIL_INDICATORS: IndicatorId[] = ['ido', 'sek', 'belastingdienst'];

export function getMunicipalityDetail(
  index: DatasetIndex,
  coverageAt: (quarter: Quarter) => QuarterCoverage | null,
  quarter: Quarter,
  code: string,
): MunicipalityDetail | null {
  const coverage = coverageAt(quarter)?.byCode.get(code);
  if (!coverage) return null;
  const organisationsById = new Map(index.dataset.organisations.map((o) => [o.id, o]));
  const locationName = (id: string) => index.locationRowsById.get(id)?.find((row) => isInPeriod(quarter, row))?.name ?? id;
  const idoLocation = (id: string) => {
    const changes = index.idoChangesByLocation.get(id);
    return { id, name: locationName(id), status: idoStatusAt(changes, quarter) ?? 'gepland', since: idoStatusSince(changes, quarter) };
  };
  return {
    municipality: coverage.municipality,
    organisations: coverage.servingOrganisationIds.map((id) => ({ id, name: organisationsById.get(id)?.name ?? id })),
    programmes: DETAIL_INDICATORS.map((indicator) => {
      const category = coverage.categories[indicator];
      return { indicator, category, since: sinceQuarter(coverageAt, code, indicator, category, quarter) };
    }),
    idoLocations: [...coverage.openIdoLocationIds, ...coverage.plannedIdoLocationIds].map(idoLocation),
    idoPer100k: coverage.idoPer100k,
  };
}

/** Walks back while the municipality (same code) had the same category. */
export function sinceQuarter(
  coverageAt: (quarter: Quarter) => QuarterCoverage | null,
  code: string,
  indicator: IndicatorId,
  category: CategoryId,
  quarter: Quarter,
): Quarter {
  let since = quarter;
  for (;;) {
    const earlier = coverageAt(since - 1)?.byCode.get(code);
    if (!earlier || earlier.categories[indicator] !== category) return since;
    since--;
  }
}

export function getOrganisationDetail(index: DatasetIndex, coverage: QuarterCoverage, id: string): OrganisationDetail | null {
  const { dataset } = index;
  const organisation = dataset.organisations.find((o) => o.id === id);
  if (!organisation) return null;
  const quarter = coverage.quarter;
  const successor = organisation.successorId ? dataset.organisations.find((o) => o.id === organisation.successorId) : undefined;
  return {
    organisation,
    successor: successor ? { id: successor.id, name: successor.name } : null,
    municipalities: coverage.municipalities
      .filter((m) => m.servingOrganisationIds.includes(id))
      .map((m) => ({ code: m.municipality.code, name: m.municipality.name })),
    locations: dataset.locations
      .filter((l) => l.organisationId === id && isInPeriod(quarter, l))
      .map((l) => {
        const changes = index.idoChangesByLocation.get(l.id);
        return { id: l.id, name: l.name, municipalityCode: l.municipalityCode, idoStatus: idoStatusAt(changes, quarter), idoSince: idoStatusSince(changes, quarter) };
      })
      .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    taxPartner: coverage.taxPartnerOrganisationIds.has(id),
  };
}
