import { describe, expect, it } from 'vitest';
import type { Municipality } from '../domain/types';
import { defaultGeoDir, readSharedGeo } from '../../../scripts/lib/readSharedGeo';
import { quarterKey } from '../domain/quarter';
import { createMunicipalitySearch, normaliseMunicipalityCode, normaliseName } from './municipalitySearch';

const m = (code: string, name: string): Municipality => ({ code, name, provinceCode: 'PV00', population: null });
const municipalities = [
  m('GM0518', "'s-Gravenhage"),
  m('GM0796', "'s-Hertogenbosch"),
  m('GM1900', 'Súdwest-Fryslân'),
  m('GM0363', 'Amsterdam'),
  m('GM0362', 'Amstelveen'),
  m('GM0437', 'Ouder-Amstel'),
  m('GM0164', 'Hengelo (O.)'),
  m('GM1735', 'Hof van Twente'),
];
const search = createMunicipalitySearch(municipalities);
const first = (query: string) => search.search(query)[0]?.municipality.code;

describe('finding a municipality', () => {
  it.each([
    ['Den Haag', 'GM0518'],
    ["'s-Gravenhage", 'GM0518'],
    ['s gravenhage', 'GM0518'],
    ['Den Bosch', 'GM0796'],
    ['sudwest fryslan', 'GM1900'],
    ['Súdwest-Fryslân', 'GM1900'],
    ['GM0363', 'GM0363'],
    ['0363', 'GM0363'],
    ['363', 'GM0363'],
    ['amsterdam', 'GM0363'],
    ['Hengelo', 'GM0164'],
    ['twente', 'GM1735'],
  ])('%j finds %s first', (query, code) => {
    expect(first(query)).toBe(code);
  });

  it('ranks names that start with the query before names that contain it', () => {
    expect(search.search('amst').map((r) => r.municipality.name)).toEqual(['Amstelveen', 'Amsterdam', 'Ouder-Amstel']);
  });

  it('says which alias matched', () => {
    expect(search.search('Den Haag')[0]?.matchedAlias).toBe('Den Haag');
    expect(search.search('Amsterdam')[0]?.matchedAlias).toBeNull();
  });

  it.each([
    // [typed, found] a letter or two off still finds the name
    ['Amsterdm', 'Amsterdam'],
    ['Amstredam', 'Amsterdam'],
    ['Hof van Twnte', 'Hof van Twente'],
    ['amstlveen', 'Amstelveen'],
  ])('the near miss %j finds %s', (query, name) => {
    const found = search.search(query);
    expect(found.map((r) => r.municipality.name)).toContain(name);
    expect(found.find((r) => r.municipality.name === name)!.nearMiss).toBe(true);
  });

  it('ranks names containing what was typed before near misses', () => {
    expect(search.search('amstel').map((r) => [r.municipality.name, r.nearMiss])).toEqual([
      ['Amstelveen', false],
      ['Ouder-Amstel', false],
      ['Amsterdam', true],
    ]);
  });

  describe('bad input', () => {
    it.each(['', '   ', '!!!', 'GM9999', 'xyzzy', 'zz'])('%j finds nothing', (query) => {
      expect(search.search(query)).toEqual([]);
    });
  });
});

describe('normalising', () => {
  it.each([
    ["'s-Hertogenbosch", 's hertogenbosch'],
    ['Súdwest-Fryslân', 'sudwest fryslan'],
    ['Bergen (NH.)', 'bergen nh'],
  ])('%j → %j', (name, expected) => expect(normaliseName(name)).toBe(expected));

  it.each([
    ['GM0363', 'GM0363'],
    ['gm363', 'GM0363'],
    ['0014', 'GM0014'],
    ['14', 'GM0014'],
    ['GM12345', null],
    ['Amsterdam', null],
  ])('code %j → %j', (text, expected) => expect(normaliseMunicipalityCode(text)).toBe(expected));
});

describe('names of another quarter (the real boundaries)', () => {
  const { index: geo } = readSharedGeo(defaultGeoDir());
  const searchIn = (versionId: string) => createMunicipalitySearch(geo.versions.find((v) => v.id === versionId)!.municipalities, { geo, versionId });
  const describeResult = (versionId: string, query: string) => {
    const result = searchIn(versionId).search(query)[0]!;
    return {
      name: result.municipality.name,
      kind: result.kind,
      from: result.from === null ? null : quarterKey(result.from),
      until: result.until === null ? null : quarterKey(result.until),
      related: result.related.map((m) => m.name).sort(),
    };
  };

  it.each([
    // [boundary version shown, typed, what is found]
    ['2019-01-01', 'Eemsdelta', { name: 'Eemsdelta', kind: 'later', from: '2021-Q1', until: null, related: ['Appingedam', 'Delfzijl', 'Loppersum'] }],
    ['2019-01-01', 'eemsdlta', { name: 'Eemsdelta', kind: 'later', from: '2021-Q1', until: null, related: ['Appingedam', 'Delfzijl', 'Loppersum'] }],
    ['2021-01-01', 'Voorne aan Zee', { name: 'Voorne aan Zee', kind: 'later', from: '2023-Q1', until: null, related: ['Brielle', 'Hellevoetsluis', 'Westvoorne'] }],
    ['2023-01-01', 'Weesp', { name: 'Weesp', kind: 'earlier', from: null, until: '2022-Q1', related: ['Amsterdam'] }],
    ['2023-01-01', 'Haaren', { name: 'Haaren', kind: 'earlier', from: null, until: '2020-Q4', related: ['Boxtel', 'Oisterwijk', 'Tilburg', 'Vught'] }],
    ['2023-01-01', 'Appingedam', { name: 'Appingedam', kind: 'earlier', from: null, until: '2020-Q4', related: ['Eemsdelta'] }],
    ['2019-01-01', 'Amsterdm', { name: 'Amsterdam', kind: 'here', from: null, until: null, related: [] }],
    ['2023-01-01', 'Eemsdelta', { name: 'Eemsdelta', kind: 'here', from: null, until: null, related: [] }],
  ] as const)('shown %s, typed %j', (versionId, query, expected) => {
    expect(describeResult(versionId, query)).toEqual(expected);
  });

  it('puts the names of the quarter shown before those of other quarters', () => {
    const results = searchIn('2023-01-01').search('Delf');
    expect(results[0]!.municipality.name).toBe('Delft');
    expect(results.find((r) => r.municipality.name === 'Delfzijl')?.kind).toBe('earlier');
  });
});
