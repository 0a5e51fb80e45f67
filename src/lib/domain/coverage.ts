/**
 * Per municipality and quarter: who serves it, which IDO desks it has, its
 * SEK and Belastingdienst participation, and from that each indicator's
 * category. The pipeline, top to bottom:
 *
 *   dataset rows valid in the quarter
 *     → municipality codes resolved to the quarter's boundary version (lineage)
 *     → facts per municipality (serving organisations, IDO desks, SEK, convenant)
 *     → one category per indicator (see indicators.ts for the rules' intent)
 *
 * Everything the map, legend, totals, detail panel and table show for a
 * quarter comes from the one `QuarterCoverage` this returns.
 */
import type { CodeResolver } from './types';
import type { CategoryId, CombinedCategory, IdoCategory, IndicatorId, SekCategory, TaxCategory } from './indicators';
import type { MergeGroup } from './populationBase';
import { isInPeriod, type Quarter } from './quarter';
import type { Dataset, IdoStatus, IdoStatusChange, LibraryLocation, Municipality, Programme, SekVariant } from './types';

export interface MunicipalityCoverage {
  municipality: Municipality;
  categories: Record<IndicatorId, CategoryId>;
  servingOrganisationIds: string[];
  /** Locations in this municipality whose IDO desk is open in the quarter. */
  openIdoLocationIds: string[];
  /** Locations in this municipality with a planned (not yet open) IDO desk. */
  plannedIdoLocationIds: string[];
  sekVariants: SekVariant[];
  sekOrganisationIds: string[];
  taxPartnerOrganisationIds: string[];
  /** Open IDO locations per 100,000 residents; null where the population is unknown. */
  idoPer100k: number | null;
}

export interface QuarterCoverage {
  quarter: Quarter;
  /** In the order of the boundary version's municipality list. */
  municipalities: MunicipalityCoverage[];
  byCode: Map<string, MunicipalityCoverage>;
  /** Organisations valid in the quarter. */
  organisationIds: string[];
  /** Organisations with at least one open IDO desk. */
  idoOrganisationIds: Set<string>;
  /** Organisations with a planned (not yet open) IDO desk. */
  plannedIdoOrganisationIds: Set<string>;
  sekOrganisationIds: Set<string>;
  sekOrganisationIdsByVariant: Record<SekVariant, Set<string>>;
  /** Distinct locations (vestigingen) valid in the quarter. */
  locationCount: number;
  taxPartnerOrganisationIds: Set<string>;
  /** Locations with an open IDO desk, with the municipality they resolve to. */
  openIdoLocations: { location: LibraryLocation; municipalityCode: string }[];
  /** Whether the dataset registers each programme in this quarter ("no data" for all of its municipalities when not). */
  registered: Record<Programme, boolean>;
  /** Municipalities without residents of their own that merged whole into one successor (see populationBase.ts). */
  mergeGroups: readonly MergeGroup[];
}

/** Lookups built once per dataset; every quarter reuses them. */
export interface DatasetIndex {
  dataset: Dataset;
  idoChangesByLocation: Map<string, IdoStatusChange[]>;
  locationRowsById: Map<string, LibraryLocation[]>;
}

export function indexDataset(dataset: Dataset): DatasetIndex {
  const idoChangesByLocation = new Map<string, IdoStatusChange[]>();
  for (const change of dataset.idoStatusChanges) {
    const changes = idoChangesByLocation.get(change.locationId) ?? [];
    changes.push(change);
    idoChangesByLocation.set(change.locationId, changes);
  }
  for (const changes of idoChangesByLocation.values()) changes.sort((a, b) => a.from - b.from);

  const locationRowsById = new Map<string, LibraryLocation[]>();
  for (const location of dataset.locations) {
    const rows = locationRowsById.get(location.id) ?? [];
    rows.push(location);
    locationRowsById.set(location.id, rows);
  }
  return { dataset, idoChangesByLocation, locationRowsById };
}

