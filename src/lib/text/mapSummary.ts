/**
 * A few sentences that say what the map shows, for screen readers (read
 * politely on change) and as the map's text alternative.
 */
import type { QuarterCoverage } from '../domain/coverage';
import type { IndicatorId } from '../domain/indicators';
import { getProvinceCoverage, inProvince, municipalityShare, populationShare } from '../domain/provinceCoverage';
import { getIndicatorTotals } from '../domain/totals';
import type { Province } from '../domain/types';
import { formatPercent, formatQuarter, translate, type Language } from '../i18n/translate';

/**
 * With `region` (a province code) the summary is about that province: its
 * totals, its change, and no "best province".
 */
export function getMapSummary(
  language: Language,
  indicator: IndicatorId,
  coverage: QuarterCoverage,
  previous: QuarterCoverage | null,
  provinces: readonly Province[],
  region: string | null = null,
): string {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(language, key, params);
  const quarter = formatQuarter(language, coverage.quarter);
  const totals = getIndicatorTotals(coverage, indicator, inProvince(region));
  const { covered, total, noData } = totals.municipalities;
  const regionName = region ? (provinces.find((p) => p.code === region)?.name ?? region) : null;
  const prefix = regionName ? `${t('analysis.summary.region', { province: regionName })} ` : '';
  if (noData === total) return prefix + t('summary.allNoData', { indicator: t(`indicator.${indicator}`), quarter });

  const sentences = [prefix + t(`summary.covered.${indicator}`, { quarter, covered, total, share: formatPercent(language, total > 0 ? covered / total : 0) })];
  // The same share weighted by residents, and what it leaves out (never a guessed population).
  if (totals.population.total > 0) sentences.push(t('analysis.summary.population', { share: formatPercent(language, totals.population.covered / totals.population.total) }));
  if (totals.population.coveredUnknown > 0) sentences.push(t('analysis.summary.populationUnknown', { count: totals.population.coveredUnknown }));

  if (previous) {
    const before = getIndicatorTotals(previous, indicator, inProvince(region));
    if (before.municipalities.noData < before.municipalities.total) {
      const change = covered - before.municipalities.covered;
      sentences.push(change > 0 ? t('summary.change.more', { count: change }) : change < 0 ? t('summary.change.fewer', { count: -change }) : t('summary.change.same'));
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
      t('analysis.summary.bestProvince', {
        province: name,
        share: formatPercent(language, municipalityShare(best)!),
        residents: residents === null ? t('analysis.unknownPopulation') : t('analysis.shareOfResidents', { share: formatPercent(language, residents) }),
      }),
    );
  }
  if (noData > 0) sentences.push(t('summary.noData', { count: noData }));
  return sentences.join(' ');
}
