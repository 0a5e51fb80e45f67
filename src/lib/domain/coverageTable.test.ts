import { describe, expect, it } from 'vitest';
import { getCoverageRows, sortAndFilterRows, type TableOptions } from './coverageTable';
import { coverageAt } from './fixtures/smallDataset';
import { INDICATOR_CATEGORIES, type CategoryId } from './indicators';
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

describe('coverage table', () => {
  const rows = getCoverageRows(coverageAt('2020-Q4'), provinces, (id) => `org ${id}`);

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
});
