/**
 * Geometry of the growth chart, from data to pixels, with no DOM: the
 * component only draws what this returns, and tests (and the golden SVG)
 * check it without a browser. The pipeline:
 *
 *   quarters, lines, published points, targets
 *     → x: quarters on a linear scale; y: 0..1 for shares, 0..nice(max) for counts
 *     → ticks (years on x, 3–6 values on y) and the left margin their labels need
 *     → a path per line (gaps where a value is unknown), a position per point,
 *       and a clickable column per quarter
 */
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { Quarter } from '../domain/quarter';

export interface GrowthChartInput {
  width: number;
  height: number;
  /** Consecutive quarters, oldest first. */
  quarters: readonly Quarter[];
  /** Values per quarter (same order as `quarters`); null is unknown and leaves a gap. */
  lines: readonly { id: string; values: readonly (number | null)[] }[];
  /** Published figures, on the same scale as the lines. */
  published: readonly { quarter: Quarter; value: number }[];
  /** Reference lines: a value to reach by a quarter. */
  targets: readonly { quarter: Quarter; value: number }[];
  /** Shares are drawn on 0..1; counts on 0..a round number above the largest value. */
  scale: 'share' | 'count';
  /** Formats a y value for the axis (language-aware; the layout only needs its length). */
  formatY: (value: number) => string;
}

export interface LinePoint {
  quarter: Quarter;
  value: number;
  x: number;
  y: number;
}

export interface GrowthChartLayout {
  width: number;
  height: number;
  /** The plot area inside the axes. */
  plot: { left: number; right: number; top: number; bottom: number };
  xTicks: { quarter: Quarter; x: number; label: string }[];
  yTicks: { value: number; y: number; label: string }[];
  lines: { id: string; path: string; points: LinePoint[] }[];
  published: { x: number; y: number }[];
  targets: { y: number; x: number; value: number }[];
  /** One clickable column per quarter, covering the plot's height. */
  columns: { quarter: Quarter; x: number; x0: number; x1: number; width: number }[];
}

/** Approximate width of a digit or letter of the 12 px axis text: enough to size the margin. */
const CHAR_WIDTH = 7;
const round = (value: number) => Math.round(value * 100) / 100;

export function layoutGrowthChart(input: GrowthChartInput): GrowthChartLayout {
  const { width, height, quarters } = input;
  const first = quarters[0] ?? 0;
  const last = quarters.at(-1) ?? first;

  // 1. y: shares always span 0–100 %, so areas and quarters compare at a glance; counts start at zero.
  const values = [...input.lines.flatMap((l) => l.values), ...input.published.map((p) => p.value), ...input.targets.map((t) => t.value)].filter(
    (v): v is number => v !== null && Number.isFinite(v),
  );
  const max = input.scale === 'share' ? 1 : Math.max(1, ...values);
  const top = 12;
  const bottom = height - 26;
  const y = scaleLinear().domain([0, max]).range([bottom, top]);
  if (input.scale === 'count') y.nice(height < 220 ? 4 : 5);
  const yTickValues = y.ticks(height < 220 ? 3 : 5).filter((v) => input.scale === 'count' ? Number.isInteger(v) : true);
  const yLabels = yTickValues.map(input.formatY);

  // 2. x: the margin fits the longest y label; quarters evenly spaced.
  const left = 8 + Math.max(...yLabels.map((l) => l.length), 1) * CHAR_WIDTH;
  const right = width - 14;
  const x = scaleLinear()
    .domain([first, Math.max(last, first + 1)])
    .range([left, right]);
  const step = quarters.length > 1 ? (right - left) / (last - first) : right - left;

  // 3. Year ticks at each first quarter; on a narrow chart every other year.
  const years = quarters.filter((q) => q % 4 === 0);
  const every = (right - left) / Math.max(years.length, 1) < 38 ? 2 : 1;
  const xTicks = years.filter((_, i) => i % every === 0).map((q) => ({ quarter: q, x: round(x(q)), label: String(q / 4) }));

  // 4. Lines with gaps for unknown values; d3's path rounded to hundredths keeps the SVG stable and small.
  const path = line<LinePoint | null>()
    .defined((p) => p !== null)
    .x((p) => p!.x)
    .y((p) => p!.y)
    .digits(2);
  const lines = input.lines.map((l) => {
    const points: (LinePoint | null)[] = quarters.map((quarter, i) => {
      const value = l.values[i];
      return value === null || value === undefined ? null : { quarter, value, x: round(x(quarter)), y: round(y(value)) };
    });
    return { id: l.id, path: path(points) ?? '', points: points.filter((p): p is LinePoint => p !== null) };
  });

  return {
    width,
    height,
    plot: { left, right, top, bottom },
    xTicks,
    yTicks: yTickValues.map((value, i) => ({ value, y: round(y(value)), label: yLabels[i]! })),
    lines,
    published: input.published.map((p) => ({ x: round(x(p.quarter)), y: round(y(p.value)) })),
    targets: input.targets.map((t) => ({ x: round(x(t.quarter)), y: round(y(t.value)), value: t.value })),
    columns: quarters.map((quarter) => ({ quarter, x: round(x(quarter)), x0: round(x(quarter) - step / 2), x1: round(x(quarter) + step / 2), width: round(step) })),
  };
}

/** A line of the growth chart as the component is given it. */
export interface ChartSeries {
  /** `national` is drawn solid and is the keyboard's way through the quarters; others dashed or dotted. */
  id: 'national' | 'province' | 'municipality';
  label: string;
  values: readonly (number | null)[];
  /** Per quarter, the value as text (tooltip and accessible name), e.g. "73 IDO locations" or "unknown". */
  valueLabels: readonly string[];
}

/** A published figure as the component is given it. */
export interface ChartPublished {
  quarter: Quarter;
  value: number;
  /** Accessible name and tooltip title, e.g. "Published 2020 Q4: 73". */
  label: string;
  /** Tooltip lines: date, source, the source's words. */
  details: readonly string[];
}

/** The diamond of a published figure (and of a target), as an SVG path. */
export const diamond = (x: number, y: number, r = 6): string => `M${x},${y - r}L${x + r},${y}L${x},${y + r}L${x - r},${y}Z`;

/**
 * What a key does on the national point at `position` of `count`: the index
 * of the point to focus (arrows step, Home/End jump, clamped to the ends),
 * 'choose' (Enter or Space move the slider there), or null (not a key of the chart).
 */
export function pointKeyTarget(key: string, position: number, count: number): number | 'choose' | null {
  if (key === 'Enter' || key === ' ') return 'choose';
  const moves: Record<string, number> = { ArrowRight: position + 1, ArrowUp: position + 1, ArrowLeft: position - 1, ArrowDown: position - 1, Home: 0, End: count - 1 };
  return key in moves ? Math.min(Math.max(moves[key]!, 0), count - 1) : null;
}
