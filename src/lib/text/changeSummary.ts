/**
 * The text alternative of the change map mode: what changed between the two
 * quarters, in municipalities and residents, read politely when it changes.
 */
import { countChanges, type ChangeComparison, type ChangeCount } from '../domain/changeComparison';
import type { IndicatorId } from '../domain/indicators';
import { formatNumber, formatQuarter, translate, type Language } from '../i18n/translate';

export function getChangeSummary(
  language: Language,
  indicator: IndicatorId,
  comparison: ChangeComparison,
  region: { code: string; name: string } | null,
): string {
  const include = region ? (code: string) => comparison.byCode.get(code)?.municipality.provinceCode === region.code : undefined;
  const counts = countChanges(comparison, include);
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(language, key, params);
  const count = (category: ChangeCount['category']) => counts.find((c) => c.category === category)!;
  const residents = (c: ChangeCount) =>
    c.populationUnknown > 0
      ? t('analysis.change.residentsPartly', { population: formatNumber(language, c.population), unknown: c.populationUnknown })
      : t('analysis.change.residents', { population: formatNumber(language, c.population) });
  const sentences = [
    (region ? `${t('analysis.summary.region', { province: region.name })} ` : '') +
      t('analysis.change.summary', {
        indicator: t(`indicator.${indicator}`),
        from: formatQuarter(language, comparison.earlier),
        to: formatQuarter(language, comparison.later),
        new: count('change-new').municipalities,
        newResidents: residents(count('change-new')),
        stopped: count('change-stopped').municipalities,
        stoppedResidents: residents(count('change-stopped')),
        kept: count('change-kept').municipalities,
        none: count('change-none').municipalities,
      }),
  ];
  const noData = count('no-data').municipalities;
  if (noData > 0) sentences.push(t('summary.noData', { count: noData }));
  const merged = comparison.changes.filter((change) => change.comparedWith.length > 0 && (!include || include(change.municipality.code))).length;
  if (merged > 0) sentences.push(t('analysis.change.lineage', { count: merged }));
  return sentences.join(' ');
}
