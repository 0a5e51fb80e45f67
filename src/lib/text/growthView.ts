/**
 * Everything the growth view shows, from one computation: the chart's values,
 * the texts of its points, the table beside it and the sentence that
 * describes it. Chart and table read the same `values` and `valueLabels`, so
 * they cannot disagree; both come from the totals the map's legend uses.
 */
import type { CodeResolver } from '../domain/types';
import type { PublishedFigure } from '../domain/types';
import type { AnalysisArea } from '../domain/analysisArea';
import type { CoverageAt } from '../domain/coverageCache';
import { getGrowthSeries, MEASURE_SCALE, measureValue, publishedPoints, targetsFor, type GrowthMeasure, type SeriesPoint } from '../domain/growthSeries';
import type { IndicatorId } from '../domain/indicators';
import type { Quarter } from '../domain/quarter';
import { formatDate, formatNumber, formatPercent, formatQuarter, translate, type Language } from '../i18n/translate';

export type SeriesId = 'national' | 'province' | 'municipality';

export interface GrowthViewSeries {
  id: SeriesId;
  /** `NL`, a province code or a municipality code. */
  areaCode: string;
  label: string;
  points: SeriesPoint[];
  /** What the chart draws per quarter (share or count); null is unknown. */
  values: (number | null)[];
  /** The same values as text, for tooltips, accessible names and the table. */
  valueLabels: string[];
}

export interface GrowthView {
  quarters: Quarter[];
  quarterLabels: string[];
  scale: 'share' | 'count';
  series: GrowthViewSeries[];
  published: { quarter: Quarter; value: number; label: string; details: string[]; figure: PublishedFigure }[];
  targets: { quarter: Quarter; value: number; label: string }[];
  /** An area was chosen but the measure is a national count: the area is not drawn. */
  areaOmitted: boolean;
  /** A few sentences that say what the chart shows. */
  description: string;
}

export interface GrowthViewInput {
  coverageAt: CoverageAt;
  resolver: CodeResolver;
  quarters: readonly Quarter[];
  indicator: IndicatorId;
  measure: GrowthMeasure;
  /** Areas drawn beside the country, with their names. */
  areas: readonly { id: Exclude<SeriesId, 'national'>; area: AnalysisArea; name: string }[];
  figures: readonly PublishedFigure[];
  language: Language;
}

export function getGrowthView(input: GrowthViewInput): GrowthView {
  const { language, measure, indicator, quarters } = input;
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(language, key, params);
  const scale = MEASURE_SCALE[measure];
  const valueText = (point: SeriesPoint) => describeValue(language, measure, point);

  // 1. The national series, then each area's (areas only where they compare: shares).
  const build = (id: SeriesId, areaCode: string, label: string, area: AnalysisArea | null): GrowthViewSeries => {
    const points = getGrowthSeries(input.coverageAt, quarters, indicator, area, input.resolver);
    return { id, areaCode, label, points, values: points.map((p) => measureValue(p.totals, measure).value), valueLabels: points.map(valueText) };
  };
  const national = build('national', 'NL', t('analysis.growth.national'), null);
  const areas = scale === 'share' ? input.areas.map((a) => build(a.id, a.area.code, a.name, a.area)) : [];

  // 2. Published figures and targets, on the measure's scale.
  const published = publishedPoints(input.figures, indicator, measure, national.points).map((point) => ({
    quarter: point.figure.quarter,
    value: point.value,
    label: t('analysis.published.label', { quarter: formatQuarter(language, point.figure.quarter), value: publishedValueText(language, point.figure) }),
    details: [
      t('analysis.published.date', { date: formatDate(language, point.figure.date) }),
      t('analysis.published.source', { source: point.figure.source }),
      t('analysis.published.quote', { quote: point.figure.quote }),
    ],
    figure: point.figure,
  }));
  const targets = targetsFor(input.figures, indicator, measure)
    .filter((figure) => quarters.includes(figure.quarter))
    .map((figure) => ({ quarter: figure.quarter, value: figure.value, label: t('analysis.target.label', { value: formatNumber(language, figure.value), quarter: formatQuarter(language, figure.quarter) }) }));

  const series = [national, ...areas];
  return {
    quarters: [...quarters],
    quarterLabels: quarters.map((q) => formatQuarter(language, q)),
    scale,
    series,
    published,
    targets,
    areaOmitted: scale === 'count' && input.areas.length > 0,
    description: describe(language, series, quarters, targets, national, measure, published.length),
  };
}

/** A value as the chart's tooltip, its accessible name and the table write it. */
export function describeValue(language: Language, measure: GrowthMeasure, point: SeriesPoint): string {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(language, key, params);
  const value = measureValue(point.totals, measure);
  if (value.value === null || value.count === null) {
    // Residents unknown for every municipality of the area: say so, it is not zero.
    return measure === 'population' && value.unknown > 0 ? t('analysis.value.populationAllUnknown', { unknown: value.unknown }) : t('analysis.value.noData');
  }
  const share = formatPercent(language, value.value, 1);
  switch (measure) {
    case 'municipalities': {
      // The residents' share beside the municipalities': a few large municipalities weigh more than many small ones.
      const residents = measureValue(point.totals, 'population').value;
      return `${t('analysis.value.municipalities', { covered: value.count, total: value.total ?? 0, share })}; ${
        residents === null ? t('analysis.unknownPopulation') : t('analysis.shareOfResidents', { share: formatPercent(language, residents, 1) })
      }`;
    }
    case 'population':
      return value.unknown > 0
        ? t('analysis.value.populationUnknown', { covered: value.count, share, unknown: value.unknown })
        : t('analysis.value.population', { covered: value.count, share });
    case 'organisations':
      return t('analysis.value.organisations', { count: value.count, total: value.total ?? 0 });
    case 'idoLocations':
      return t('analysis.value.idoLocations', { count: value.count });
  }
}

function publishedValueText(language: Language, figure: PublishedFigure): string {
  // Shares are published as fractions (0.91): show them as the percentage people read.
  return figure.value > 0 && figure.value <= 1 && !Number.isInteger(figure.value) ? formatPercent(language, figure.value) : `${formatNumber(language, figure.value)} ${figure.unit}`;
}

function describe(
  language: Language,
  series: readonly GrowthViewSeries[],
  quarters: readonly Quarter[],
  targets: GrowthView['targets'],
  national: GrowthViewSeries,
  measure: GrowthMeasure,
  publishedCount: number,
): string {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(language, key, params);
  const sentences = series.map((s) => {
    const known = s.values.map((v, i) => (v === null ? -1 : i)).filter((i) => i >= 0);
    if (known.length === 0) return t('analysis.growth.describeNoData', { series: s.label });
    const first = known[0]!;
    const last = known.at(-1)!;
    return t('analysis.growth.describe', {
      series: s.label,
      fromValue: s.valueLabels[first]!,
      from: formatQuarter(language, quarters[first]!),
      toValue: s.valueLabels[last]!,
      to: formatQuarter(language, quarters[last]!),
    });
  });
  for (const target of targets) {
    const i = quarters.indexOf(target.quarter);
    sentences.push(t('analysis.growth.describeTarget', { target: target.label, actual: i >= 0 ? national.valueLabels[i]! : t('analysis.value.noData') }));
  }
  if (publishedCount > 0) sentences.push(t('analysis.growth.describePublished', { count: publishedCount }));
  if (measure === 'population') sentences.push(t('analysis.growth.describePopulation'));
  return sentences.join(' ');
}
