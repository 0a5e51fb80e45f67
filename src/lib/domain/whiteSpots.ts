/**
 * White spots: municipalities that no programme reaches in a quarter, largest
 * population first.
 *
 * A white spot is the combined indicator's `reach-0`: the data knows all three
 * programmes there (IDO, SEK, convenant) and none reaches it. A municipality
 * with "no data" for some programme is not a white spot, because missing is
 * not zero; it is counted apart, and among those the ones that no programme
 * with data reaches are reported as "possible white spots" (before the SEK
 * registration started, in 2019–2020 K2, every white spot is only possible).
 */
import type { MunicipalityCoverage, QuarterCoverage } from './coverage';
import type { Quarter } from './quarter';

export interface WhiteSpotReport {
  quarter: Quarter;
  /** Municipalities reached by no programme, by population (largest first; unknown last), then name. */
  spots: MunicipalityCoverage[];
  /** Residents of the white spots with a known population, and how many white spots have none. */
  population: { known: number; unknownMunicipalities: number };
  /** Municipalities considered (all, or those of the area). */
  considered: number;
  /** Municipalities with "no data" for at least one programme, and how many of those no programme with data reaches. */
  noData: { municipalities: number; possibleWhiteSpots: number };
}

/** Whether no programme with data reaches the municipality (its categories other than "no data" are all "not reached"). */
function reachedByNoKnownProgramme(item: MunicipalityCoverage): boolean {
  const { ido, sek, belastingdienst } = item.categories;
  return ido !== 'ido-in-municipality' && sek !== 'sek-local' && sek !== 'sek-national' && belastingdienst !== 'bd-partner';
}

export function getWhiteSpots(coverage: QuarterCoverage, include?: (item: MunicipalityCoverage) => boolean): WhiteSpotReport {
  const items = include ? coverage.municipalities.filter(include) : coverage.municipalities;
  const spots = items.filter((item) => item.categories.combined === 'reach-0');
  spots.sort((a, b) => {
    const x = a.municipality.population;
    const y = b.municipality.population;
    if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0) || a.municipality.name.localeCompare(b.municipality.name, 'nl');
    return y - x || a.municipality.name.localeCompare(b.municipality.name, 'nl');
  });
  const noData = items.filter((item) => item.categories.combined === 'no-data');
  return {
    quarter: coverage.quarter,
    spots,
    population: {
      known: spots.reduce((sum, item) => sum + (item.municipality.population ?? 0), 0),
      unknownMunicipalities: spots.filter((item) => item.municipality.population === null).length,
    },
    considered: items.length,
    noData: { municipalities: noData.length, possibleWhiteSpots: noData.filter(reachedByNoKnownProgramme).length },
  };
}
