import { describe, expect, it } from 'vitest';
import { formatMessage } from '../i18n/formatMessage';
import { coverageAt as fixtureAt, q } from './fixtures/smallDataset';
import { getMunicipalityHistory } from './history';
import { quarterRange } from './quarter';

const coverageAt = (quarter: number) => fixtureAt(`${Math.floor(quarter / 4)}-Q${(quarter % 4) + 1}`);
const quarters = quarterRange(q('2019-Q1'), q('2021-Q4'));

describe('a municipality’s history per programme', () => {
  it('gives every quarter’s category and the runs between changes', () => {
    const [ido] = getMunicipalityHistory(coverageAt, 'GM0001', quarters);
    expect(ido!.cells).toHaveLength(12);
    expect(ido!.runs.map((r) => [r.category, r.from, r.to])).toEqual([
      ['none', q('2019-Q1'), q('2019-Q1')],
      ['ido-planned', q('2019-Q2'), q('2019-Q3')],
      ['ido-in-municipality', q('2019-Q4'), q('2021-Q4')],
    ]);
    expect(ido!.description.map((m) => formatMessage('nl', m))).toEqual(['Geen in 2019 K1', 'IDO gepland van 2019 K2 tot en met 2019 K3', 'IDO in de gemeente van 2019 K4 tot en met 2021 K4']);
  });

  it('shows a gap: no data before a programme’s registration, then the data', () => {
    const sek = getMunicipalityHistory(coverageAt, 'GM0003', quarters).find((h) => h.indicator === 'sek')!;
    expect(sek.runs.map((r) => [r.category, r.from, r.to])).toEqual([
      ['no-data', q('2019-Q1'), q('2020-Q2')],
      ['sek-national', q('2020-Q3'), q('2020-Q4')],
      [null, q('2021-Q1'), q('2021-Q4')],
    ]);
    expect(formatMessage('en', sek.description.at(-1)!)).toBe('not on the map (boundary change) from 2021 Q1 to 2021 Q4');
  });

  it('marks the quarters before a municipality existed instead of borrowing its predecessors’ categories', () => {
    const tax = getMunicipalityHistory(coverageAt, 'GM0004', quarters).find((h) => h.indicator === 'belastingdienst')!;
    expect(tax.cells.filter((c) => c.category === null).map((c) => c.quarter)).toEqual(quarterRange(q('2019-Q1'), q('2020-Q4')));
  });
});
