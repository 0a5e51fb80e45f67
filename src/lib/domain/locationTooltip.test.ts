import { describe, expect, it } from 'vitest';
import { index, q } from './fixtures/smallDataset';
import { getLocationTooltip } from './locationTooltip';

const names: Record<string, string> = { GM0001: 'Aadorp', GM0002: 'Beekveld' };
const tooltip = (id: string, quarter: string) => getLocationTooltip(index, id, q(quarter), (code) => names[code] ?? null);

describe('the tooltip of an IDO point', () => {
  it.each([
    // [location, quarter, name, organisation, status, since]
    ['V1', '2020-Q4', 'Aadorp Centrum', 'Bibliotheek Aadorp', 'open', '2019-Q4'],
    ['V1', '2019-Q3', 'Aadorp Centrum', 'Bibliotheek Aadorp', 'gepland', '2019-Q2'],
    ['V2', '2021-Q1', 'Beekveld', 'Bibliotheek Aadorp', 'open', '2020-Q4'],
    ['V2', '2021-Q4', 'Beekveld', 'Bibliotheek Aadorp', 'gesloten', '2021-Q3'],
  ])('%s in %s: %s of %s, %s since %s', (id, quarter, name, organisation, status, since) => {
    expect(tooltip(id, quarter)).toMatchObject({ name, organisationName: organisation, status, since: q(since) });
  });

  it('names the municipality the location lies in', () => {
    expect(tooltip('V1', '2020-Q4')!.municipalityName).toBe('Aadorp');
  });

  describe('bad input', () => {
    it('an unknown location has no tooltip', () => expect(tooltip('V9', '2020-Q4')).toBeNull());
    it('a location before it existed has no tooltip', () => expect(getLocationTooltip(index, 'V1', q('2018-Q4'), () => null)).toBeNull());
  });
});
