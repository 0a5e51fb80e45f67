/**
 * Which published figures (gepubliceerde-cijfers.csv) stand beside the
 * totals on screen: those of the indicator's counterparts for the quarter.
 * Published figures and targets are national, so a chosen province shows none.
 */
import type { IndicatorId } from './indicators';
import type { Quarter } from './quarter';
import { PUBLISHED_COUNTERPARTS } from './totals';
import type { PublishedFigure } from './types';

export interface PublishedBesideTotals {
  municipalities: PublishedFigure[];
  organisations: PublishedFigure[];
  openIdoLocations: PublishedFigure[];
}

/** The indicator's programme target (IDO: 129 organisations by the end of 2021). */
export const TARGET_INDICATOR: Partial<Record<IndicatorId, string>> = { ido: 'ido_doel_organisaties' };

export function publishedBesideTotals(figures: readonly PublishedFigure[], indicator: IndicatorId, quarter: Quarter, region: string | null): PublishedBesideTotals {
  const counterparts = PUBLISHED_COUNTERPARTS[indicator];
  const of = (id: string | null) => (id && !region ? figures.filter((figure) => figure.indicator === id && figure.quarter === quarter) : []);
  return { municipalities: of(counterparts.municipalities), organisations: of(counterparts.organisations), openIdoLocations: of(counterparts.openIdoLocations) };
}

/** The published target figure of the indicator (judged by targets.ts), or null: none, or a province is chosen. */
export function targetFor(figures: readonly PublishedFigure[], indicator: IndicatorId, region: string | null): PublishedFigure | null {
  const id = TARGET_INDICATOR[indicator];
  return (id && !region ? figures.find((f) => f.indicator === id) : undefined) ?? null;
}
