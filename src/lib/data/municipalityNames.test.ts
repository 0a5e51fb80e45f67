import { describe, expect, it } from 'vitest';
import { defaultGeoDir, readSharedGeo } from '../../../scripts/lib/readSharedGeo';
import { createMunicipalityNames } from './municipalityNames';

const { index: geo } = readSharedGeo(defaultGeoDir());
const names = createMunicipalityNames(geo);
const last = geo.versions.length - 1;

describe('finding a municipality by name', () => {
  it.each([
    ['Amsterdam', 'GM0363'],
    ['amsterdam', 'GM0363'],
    ['Den Haag', 'GM0518'],
    ['Súdwest-Fryslân', 'GM1900'],
    ['Sudwest Fryslan', 'GM1900'],
    ['Hengelo', 'GM0164'],
    ['Bergen (NH.)', 'GM0373'],
    ['Bergen op Zoom', 'GM0748'],
  ])('%j is %s', (name, code) => {
    expect(names.find(name, last)).toMatchObject({ kind: 'one', code });
  });

  describe('edge cases', () => {
    it('finds a municipality merged away by then under its last code', () => {
      expect(names.find('Appingedam', last)).toEqual({ kind: 'one', code: 'GM0003', version: 0 });
    });
    it('says when a name only exists later', () => {
      expect(names.find('Eemsdelta', 0)).toMatchObject({ kind: 'not-yet', code: 'GM1979' });
    });
  });

  describe('bad input', () => {
    it('reports Bergen as ambiguous, with both candidates', () => {
      const match = names.find('Bergen', last);
      expect(match.kind).toBe('ambiguous');
      expect(match.kind === 'ambiguous' && match.candidates.map((m) => m.code).sort()).toEqual(['GM0373', 'GM0893']);
    });
    it.each(['Atlantis', '', 'GM'])('finds nothing for %j', (name) => expect(names.find(name, last)).toEqual({ kind: 'none' }));
  });
});
