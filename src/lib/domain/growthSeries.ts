/**
 * Growth over time: the totals of every quarter for one indicator, nationally
 * and for an area, as the values a chart draws. The pipeline:
 *
 *   coverage per quarter (memoised, the same the map uses)
 *     → IndicatorTotals per quarter (national, or filtered to the area)
 *     → one value per quarter for the chosen measure (a share or a count;
 *       null where the data has nothing to say)
 *
 * Municipalities and residents are drawn as shares: the number of
 * municipalities changes with herindelingen (355 → 342) and an area only
 * compares with the country as a share. Organisations and IDO locations are
 * drawn as counts: that is how they are published and how targets are set.
 */
import type { CodeResolver } from './types';
import type { PublishedFigure } from './types';
import { inArea, type AnalysisArea } from './analysisArea';
import type { CoverageAt } from './coverageCache';
import type { IndicatorId } from './indicators';
import { SHARE_INDICATORS, TARGET_INDICATORS } from './nationalFigures';
import type { Quarter } from './quarter';
import { getIndicatorTotals, PUBLISHED_COUNTERPARTS, type IndicatorTotals } from './totals';

export const GROWTH_MEASURES = ['municipalities', 'population', 'organisations', 'idoLocations'] as const;
export type GrowthMeasure = (typeof GROWTH_MEASURES)[number];

/** How a measure is drawn: a share (0..1) that areas compare on, or a national count. */
export const MEASURE_SCALE: Record<GrowthMeasure, 'share' | 'count'> = {
  municipalities: 'share',
  population: 'share',
  organisations: 'count',
  idoLocations: 'count',
};

/** The measures of an indicator: IDO locations only belong to the IDO. */
export function measuresFor(indicator: IndicatorId): GrowthMeasure[] {
  return GROWTH_MEASURES.filter((measure) => measure !== 'idoLocations' || indicator === 'ido');
}

export interface SeriesPoint {
  quarter: Quarter;
  /** Null where the quarter has no data for the indicator (before registration); never drawn as zero. */
  totals: IndicatorTotals | null;
}

/**
 * Totals per quarter, nationally (`area` null) or for the area. A quarter
 * outside the data, or in which every municipality of the area is "no data",
 * gets null totals.
 */
export function getGrowthSeries(
  coverageAt: CoverageAt,
  quarters: readonly Quarter[],
  indicator: IndicatorId,
  area: AnalysisArea | null,
  resolver: CodeResolver,
): SeriesPoint[] {
  return quarters.map((quarter) => {
    const coverage = coverageAt(quarter);
    if (!coverage) return { quarter, totals: null };
    const totals = getIndicatorTotals(coverage, indicator, area ? inArea(area, coverage, resolver) : undefined);
    return { quarter, totals: totals.municipalities.total > 0 && totals.municipalities.noData < totals.municipalities.total ? totals : null };
  });
}

export interface MeasureValue {
  /** What the chart draws: a share for share measures, a count otherwise; null when unknown. */
  value: number | null;
  /** The count behind it (covered municipalities, residents, organisations, locations). */
  count: number | null;
  /** What the count is out of (municipalities, known residents, organisations), or null for IDO locations. */
  total: number | null;
  /** Municipalities whose residents are unknown and so not counted (population only; 0 otherwise). */
  unknown: number;
}

/** The value of one measure in one quarter's totals. */
export function measureValue(totals: IndicatorTotals | null, measure: GrowthMeasure): MeasureValue {
  if (!totals) return { value: null, count: null, total: null, unknown: 0 };
  // Every municipality without data: the shares are unknown, not zero.
  const noData = totals.municipalities.noData === totals.municipalities.total;
  if (noData && (measure === 'municipalities' || measure === 'population')) return { value: null, count: null, total: null, unknown: 0 };
  switch (measure) {
    case 'municipalities': {
      const { covered, total } = totals.municipalities;
      return { value: total > 0 ? covered / total : null, count: covered, total, unknown: 0 };
    }
    case 'population': {
      const { covered, total, totalUnknown } = totals.population;
      // With no known resident at all the share is unknown, not zero.
      return { value: total > 0 ? covered / total : null, count: total > 0 ? covered : null, total: total > 0 ? total : null, unknown: totalUnknown };
    }
    case 'organisations': {
      if (!totals.organisations) return { value: null, count: null, total: null, unknown: 0 };
      const { participating, total } = totals.organisations;
      return { value: participating, count: participating, total, unknown: 0 };
    }
    case 'idoLocations':
      return { value: totals.openIdoLocations, count: totals.openIdoLocations, total: null, unknown: 0 };
  }
}

/** Published indicators that are counterparts of a measure, per map indicator (counts first, then shares). */
export function publishedIndicatorsFor(indicator: IndicatorId, measure: GrowthMeasure): string[] {
  const counterparts = PUBLISHED_COUNTERPARTS[indicator];
  switch (measure) {
    case 'municipalities':
      return counterparts.municipalities ? [counterparts.municipalities] : [];
    case 'population':
      return [];
    case 'organisations': {
      const shares: Partial<Record<IndicatorId, string>> = { ido: 'ido_organisaties_alle', belastingdienst: 'bd_convenant_aandeel' };
      return [counterparts.organisations, shares[indicator]].filter((id): id is string => !!id);
    }
    case 'idoLocations':
      return ['ido_locaties'];
  }
}

export interface PublishedPoint {
  figure: PublishedFigure;
  /** Where the chart draws it, on the measure's own scale (a published share of organisations is drawn as the count it implies). */
  value: number;
}

/**
 * The published figures of a measure that fall in the chart's quarters, placed
 * on its scale with the national totals of their quarter. Targets are not
 * published measurements: see `targetsFor`.
 */
export function publishedPoints(
  figures: readonly PublishedFigure[],
  indicator: IndicatorId,
  measure: GrowthMeasure,
  national: readonly SeriesPoint[],
): PublishedPoint[] {
  const wanted = publishedIndicatorsFor(indicator, measure);
  const totalsAt = new Map(national.map((point) => [point.quarter, point.totals]));
  const points: PublishedPoint[] = [];
  for (const figure of figures) {
    if (!wanted.includes(figure.indicator) || TARGET_INDICATORS.has(figure.indicator)) continue;
    const totals = totalsAt.get(figure.quarter);
    if (!totals) continue;
    let value = figure.value;
    if (measure === 'municipalities') value = figure.value / totals.municipalities.total;
    else if (SHARE_INDICATORS.has(figure.indicator)) {
      if (!totals.organisations) continue;
      value = figure.value * totals.organisations.total;
    }
    points.push({ figure, value });
  }
  return points.sort((a, b) => a.figure.quarter - b.figure.quarter || a.value - b.value);
}

/** Which measure of which indicator a programme target belongs to. */
const TARGET_MEASURES: Record<string, { indicator: IndicatorId; measure: GrowthMeasure }> = {
  ido_doel_organisaties: { indicator: 'ido', measure: 'organisations' },
};

/** Targets (reference lines) of a measure: value and the quarter by which it should be reached. */
export function targetsFor(figures: readonly PublishedFigure[], indicator: IndicatorId, measure: GrowthMeasure): PublishedFigure[] {
  return figures.filter((figure) => {
    const target = TARGET_MEASURES[figure.indicator];
    return TARGET_INDICATORS.has(figure.indicator) && target?.indicator === indicator && target.measure === measure;
  });
}
