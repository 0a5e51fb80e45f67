import { describe, expect, it } from 'vitest';
import type { Municipality } from '../domain/types';
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

  describe('bad input', () => {
    it.each(['', '   ', '!!!', 'GM9999', 'xyzzy'])('%j finds nothing', (query) => {
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
