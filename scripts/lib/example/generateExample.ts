/**
 * The example dataset, generated from the real municipalities with a fixed
 * seed. The pipeline, each step in its own module:
 *   geography → organisations and mergers → locations → IDO desks → SEK →
 *   convenant → the seven files of docs/data.md, plus the optional annotaties.csv.
 */
import { safeCsvWriter } from '../../../src/lib/domain/csvSafety';
import type { Topology } from 'topojson-specification';
import { quarterKey, type Quarter } from '../../../src/lib/domain/quarter';
import type { GeoIndex } from '../../../src/lib/domain/types';
import { exampleAnnotations } from './annotations';
import { buildGeography } from './geography';
import { generateIdo } from './ido';
import { generateLocations, locationRows } from './locations';
import { generateOrganisations } from './organisations';
import { generateSek, generateTaxPartnerships, SEK_START } from './programmes';
import { Random } from './random';

/** Written like every CSV of the app: a cell a spreadsheet would run as a formula is neutralised. */
const csvFormatRows = safeCsvWriter(',').formatRows;

export const EXAMPLE_SEED = 20_190_101;

const q = (quarter: Quarter | null) => (quarter === null ? '' : quarterKey(quarter));
const csv = (header: string[], rows: (string | number)[][]) => csvFormatRows([header, ...rows.map((r) => r.map(String))]) + '\n';

export function generateExample(index: GeoIndex, topologies: Map<string, Topology>, seed = EXAMPLE_SEED): Record<string, string> {
  const random = new Random(seed);
  const geography = buildGeography(index, topologies);
  const organisations = generateOrganisations(geography, random);
  const { locations, neverIdo } = generateLocations(geography, random);
  const ido = generateIdo(geography, organisations, locations, neverIdo, random);
  const sek = generateSek(geography, organisations, random);
  const tax = generateTaxPartnerships(organisations, random);
  const unitById = new Map(geography.units.map((u) => [u.id, u]));
  const haarenEnd = index.versions[1]!.validFrom; // a split municipality's rows end at the herindeling

  // Werkgebieden: per organisation and unit, the unit's municipalities by their codes valid at the organisation's start.
  const areaRows: string[][] = [];
  for (const organisation of organisations) {
    for (const unitId of organisation.unitIds) {
      const unit = unitById.get(unitId)!;
      const split = unit.codes2019.length === 1 && geography.resolver.lastVersionOf(unit.codes2019[0]!) === 0 && unit.id === unit.codes2019[0];
      if (split) {
        const end = quarterOfDate(haarenEnd);
        if (organisation.from >= end) continue;
        const to = organisation.to === null || organisation.to > end ? end : organisation.to;
        areaRows.push([organisation.id, unit.codes2019[0]!, q(organisation.from), q(to)]);
        continue;
      }
      const codes = new Set(unit.codes2019.map((code) => geography.resolver.resolve(code, organisation.from)[0]!.code));
      for (const code of [...codes].sort()) areaRows.push([organisation.id, code, q(organisation.from), q(organisation.to)]);
    }
  }

  const metadata = {
    naam: 'Voorbeelddata BBV-kaart',
    voorbeeld: true,
    bron: `voorbeelddata, gegenereerd met seed ${seed} (geen echte registratie)`,
    eerste_kwartaal: '2019-Q1',
    laatste_kwartaal: '2023-Q4',
    registratie_vanaf: { ido: '2019-Q1', sek: quarterKey(SEK_START), belastingdienst: '2019-Q1' },
  };

  return {
    'metadata.json': JSON.stringify(metadata, null, 2) + '\n',
    'organisaties.csv': csv(
      ['organisatie_id', 'naam', 'vanaf', 'tot', 'opvolger_id'],
      organisations.map((o) => [o.id, o.name, q(o.from), q(o.to), o.successorId ?? '']),
    ),
    'werkgebieden.csv': csv(['organisatie_id', 'gemeente_code', 'vanaf', 'tot'], areaRows),
    'vestigingen.csv': csv(
      ['vestiging_id', 'organisatie_id', 'naam', 'gemeente_code', 'lon', 'lat', 'vanaf', 'tot'],
      locationRows(geography, organisations, locations).map((r) => [r.id, r.organisationId, r.name, r.code, r.lon.toFixed(5), r.lat.toFixed(5), q(r.from), q(r.to)]),
    ),
    'ido.csv': csv(['vestiging_id', 'status', 'vanaf'], ido.map((c) => [c.locationId, c.status, q(c.from)])),
    'sek.csv': csv(['gemeente_code', 'organisatie_id', 'variant', 'vanaf', 'tot'], sek.map((r) => [r.code, r.organisationId, r.variant, q(r.from), q(r.to)])),
    'belastingdienst.csv': csv(['organisatie_id', 'vanaf', 'tot'], tax.map((r) => [r.organisationId, q(r.from), q(r.to)])),
    // Optional, not part of the dataset proper: notes per quarter for presentation mode.
    'annotaties.csv': exampleAnnotations(),
  };
}

function quarterOfDate(isoDate: string): Quarter {
  const [year, month] = isoDate.split('-').map(Number);
  return year! * 4 + Math.floor((month! - 1) / 3);
}
