import { describe, expect, it } from 'vitest';
import { layoutGrowthChart, pointKeyTarget, type GrowthChartInput } from './growthChartLayout';

const quarters = [8076, 8077, 8078, 8079, 8080, 8081, 8082, 8083]; // 2019-Q1 … 2020-Q4
const input = (overrides: Partial<GrowthChartInput> = {}): GrowthChartInput => ({
  width: 600,
  height: 260,
  quarters,
  lines: [{ id: 'national', values: [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7] }],
  published: [],
  targets: [],
  scale: 'share',
  formatY: (v) => `${Math.round(v * 100)}%`,
  ...overrides,
});

describe('growth chart layout', () => {
  it('draws shares on 0–100 % with the first quarter at the left and the last at the right', () => {
    const layout = layoutGrowthChart(input());
    expect(layout.yTicks.map((t) => t.label)).toEqual(['0%', '20%', '40%', '60%', '80%', '100%']);
    expect(layout.yTicks[0]!.y).toBe(layout.plot.bottom);
    expect(layout.yTicks.at(-1)!.y).toBe(layout.plot.top);
    const points = layout.lines[0]!.points;
    expect(points[0]!.x).toBe(layout.plot.left);
    expect(points.at(-1)!.x).toBe(layout.plot.right);
    expect(points.map((p) => p.y)).toEqual([...points.map((p) => p.y)].sort((a, b) => b - a)); // growing values go up
  });

  it('puts year ticks at each first quarter and a clickable column around every quarter', () => {
    const layout = layoutGrowthChart(input());
    expect(layout.xTicks.map((t) => t.label)).toEqual(['2019', '2020']);
    expect(layout.columns.map((c) => c.quarter)).toEqual(quarters);
    layout.columns.slice(1).forEach((column, i) => expect(column.x0).toBeCloseTo(layout.columns[i]!.x1, 1));
  });

  it('draws counts from zero to a round number above the largest value, target and published points included', () => {
    const layout = layoutGrowthChart(input({ scale: 'count', lines: [{ id: 'national', values: [1, 5, 9, 40, 60, 80, 90, 95] }], targets: [{ quarter: 8083, value: 129 }], published: [{ quarter: 8080, value: 73 }], formatY: String }));
    expect(layout.yTicks[0]!.value).toBe(0);
    expect(layout.yTicks.at(-1)!.value).toBeGreaterThanOrEqual(129);
    expect(layout.yTicks.every((t) => Number.isInteger(t.value))).toBe(true);
    expect(layout.targets[0]!.y).toBeLessThan(layout.lines[0]!.points.at(-1)!.y);
    expect(layout.published[0]!.x).toBe(layout.lines[0]!.points[4]!.x);
  });

  it('leaves the margin the longest axis label needs', () => {
    const narrow = layoutGrowthChart(input({ formatY: () => '1' }));
    const wide = layoutGrowthChart(input({ formatY: () => '12.345.678' }));
    expect(wide.plot.left).toBeGreaterThan(narrow.plot.left + 50);
  });

  describe('edge cases', () => {
    it('leaves a gap where a value is unknown, never a drop to zero', () => {
      const layout = layoutGrowthChart(input({ lines: [{ id: 'national', values: [null, null, 0.2, 0.3, null, 0.5, 0.6, 0.7] }] }));
      const line = layout.lines[0]!;
      expect(line.points.map((p) => p.quarter)).toEqual([8078, 8079, 8081, 8082, 8083]);
      expect(line.path.match(/M/g)).toHaveLength(2); // two separate runs
    });

    it('draws nothing for a line without any value', () => {
      const layout = layoutGrowthChart(input({ lines: [{ id: 'national', values: quarters.map(() => null) }] }));
      expect(layout.lines[0]).toEqual({ id: 'national', path: '', points: [] });
    });

    it('copes with a single quarter and with all-zero counts', () => {
      const layout = layoutGrowthChart(input({ quarters: [8076], lines: [{ id: 'national', values: [0] }], scale: 'count', formatY: String }));
      expect(layout.columns).toHaveLength(1);
      expect(Number.isFinite(layout.lines[0]!.points[0]!.x)).toBe(true);
      expect(layout.yTicks.length).toBeGreaterThan(1);
    });

    it('shows every other year on a narrow chart', () => {
      const years = Array.from({ length: 20 }, (_, i) => 8076 + i);
      const layout = layoutGrowthChart(input({ width: 200, quarters: years, lines: [{ id: 'national', values: years.map(() => 0.5) }] }));
      expect(layout.xTicks.map((t) => t.label)).toEqual(['2019', '2021', '2023']);
    });
  });
});

describe('pointKeyTarget: keys on the national points of the chart', () => {
  it.each([
    ['ArrowRight', 3, 4],
    ['ArrowUp', 3, 4],
    ['ArrowLeft', 3, 2],
    ['ArrowDown', 0, 0],
    ['ArrowRight', 19, 19],
    ['Home', 7, 0],
    ['End', 7, 19],
    ['Enter', 7, 'choose'],
    [' ', 7, 'choose'],
    ['a', 7, null],
  ] as const)('%j on point %i of 20 → %j', (key, position, expected) => {
    expect(pointKeyTarget(key, position, 20)).toBe(expected);
  });
});
