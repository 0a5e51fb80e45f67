/**
 * Geometry of the province bar chart, with no DOM: one row per province (in
 * the order given), two bars per row on one 0–100 % scale: the share of
 * municipalities reached and the share of residents reached. The label column
 * is as wide as the longest name needs; the value column as its text.
 */
import { scaleLinear } from 'd3-scale';

export interface ProvinceBarsInput {
  width: number;
  rows: readonly { code: string; label: string; municipalityShare: number | null; populationShare: number | null; valueLabel: string }[];
}

export interface ProvinceBarRow {
  code: string;
  label: string;
  valueLabel: string;
  /** Top of the row band and its height. */
  y: number;
  height: number;
  /** Bar widths in px; null where the share is unknown (drawn as a hatched stub, never as zero). */
  municipalities: { y: number; width: number | null };
  population: { y: number; width: number | null };
}

export interface ProvinceBarsLayout {
  width: number;
  height: number;
  /** Where the bars start and end (0 % and 100 %). */
  barLeft: number;
  barRight: number;
  labelX: number;
  valueX: number;
  ticks: { value: number; x: number }[];
  rows: ProvinceBarRow[];
}

const CHAR_WIDTH = 7;
const ROW_HEIGHT = 30;
const BAR_HEIGHT = 9;
const AXIS_HEIGHT = 22;
const round = (value: number) => Math.round(value * 100) / 100;

export function layoutProvinceBars(input: ProvinceBarsInput): ProvinceBarsLayout {
  const longestLabel = Math.max(1, ...input.rows.map((r) => r.label.length));
  const longestValue = Math.max(1, ...input.rows.map((r) => r.valueLabel.length));
  // A little more than the estimate: the selected row's name is bold.
  const labelWidth = Math.min(longestLabel * CHAR_WIDTH + 14, input.width * 0.35);
  const valueWidth = longestValue * CHAR_WIDTH + 8;
  const barLeft = round(labelWidth + 6);
  const barRight = round(Math.max(barLeft + 40, input.width - valueWidth - 8));
  const x = scaleLinear().domain([0, 1]).range([barLeft, barRight]);
  const width = (share: number | null) => (share === null ? null : round(x(share) - barLeft));

  const rows = input.rows.map((row, i): ProvinceBarRow => {
    const y = AXIS_HEIGHT + i * ROW_HEIGHT;
    const barsTop = y + (ROW_HEIGHT - 2 * BAR_HEIGHT - 2) / 2;
    return {
      code: row.code,
      label: row.label,
      valueLabel: row.valueLabel,
      y,
      height: ROW_HEIGHT,
      municipalities: { y: round(barsTop), width: width(row.municipalityShare) },
      population: { y: round(barsTop + BAR_HEIGHT + 2), width: width(row.populationShare) },
    };
  });

  return {
    width: input.width,
    height: AXIS_HEIGHT + rows.length * ROW_HEIGHT + 4,
    barLeft,
    barRight,
    labelX: round(labelWidth),
    valueX: round(barRight + 8),
    // Quarters of the scale, or only 0, 50 and 100 % where labels would touch.
    ticks: (barRight - barLeft < 200 ? [0, 0.5, 1] : [0, 0.25, 0.5, 0.75, 1]).map((value) => ({ value, x: round(x(value)) })),
    rows,
  };
}

export const PROVINCE_BAR_HEIGHT = BAR_HEIGHT;
