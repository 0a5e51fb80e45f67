/**
 * Calibration of the example data against the published national figures:
 * which published rows it reproduces, and which it deliberately does not
 * because another source for the same quarter was chosen.
 */
import type { CodeResolver } from '../../../src/lib/data/lineage';
import type { PublishedFigure } from '../../../src/lib/data/publishedFigures';
import { boundaryVersionForQuarter } from '../../../src/lib/domain/boundaries';
import { getQuarterCoverage, indexDataset } from '../../../src/lib/domain/coverage';
import { computeNationalFigures, matchesPublished, TARGET_INDICATORS } from '../../../src/lib/domain/nationalFigures';
import { quarterKey } from '../../../src/lib/domain/quarter';
import type { Dataset, GeoIndex } from '../../../src/lib/domain/types';

/**
 * Published rows the example data does not reproduce, because the same
 * indicator and quarter has another published figure that it does reproduce.
 * Key: `indicator@quarter=value`.
 */
export const NOT_CHOSEN: Record<string, string> = {
  'ido_locaties@2020-Q4=70':
    'The quarterly report says "ruim 70" (over 70); the 2022 overview by bibliotheeknetwerk.nl gives the exact count 73 for the end of 2020.',
  'ido_locaties@2021-Q4=400':
    'A count on 29 November 2021, mid-quarter; the quarter is represented by its end, 439 on 31 December 2021.',
  'bd_convenant_organisaties@2020-Q4=127':
    'The Bibliotheekmonitor gives 127 respondents that take part; the programme’s own quarterly report gives 128 organisations in the convenant, chosen as the register figure.',
};

export interface CalibrationRow {
  figure: PublishedFigure;
  computed: number | null;
  status: 'reproduced' | 'not-chosen' | 'target' | 'mismatch';
  reason: string | null;
}

export function checkCalibration(dataset: Dataset, geo: GeoIndex, resolver: CodeResolver, published: readonly PublishedFigure[]): CalibrationRow[] {
  const index = indexDataset(dataset);
  const figuresByQuarter = new Map<number, Record<string, number>>();
  const figuresAt = (quarter: number) => {
    let figures = figuresByQuarter.get(quarter);
    if (!figures) {
      figures = computeNationalFigures(getQuarterCoverage(index, resolver, boundaryVersionForQuarter(geo, quarter).municipalities, quarter));
      figuresByQuarter.set(quarter, figures);
    }
    return figures;
  };
  return published.map((figure) => {
    if (TARGET_INDICATORS.has(figure.indicator)) return { figure, computed: null, status: 'target', reason: 'a programme target, not a measurement' };
    const computed = figuresAt(figure.quarter)[figure.indicator];
    if (computed === undefined) return { figure, computed: null, status: 'mismatch', reason: `no computed figure for indicator ${figure.indicator}` };
    if (matchesPublished(figure.indicator, computed, figure.value)) return { figure, computed, status: 'reproduced', reason: null };
    const choice = NOT_CHOSEN[`${figure.indicator}@${quarterKey(figure.quarter)}=${figure.value}`];
    return { figure, computed, status: choice ? 'not-chosen' : 'mismatch', reason: choice ?? null };
  });
}
