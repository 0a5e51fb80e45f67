import { describe, expect, it } from 'vitest';
import { getCoverageRows, sortAndFilterRows, type TableOptions } from './coverageTable';
import { sinceQuarter } from './details';
import { coverageAt, dataset, q } from './fixtures/smallDataset';
import { INDICATOR_CATEGORIES, type CategoryId } from './indicators';
import { quarterKey, type Quarter } from './quarter';
import { getIndicatorTotals } from './totals';

const provinces = [{ code: 'PV01', name: 'Noordland' }];
const order = (category: CategoryId) => {
  for (const list of Object.values(INDICATOR_CATEGORIES)) {
    const i = (list as readonly CategoryId[]).indexOf(category);
    if (i >= 0) return i;
  }
  return 99;
};
const options = (overrides: Partial<TableOptions>): TableOptions => ({ sortBy: 'name', descending: false, provinceCode: null, categoryOrder: order, ...overrides });

/** The fixture's coverage, within the data's quarters only (as the app's coverage cache gives it). */
const withinData = (quarter: Quarter) => (quarter < dataset.meta.firstQuarter || quarter > dataset.meta.lastQuarter ? null : coverageAt(quarterKey(quarter)));
const idoSince = (quarter: Quarter) => (item: { municipality: { code: string }; categories: { ido: CategoryId } }) =>
  sinceQuarter(withinData, item.municipality.code, 'ido', item.categories.ido, quarter);

describe('coverage table', () => {
  const rows = getCoverageRows(coverageAt('2020-Q4'), provinces, (id) => `org ${id}`, idoSince(q('2020-Q4')));

  it('has one row per municipality with the map’s categories', () => {
    expect(rows.map((r) => [r.code, r.ido, r.openIdoLocations])).toEqual([
      ['GM0001', 'ido-in-municipality', 1],
      ['GM0002', 'ido-in-municipality', 1],
      ['GM0003', 'no-data', 0],
    ]);
    expect(rows[0]!.organisations).toEqual(['org ORG1']);
    expect(rows[0]!.provinceName).toBe('Noordland');
  });

  it('holds the same numbers as the totals', () => {
    const totals = getIndicatorTotals(coverageAt('2020-Q4'), 'ido');
    expect(rows.filter((r) => r.ido === 'ido-in-municipality').length).toBe(totals.municipalities.covered);
    expect(rows.reduce((sum, r) => sum + r.openIdoLocations, 0)).toBe(totals.openIdoLocations);
  });

  it('says since when each municipality has its IDO category: the first quarter of the unbroken run up to the one shown', () => {
    // Aadorp's desk (V1) opens in 2019-Q4 and stays open.
    expect(rows.find((r) => r.code === 'GM0001')!.since).toBe(q('2019-Q4'));
    for (const row of rows) {
      for (let quarter = row.since; quarter <= q('2020-Q4'); quarter++) expect(withinData(quarter)!.byCode.get(row.code)!.categories.ido, `${row.code} ${quarterKey(quarter)}`).toBe(row.ido);
      const before = withinData(row.since - 1)?.byCode.get(row.code);
      expect(before === undefined || before.categories.ido !== row.ido, `${row.code} before ${quarterKey(row.since)}`).toBe(true);
    }
    // Different runs, so the sort below means something.
    expect(new Set(rows.map((r) => r.since)).size).toBeGreaterThan(1);
  });

  it('sorts by since: the longest-standing first, newest first when descending', () => {
    const ascending = sortAndFilterRows(rows, options({ sortBy: 'since' }));
    expect(ascending.map((r) => r.since)).toEqual([...rows.map((r) => r.since)].sort((a, b) => a - b));
    const descending = sortAndFilterRows(rows, options({ sortBy: 'since', descending: true }));
    expect(descending.map((r) => r.since)).toEqual([...rows.map((r) => r.since)].sort((a, b) => b - a));
  });

  it.each([
    ['name', false, ['Aadorp', 'Beekveld', 'Cranendonk']],
    ['name', true, ['Cranendonk', 'Beekveld', 'Aadorp']],
    ['population', true, ['Aadorp', 'Beekveld', 'Cranendonk']],
    ['population', false, ['Aadorp', 'Beekveld', 'Cranendonk']],
    ['ido', true, ['Cranendonk', 'Aadorp', 'Beekveld']],
  ] as const)('sorts by %s (descending: %s)', (sortBy, descending, names) => {
    expect(sortAndFilterRows(rows, options({ sortBy, descending })).map((r) => r.name)).toEqual(names);
  });

  it('filters by province', () => {
    expect(sortAndFilterRows(rows, options({ provinceCode: 'PV01' }))).toHaveLength(3);
    expect(sortAndFilterRows(rows, options({ provinceCode: 'PV99' }))).toHaveLength(0);
  });

  describe('filters', () => {
    it.each([
      // [what, options, codes shown]
      ['a legend entry: IDO in the municipality', { category: { indicator: 'ido', category: 'ido-in-municipality' } }, ['GM0001', 'GM0002']],
      ['a legend entry: no data', { category: { indicator: 'ido', category: 'no-data' } }, ['GM0003']],
      ['a legend entry of another indicator', { category: { indicator: 'sek', category: 'sek-national' } }, ['GM0003']],
      ['text: part of a name, any case', { text: 'BEEK' }, ['GM0002']],
      ['text: a code', { text: 'gm0003' }, ['GM0003']],
      ['text: an organisation', { text: 'org ORG1' }, ['GM0001', 'GM0002']],
      ['text: the province', { text: 'noordland' }, ['GM0001', 'GM0002', 'GM0003']],
      ['text and category together', { text: 'a', category: { indicator: 'ido', category: 'ido-in-municipality' } }, ['GM0001', 'GM0002']],
      ['text that matches nothing', { text: 'xyz' }, []],
      ['empty text filters nothing', { text: '  ' }, ['GM0001', 'GM0002', 'GM0003']],
    ] as const)('%s', (_what, overrides, codes) => {
      expect(sortAndFilterRows(rows, options(overrides as Partial<TableOptions>)).map((r) => r.code)).toEqual(codes);
    });

    it('a legend entry shows as many rows as the legend counts', () => {
      const totals = getIndicatorTotals(coverageAt('2020-Q4'), 'ido');
      for (const [category, count] of totals.categoryCounts) {
        expect(sortAndFilterRows(rows, options({ category: { indicator: 'ido', category } })).length, category).toBe(count);
      }
    });
  });
});
