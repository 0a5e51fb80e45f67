/**
 * A large valid dataset for tests and the benchmark: copies of a dataset with
 * suffixed ids (each copy's organisations serve the same municipalities
 * again), cut off at exactly `rows` data rows. Files are added in dependency
 * order, so every row's references are in the result.
 */
import type { Dataset } from '../../src/lib/domain/types';

export function largeDataset(base: Dataset, rows: number): Dataset {
  const out: Dataset = { meta: base.meta, organisations: [], serviceAreas: [], locations: [], idoStatusChanges: [], sekParticipations: [], taxPartnerships: [] };
  let total = 0;
  const take = <T>(target: T[], items: readonly T[]) => {
    for (const item of items) {
      if (total >= rows) return;
      target.push(item);
      total++;
    }
  };
  for (let k = 0; total < rows; k++) {
    const id = (value: string) => `${value}-${k}`;
    take(out.organisations, base.organisations.map((o) => ({ ...o, id: id(o.id), successorId: o.successorId && id(o.successorId) })));
    take(out.serviceAreas, base.serviceAreas.map((a) => ({ ...a, organisationId: id(a.organisationId) })));
    take(out.locations, base.locations.map((l) => ({ ...l, id: id(l.id), organisationId: id(l.organisationId) })));
    take(out.idoStatusChanges, base.idoStatusChanges.map((c) => ({ ...c, locationId: id(c.locationId) })));
    take(out.sekParticipations, base.sekParticipations.map((p) => ({ ...p, organisationId: id(p.organisationId) })));
    take(out.taxPartnerships, base.taxPartnerships.map((p) => ({ ...p, organisationId: id(p.organisationId) })));
  }
  return out;
}

export const rowCount = (d: Dataset) =>
  d.organisations.length + d.serviceAreas.length + d.locations.length + d.idoStatusChanges.length + d.sekParticipations.length + d.taxPartnerships.length;
