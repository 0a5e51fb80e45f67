import { describe, expect, it } from 'vitest';
import { parseQuarterKey } from '../domain/quarter';
import { NOTICE_VALUE_MAX, shortenedValue } from './shortenedValue';
import { decodeUrlState, type UrlContext } from './urlState';

const context: UrlContext = {
  firstQuarter: parseQuarterKey('2019-Q1')!,
  lastQuarter: parseQuarterKey('2023-Q4')!,
  resolveMunicipality: () => [],
  hasOrganisation: () => false,
  hasProvince: () => false,
};

describe('shortenedValue', () => {
  it('keeps a value up to the limit as it is', () => {
    expect(shortenedValue('x'.repeat(NOTICE_VALUE_MAX))).toEqual({ value: 'x'.repeat(NOTICE_VALUE_MAX) });
  });
  it('cuts a longer value, says how long it was and keeps the whole of it', () => {
    const long = 'y'.repeat(100_000);
    expect(shortenedValue(long)).toEqual({ value: `${'y'.repeat(NOTICE_VALUE_MAX)}… (100000)`, fullValue: long });
  });
});

describe('URL notices', () => {
  it('echo a 100 KB parameter cut, with the full value beside it', () => {
    const { notices } = decodeUrlState(`?organisation=${'X'.repeat(100_000)}`, context);
    expect(notices).toEqual([{ kind: 'unknown-organisation', value: `${'X'.repeat(NOTICE_VALUE_MAX)}… (100000)`, fullValue: 'X'.repeat(100_000) }]);
  });
});
