/**
 * What the totals say, as messages: one line per total with its number (or
 * "no data"), what it is out of, and the small print under it (how many
 * municipalities have no data, what the residents are counted on). The
 * totals panel, the presentation side and the exports say the same.
 *
 * Missing is not zero: when no municipality has data for the indicator, or
 * its programme is not registered in the quarter, a total is "geen gegevens",
 * never "0 van 355 (0%)".
 */
import type { PublishedFigure } from './types';
import { message, type Message } from './message';
import { describePublication, type Publication } from './publications';
import { quarterLastDay, type Quarter } from './quarter';
import type { IndicatorTotals } from './totals';

export type TotalId = 'municipalities' | 'population' | 'organisations' | 'ido-locations';

export interface TotalLine {
  id: TotalId;
  label: Message;
  /** The number in large type; null: no data. */
  value: number | null;
  /** What follows the number ("van 355 (34%)"), or "geen gegevens" in its place. */
  detail: Message | null;
  /** Small print under the number. */
  notes: Message[];
}

const NO_DATA = message('totals.noData');

/** The base of every population figure: residents on 1 January 2022, merged groups counted together, unknown ones left out. */
export function populationBase(population: IndicatorTotals['population']): Message {
  const { merged, totalUnknown: unknown } = population;
  if (merged > 0 && unknown > 0) return message('population.base.mergedUnknown', { merged, unknown });
  if (merged > 0) return message('population.base.merged', { merged });
  if (unknown > 0) return message('population.base.unknown', { unknown });
  return message('population.base');
}

export function describeTotals(totals: IndicatorTotals, options: { idoLocations: boolean }): TotalLine[] {
  const { municipalities, population, organisations, openIdoLocations } = totals;
  const allNoData = municipalities.total > 0 && municipalities.noData === municipalities.total;
  const share = (part: number, whole: number) => (whole > 0 ? { percent: part / whole } : '–');
  const lines: TotalLine[] = [
    allNoData
      ? { id: 'municipalities', label: message('totals.municipalities'), value: null, detail: NO_DATA, notes: [] }
      : {
          id: 'municipalities',
          label: message('totals.municipalities'),
          value: municipalities.covered,
          detail: message('totals.ofTotalShare', { total: municipalities.total, share: share(municipalities.covered, municipalities.total) }),
          notes: municipalities.noData > 0 ? [message('totals.someNoData', { count: municipalities.noData })] : [],
        },
    allNoData || population.total === 0
      ? { id: 'population', label: message('totals.population'), value: null, detail: NO_DATA, notes: allNoData ? [] : [populationBase(population)] }
      : {
          id: 'population',
          label: message('totals.population'),
          value: population.covered,
          detail: message('totals.share', { share: share(population.covered, population.total) }),
          notes: [populationBase(population)],
        },
    organisations
      ? { id: 'organisations', label: message('totals.organisations'), value: organisations.participating, detail: message('totals.ofTotal', { total: organisations.total }), notes: [] }
      : { id: 'organisations', label: message('totals.organisations'), value: null, detail: NO_DATA, notes: [] },
  ];
  if (options.idoLocations) {
    lines.push({ id: 'ido-locations', label: message('totals.idoLocations'), value: openIdoLocations, detail: openIdoLocations === null ? NO_DATA : null, notes: [] });
  }
  return lines;
}

export interface PublishedLine {
  figure: PublishedFigure;
  publication: Publication;
  /** Published minus the data (0: the same). */
  difference: number | null;
  /** Counted before the end of the quarter (the data is the state at its end). */
  early: boolean;
  text: Message;
}

/**
 * Published figures beside a total of the same quarter, oldest first, each
 * with its date and how it compares with the data, so two of them never
 * stand unexplained one above the other.
 */
export function publishedBesideTotal(figures: readonly PublishedFigure[], value: number | null, quarter: Quarter): PublishedLine[] {
  const quarterEnd = quarterLastDay(quarter);
  return [...figures]
    .sort((a, b) => a.date.localeCompare(b.date) || a.value - b.value)
    .map((figure) => {
      const difference = value === null ? null : figure.value - value;
      const early = figure.date < quarterEnd;
      const relation =
        difference === null
          ? message('totals.published.noData')
          : difference === 0
            ? message('totals.published.equal')
            : message(difference < 0 ? 'totals.published.lower' : 'totals.published.higher', { count: Math.abs(difference) });
      const params = { value: figure.value, date: { date: figure.date }, relation };
      return { figure, publication: describePublication(figure.source), difference, early, text: message(early ? 'totals.published.early' : 'totals.published.line', params) };
    });
}
