/** The sentence that describes the province bars: highest and lowest coverage, by municipalities and by residents. */
import { municipalityShare, populationShare, type ProvinceCoverage } from '../domain/provinceCoverage';
import { formatPercent, translate, type Language } from '../i18n/translate';

export function describeProvinces(language: Language, rows: readonly ProvinceCoverage[], provinceName: (code: string) => string): string {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(language, key, params);
  const known = rows.filter((row) => municipalityShare(row) !== null);
  if (known.length === 0) return t('analysis.provinces.describeNone');
  // Highest first; ties by name so the sentence is the same on every run.
  const ranked = [...known].sort((a, b) => municipalityShare(b)! - municipalityShare(a)! || provinceName(a.provinceCode).localeCompare(provinceName(b.provinceCode), 'nl'));
  const text = (row: ProvinceCoverage) => {
    const residents = populationShare(row);
    return t('analysis.provinces.describeRow', {
      province: provinceName(row.provinceCode),
      share: formatPercent(language, municipalityShare(row)!),
      residents: residents === null ? t('analysis.unknownPopulation') : t('analysis.shareOfResidents', { share: formatPercent(language, residents) }),
    });
  };
  return t('analysis.provinces.describe', { count: known.length, best: text(ranked[0]!), worst: text(ranked.at(-1)!) });
}