/** The IDO status of a location in a quarter: its latest change at or before it, or null when it has none yet. */
export function idoStatusAt(changes: readonly IdoStatusChange[] | undefined, quarter: Quarter): IdoStatus | null {
  let status: IdoStatus | null = null;
  for (const change of changes ?? []) {
    if (change.from > quarter) break;
    status = change.status;
  }
  return status;
}

/** The quarter the current IDO status of a location started. */
export function idoStatusSince(changes: readonly IdoStatusChange[] | undefined, quarter: Quarter): Quarter | null {
  let since: Quarter | null = null;
  for (const change of changes ?? []) {
    if (change.from > quarter) break;
    since = change.from;
  }
  return since;
}

/** Whether the dataset registers a programme in this quarter at all. */
export function isRegistered(dataset: Dataset, programme: Programme, quarter: Quarter): boolean {
  return quarter >= dataset.meta.registrationStart[programme] && quarter >= dataset.meta.firstQuarter && quarter <= dataset.meta.lastQuarter;
}

interface Facts {
  serving: Set<string>;
  openIdo: string[];
  plannedIdo: string[];
  sekVariants: Set<SekVariant>;
  sekOrganisations: Set<string>;
}

export function getQuarterCoverage(
  index: DatasetIndex,
  resolver: CodeResolver,
  municipalities: readonly Municipality[],
  quarter: Quarter,
  mergeGroups: readonly MergeGroup[] = [],
): QuarterCoverage {
  const { dataset } = index;
  const facts = new Map<string, Facts>();
  for (const municipality of municipalities) {
    facts.set(municipality.code, { serving: new Set(), openIdo: [], plannedIdo: [], sekVariants: new Set(), sekOrganisations: new Set() });
  }
  // A row's code may be of an older boundary version: a merge maps it to one
  // municipality, a split to several. A service area covers all parts of a
  // split; a point-like fact (a location, a SEK registration) goes to the
  // part with the largest area share.
  const allTargets = (code: string) => resolver.resolve(code, quarter).map((target) => facts.get(target.code)).filter((f) => f !== undefined);
  const mainTarget = (code: string): { code: string; facts: Facts } | null => {
    const target = resolver.resolve(code, quarter)[0];
    const targetFacts = target ? facts.get(target.code) : undefined;
    return target && targetFacts ? { code: target.code, facts: targetFacts } : null;
  };

  // 1. Organisations valid in the quarter, and who serves which municipality.
  const organisationIds = dataset.organisations.filter((o) => isInPeriod(quarter, o)).map((o) => o.id);
  for (const area of dataset.serviceAreas) {
    if (!isInPeriod(quarter, area)) continue;
    for (const target of allTargets(area.municipalityCode)) target.serving.add(area.organisationId);
  }

  // 2. IDO desks: the status of each location valid in the quarter.
  const idoOrganisationIds = new Set<string>();
  const plannedOrganisationIds = new Set<string>();
  const openIdoLocations: QuarterCoverage['openIdoLocations'] = [];
  const validLocationIds = new Set<string>();
  for (const location of dataset.locations) {
    if (!isInPeriod(quarter, location)) continue;
    validLocationIds.add(location.id);
    const status = idoStatusAt(index.idoChangesByLocation.get(location.id), quarter);
    if (status !== 'open' && status !== 'gepland') continue;
    const target = mainTarget(location.municipalityCode);
    if (status === 'open') {
      idoOrganisationIds.add(location.organisationId);
      if (target) {
        target.facts.openIdo.push(location.id);
        openIdoLocations.push({ location, municipalityCode: target.code });
      }
    } else {
      plannedOrganisationIds.add(location.organisationId);
      target?.facts.plannedIdo.push(location.id);
    }
  }

  // 3. SEK registrations per municipality.
  const sekOrganisationIds = new Set<string>();
  const sekOrganisationIdsByVariant: Record<SekVariant, Set<string>> = { lokaal: new Set(), landelijk: new Set() };
  for (const participation of dataset.sekParticipations) {
    if (!isInPeriod(quarter, participation)) continue;
    sekOrganisationIds.add(participation.organisationId);
    sekOrganisationIdsByVariant[participation.variant].add(participation.organisationId);
    const target = mainTarget(participation.municipalityCode);
    target?.facts.sekVariants.add(participation.variant);
    target?.facts.sekOrganisations.add(participation.organisationId);
  }

  // 4. Belastingdienst convenant per organisation.
  const taxPartnerOrganisationIds = new Set(dataset.taxPartnerships.filter((p) => isInPeriod(quarter, p)).map((p) => p.organisationId));

  // 5. Categories per municipality.
  const registered = {
    ido: isRegistered(dataset, 'ido', quarter),
    sek: isRegistered(dataset, 'sek', quarter),
    belastingdienst: isRegistered(dataset, 'belastingdienst', quarter),
  };
  const coverage = municipalities.map((municipality): MunicipalityCoverage => {
    const f = facts.get(municipality.code)!;
    const serving = [...f.serving].sort();
    const ido = idoCategory(registered.ido, f, serving, idoOrganisationIds, plannedOrganisationIds);
    const sek = sekCategory(registered.sek, f);
    const taxPartners = serving.filter((id) => taxPartnerOrganisationIds.has(id));
    const belastingdienst: TaxCategory = !registered.belastingdienst || serving.length === 0 ? 'no-data' : taxPartners.length > 0 ? 'bd-partner' : 'none';
    return {
      municipality,
      categories: { ido, sek, belastingdienst, combined: combinedCategory(ido, sek, belastingdienst) },
      servingOrganisationIds: serving,
      openIdoLocationIds: f.openIdo.sort(),
      plannedIdoLocationIds: f.plannedIdo.sort(),
      sekVariants: [...f.sekVariants].sort(),
      sekOrganisationIds: [...f.sekOrganisations].sort(),
      taxPartnerOrganisationIds: taxPartners,
      idoPer100k: municipality.population ? (f.openIdo.length / municipality.population) * 100_000 : null,
    };
  });

  return {
    quarter,
    municipalities: coverage,
    byCode: new Map(coverage.map((c) => [c.municipality.code, c])),
    organisationIds,
    idoOrganisationIds,
    plannedIdoOrganisationIds: plannedOrganisationIds,
    sekOrganisationIds,
    sekOrganisationIdsByVariant,
    locationCount: validLocationIds.size,
    taxPartnerOrganisationIds: new Set(organisationIds.filter((id) => taxPartnerOrganisationIds.has(id))),
    openIdoLocations,
    registered,
    mergeGroups,
  };
}

