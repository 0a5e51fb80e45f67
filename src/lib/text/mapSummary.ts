/**
 * A few sentences that say what the map shows, for screen readers (read
 * politely on change) and as the map's text alternative. Returned as
 * messages; i18n's `formatMessages` says them in a language.
 */
import type { QuarterCoverage } from '../domain/coverage';
import type { IndicatorId } from '../domain/indicators';
import { message, type Message } from '../domain/message';
import { getProvinceCoverage, getRegionTotals, municipalityShare, populationShare } from '../domain/provinceCoverage';
import { populationBase } from '../domain/totalsView';
import type { Province } from '../domain/types';

/**
 * With `region` (a province code) the summary is about that province: its
 * totals, its change, and no "best province".
 */
export function describeMap(indicator: IndicatorId, coverage: QuarterCoverage, previous: QuarterCoverage | null, provinces: readonly Province[], region: string | null = null): Message[] {
  const quarter = { quarter: coverage.quarter };
  const totals = getRegionTotals(coverage, indicator, region);
  const { covered, total, noData } = totals.municipalities;
  const regionName = region ? (provinces.find((p) => p.code === region)?.name ?? region) : null;
  const sentences: Message[] = regionName ? [message('analysis.summary.region', { province: regionName })] : [];
  if (noData === total) return [...sentences, message('summary.allNoData', { indicator: message(`indicator.${indicator}`), quarter })];

  sentences.push(message(`summary.covered.${indicator}`, { quarter, covered, total, share: { percent: total > 0 ? covered / total : 0 } }));
  // The same share weighted by residents, with the base it is counted on (never a guessed population).
  if (totals.population.total > 0) sentences.push(message('summary.population', { share: { percent: totals.population.covered / totals.population.total }, base: populationBase(totals.population) }));

  if (previous) {
    const before = getRegionTotals(previous, indicator, region);
    if (before.municipalities.noData < before.municipalities.total) {
      // Say what changed: municipalities reached, against the quarter before and its number.
      const change = covered - before.municipalities.covered;
      const params = { count: Math.abs(change), previous: { quarter: previous.quarter }, before: before.municipalities.covered };
      sentences.push(message(change > 0 ? 'summary.change.more' : change < 0 ? 'summary.change.fewer' : 'summary.change.same', params));
    }
  }

  const best = regionName
    ? undefined
    : getProvinceCoverage(coverage, indicator)
        .filter((p) => p.municipalities.total > 0)
        .sort((a, b) => municipalityShare(b)! - municipalityShare(a)!)[0];
  if (best && best.municipalities.covered > 0) {
    const name = provinces.find((p) => p.code === best.provinceCode)?.name ?? best.provinceCode;
    const residents = populationShare(best);
    sentences.push(
      message('analysis.summary.bestProvince', {
        province: name,
        share: { percent: municipalityShare(best)! },
        residents: residents === null ? message('analysis.unknownPopulation') : message('analysis.shareOfResidents', { share: { percent: residents } }),
      }),
    );
  }
  if (noData > 0) sentences.push(message('summary.noData', { count: noData }));
  return sentences;
}
