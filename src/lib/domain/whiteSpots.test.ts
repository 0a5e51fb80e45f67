import { describe, expect, it } from 'vitest';
import { fakeCoverage, place } from './fixtures/fakeCoverage';
import { coverageAt } from './fixtures/smallDataset';
import { getWhiteSpots } from './whiteSpots';

const reach0 = { combined: 'reach-0' } as const;
const coverage = fakeCoverage(0, [
  { municipality: place('GM0001', 5_000, 'PV01', 'Aadorp'), categories: reach0 },
  { municipality: place('GM0002', 90_000, 'PV02', 'Beekveld'), categories: reach0 },
  { municipality: place('GM0003', null, 'PV01', 'Cranendonk'), categories: reach0 },
  { municipality: place('GM0004', 5_000, 'PV01', 'Aarle'), categories: reach0 },
  { municipality: place('GM0005', 70_000, 'PV01', 'Dalen'), categories: { combined: 'reach-2', ido: 'ido-in-municipality', sek: 'sek-local' } },
  // No data for the SEK and nothing else reaches it: a possible white spot, not listed.
  { municipality: place('GM0006', 1_000, 'PV02', 'Eext'), categories: { combined: 'no-data', sek: 'no-data' } },
  // No data for the SEK, but it has an IDO: not even possibly a white spot.
  { municipality: place('GM0007', 1_000, 'PV02', 'Fochteloo'), categories: { combined: 'no-data', sek: 'no-data', ido: 'ido-in-municipality' } },
]);

describe('white spots', () => {
  const report = getWhiteSpots(coverage);

  it('lists the municipalities no programme reaches, largest population first, unknown last, ties by name', () => {
    expect(report.spots.map((s) => s.municipality.name)).toEqual(['Beekveld', 'Aadorp', 'Aarle', 'Cranendonk']);
  });

  it('adds up the known residents and says how many white spots have none', () => {
    expect(report.population).toEqual({ known: 100_000, unknownMunicipalities: 1 });
    expect(report.considered).toBe(7);
  });

  it('counts "no data" apart (missing is not zero), with the possible white spots among them', () => {
    expect(report.noData).toEqual({ municipalities: 2, possibleWhiteSpots: 1 });
  });

  it('keeps to an area', () => {
    const inPv01 = getWhiteSpots(coverage, (item) => item.municipality.provinceCode === 'PV01');
    expect(inPv01.spots.map((s) => s.municipality.code)).toEqual(['GM0001', 'GM0004', 'GM0003']);
    expect(inPv01.considered).toBe(4);
    expect(inPv01.noData.municipalities).toBe(0);
  });

  describe('edge cases', () => {
    it('a quarter where every municipality is reached has none', () => {
      const report = getWhiteSpots(coverageAt('2021-Q1'));
      expect(report.spots).toEqual([]);
      expect(report.population).toEqual({ known: 0, unknownMunicipalities: 0 });
    });

    it('before the SEK registration every municipality is "no data", never a white spot', () => {
      const report = getWhiteSpots(coverageAt('2019-Q1'));
      expect(report.spots).toEqual([]);
      expect(report.noData.municipalities).toBe(3);
    });
  });
});