function idoCategory(
  registered: boolean,
  facts: Facts,
  serving: string[],
  idoOrganisationIds: ReadonlySet<string>,
  plannedOrganisationIds: ReadonlySet<string>,
): IdoCategory {
  if (!registered) return 'no-data';
  if (facts.openIdo.length > 0) return 'ido-in-municipality';
  if (serving.some((id) => idoOrganisationIds.has(id))) return 'ido-elsewhere';
  if (facts.plannedIdo.length > 0 || serving.some((id) => plannedOrganisationIds.has(id))) return 'ido-planned';
  // Without a registered organisation we cannot tell "none" from "unknown".
  return serving.length === 0 ? 'no-data' : 'none';
}

function sekCategory(registered: boolean, facts: Facts): SekCategory {
  if (!registered) return 'no-data';
  // A municipality with both variants is shown as local: the local website is the richer offer.
  if (facts.sekVariants.has('lokaal')) return 'sek-local';
  if (facts.sekVariants.has('landelijk')) return 'sek-national';
  return 'none';
}

/**
 * How many programmes reach the municipality: an IDO desk in the
 * municipality, a SEK registration, an organisation in the convenant. When
 * any programme has no data the count is unknown, so the result is no-data.
 */
function combinedCategory(ido: IdoCategory, sek: SekCategory, tax: TaxCategory): CombinedCategory {
  if (ido === 'no-data' || sek === 'no-data' || tax === 'no-data') return 'no-data';
  const reached = Number(ido === 'ido-in-municipality') + Number(sek !== 'none') + Number(tax === 'bd-partner');
  return `reach-${reached}` as CombinedCategory;
}
