/**
 * The domain model shared by the data build, the loader, the derivations and
 * the views. Plain data only: no classes, no Svelte, no DOM, so every layer
 * (Node scripts, Web Workers, components) can use it.
 */
import type { Period, Quarter } from './quarter';

// ---------------------------------------------------------------------------
// Geography (from ../shared/geo via the data build)
// ---------------------------------------------------------------------------

/** A boundary version id is the ISO date it is valid from, e.g. `2022-03-24`. */
export type BoundaryVersionId = string;

export interface Municipality {
  /** CBS code, e.g. `GM0363`. */
  code: string;
  /** Official CBS name. */
  name: string;
  /** Province code, e.g. `PV27`. */
  provinceCode: string;
  /** Residents on 1 January 2022; null where a later herindeling changed the area. */
  population: number | null;
}

export interface Province {
  code: string;
  name: string;
}

export interface BoundaryVersion {
  id: BoundaryVersionId;
  /** Inclusive first day (ISO date); equal to `id`. */
  validFrom: string;
  /** Exclusive last day (ISO date), or null for the newest version. */
  validUntil: string | null;
  municipalities: Municipality[];
  /** URL path (relative to the app's generated folder) of this version's TopoJSON. */
  topologyFile: string;
}

/** One row of herindelingen.csv: where a municipality of one version went in the next. */
export interface LineageEdge {
  fromVersion: BoundaryVersionId;
  toVersion: BoundaryVersionId;
  fromCode: string;
  toCode: string;
  /** Share of the old municipality's area inside the new one (0..1). */
  areaShare: number;
}

/** Everything about the boundaries except the shapes: small, loaded at start. */
export interface GeoIndex {
  versions: BoundaryVersion[];
  provinces: Province[];
  lineage: LineageEdge[];
  /** Attribution the app must show for the boundaries. */
  attribution: string;
}

// ---------------------------------------------------------------------------
// Library data (the project's own format, see docs/data.md)
// ---------------------------------------------------------------------------

export interface Organisation extends Period {
  id: string;
  name: string;
  /** The organisation this one merged into when it ended, if any. */
  successorId: string | null;
}

/** An organisation serves a municipality during a period (its werkgebied). */
export interface ServiceArea extends Period {
  organisationId: string;
  municipalityCode: string;
}

/** A library location (vestiging). The same id may appear in several non-overlapping periods (e.g. a new organisation after a merger). */
export interface LibraryLocation extends Period {
  id: string;
  organisationId: string;
  name: string;
  municipalityCode: string;
  lon: number;
  lat: number;
}

export const IDO_STATUSES = ['gepland', 'open', 'gesloten'] as const;
export type IdoStatus = (typeof IDO_STATUSES)[number];

/** From `from` on, the IDO desk at a location has this status (until its next change). */
export interface IdoStatusChange {
  locationId: string;
  status: IdoStatus;
  from: Quarter;
}

export const SEK_VARIANTS = ['lokaal', 'landelijk'] as const;
export type SekVariant = (typeof SEK_VARIANTS)[number];

/** A municipality takes part in the sociaal-educatieve kaart through an organisation. */
export interface SekParticipation extends Period {
  municipalityCode: string;
  organisationId: string;
  variant: SekVariant;
}

/** An organisation takes part in the KB–Belastingdienst convenant. */
export interface TaxPartnership extends Period {
  organisationId: string;
}

export const PROGRAMMES = ['ido', 'sek', 'belastingdienst'] as const;
export type Programme = (typeof PROGRAMMES)[number];

export interface DatasetMeta {
  /** Shown to users, e.g. "Voorbeelddata (gegenereerd, seed 2019)". */
  name: string;
  /** True for the generated example data: the app then says so, visibly. */
  isExample: boolean;
  /** Where the data comes from, shown in the source line. */
  source: string;
  firstQuarter: Quarter;
  lastQuarter: Quarter;
  /** First quarter each programme's registration covers; before it a municipality has "no data", not "none". */
  registrationStart: Record<Programme, Quarter>;
}

export interface Dataset {
  meta: DatasetMeta;
  organisations: Organisation[];
  serviceAreas: ServiceArea[];
  locations: LibraryLocation[];
  idoStatusChanges: IdoStatusChange[];
  sekParticipations: SekParticipation[];
  taxPartnerships: TaxPartnership[];
}

// ---------------------------------------------------------------------------
// Validation problems (parser and validator)
// ---------------------------------------------------------------------------

export interface DataProblem {
  /** Machine-readable kind, e.g. `unknown-municipality`, used to group problems. */
  kind: string;
  /** File name as the user gave it. */
  file: string;
  /** 1-based line number in the file (the header is line 1), or null for file-level problems. */
  row: number | null;
  column: string | null;
  value: string | null;
  /** What was expected, in plain English (the command line and logs). */
  expected: string;
  /** The same as a message key (`data.expected.<message>`) with its parameters, so the app can say it in the user's language. */
  message: string;
  params: Record<string, string | number>;
  /** Errors keep a row (or the dataset) out; warnings and notes (info) do not. */
  severity: 'error' | 'warning' | 'info';
}

/** A box on the map: [west, south, east, north] in degrees. */
export type Bounds = [number, number, number, number];

/** Where the map looks: its centre and zoom (MapLibre's zoom levels, used by both renderers). */
export interface MapView {
  lon: number;
  lat: number;
  zoom: number;
}

/** Municipality codes through herindelingen (made by data/lineage.ts from herindelingen.csv). */
export interface ResolvedCode {
  code: string;
  /** Share of the original municipality's area inside this one (product along a chain). */
  areaShare: number;
}

export interface CodeResolver {
  /** The code(s) in the quarter's version that `code` (of any version) became; [] if it never existed or only exists later. Largest share first. */
  resolve(code: string, quarter: Quarter): ResolvedCode[];
  /** Whether the code is a municipality of the quarter's version. */
  existsIn(code: string, quarter: Quarter): boolean;
  /** Index of the first / last boundary version that has the code, or null when no version has it. */
  firstVersionOf(code: string): number | null;
  lastVersionOf(code: string): number | null;
  /** The municipality with this code in the quarter's version. */
  municipality(code: string, quarter: Quarter): Municipality | undefined;
}


/** A figure the programme published (gepubliceerde-cijfers.csv), with its date, quarter and source. */
export interface PublishedFigure {
  indicator: string;
  value: number;
  unit: string;
  /** Peildatum, ISO date. */
  date: string;
  quarter: Quarter;
  /** A URL, or the name of a document. */
  source: string;
  /** The words of the source the figure comes from. */
  quote: string;
}
