/**
 * A few sentences that say what the map shows, for screen readers (read
 * politely on change) and as the map's text alternative.
 */
import type { QuarterCoverage } from './coverage';
import type { IndicatorId } from './indicators';
import { getProvinceCoverage } from './provinceCoverage';
import { getIndicatorTotals } from './totals';
import type { Province } from './types';
import { formatPercent, formatQuarter, translate, type Language } from '../i18n/translate';

export function getMapSummary(
  language: Language,
  indicator: IndicatorId,
  coverage: QuarterCoverage,
  previous: QuarterCoverage | null,
  provinces: readonly Province[],
): string {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(language, key, params);
  const quarter = formatQuarter(language, coverage.quarter);
  const totals = getIndicatorTotals(coverage, indicator);
  const { covered, total, noData } = totals.municipalities;
  if (noData === total) return t('summary.allNoData', { indicator: t(`indicator.${indicator}`), quarter });

  const sentences = [t(`summary.covered.${indicator}`, { quarter, covered, total, share: formatPercent(language, covered / total) })];

  if (previous) {
    const before = getIndicatorTotals(previous, indicator);
    if (before.municipalities.noData < before.municipalities.total) {
      const change = covered - before.municipalities.covered;
      sentences.push(change > 0 ? t('summary.change.more', { count: change }) : change < 0 ? t('summary.change.fewer', { count: -change }) : t('summary.change.same'));
    }
  }

  const best = getProvinceCoverage(coverage, indicator)
    .filter((p) => p.municipalities.total > 0)
    .sort((a, b) => b.municipalities.covered / b.municipalities.total - a.municipalities.covered / a.municipalities.total)[0];
  if (best && best.municipalities.covered > 0) {
    const name = provinces.find((p) => p.code === best.provinceCode)?.name ?? best.provinceCode;
    sentences.push(t('summary.bestProvince', { province: name, share: formatPercent(language, best.municipalities.covered / best.municipalities.total) }));
  }
  if (noData > 0) sentences.push(t('summary.noData', { count: noData }));
  return sentences.join(' ');
}
