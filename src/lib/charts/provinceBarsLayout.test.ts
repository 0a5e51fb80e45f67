import { describe, expect, it } from 'vitest';
import { layoutProvinceBars } from './provinceBarsLayout';

const rows = [
  { code: 'PV01', label: 'Groningen', municipalityShare: 1, populationShare: 0.5, valueLabel: '100% · 50%' },
  { code: 'PV02', label: 'Fryslân', municipalityShare: 0, populationShare: null, valueLabel: '0% · –' },
];

describe('province bars layout', () => {
  const layout = layoutProvinceBars({ width: 400, rows });

  it('draws both shares on one 0–100 % scale between the label and value columns', () => {
    const [full, empty] = layout.rows;
    expect(full!.municipalities.width).toBe(layout.barRight - layout.barLeft);
    expect(full!.population.width).toBeCloseTo((layout.barRight - layout.barLeft) / 2, 1);
    expect(empty!.municipalities.width).toBe(0);
    expect(layout.ticks.map((t) => t.value)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(layout.ticks[0]!.x).toBe(layout.barLeft);
    expect(layout.valueX).toBeGreaterThan(layout.barRight);
  });

  it('stacks the rows in the given order, the population bar under the municipalities bar', () => {
    expect(layout.rows.map((r) => r.code)).toEqual(['PV01', 'PV02']);
    expect(layout.rows[1]!.y).toBe(layout.rows[0]!.y + layout.rows[0]!.height);
    expect(layout.rows[0]!.population.y).toBeGreaterThan(layout.rows[0]!.municipalities.y);
    expect(layout.height).toBeGreaterThan(layout.rows[1]!.y + layout.rows[1]!.height - 1);
  });

  describe('edge cases', () => {
    it('an unknown share has no bar (not a zero-length one)', () => {
      expect(layout.rows[1]!.population.width).toBeNull();
    });

    it('keeps room for the bars at 320 px with long names', () => {
      const narrow = layoutProvinceBars({ width: 290, rows: [{ ...rows[0]!, label: 'Noord-Brabant en omstreken' }] });
      expect(narrow.barRight - narrow.barLeft).toBeGreaterThanOrEqual(40);
    });

    it('labels only 0, 50 and 100 % where quarters would touch', () => {
      expect(layoutProvinceBars({ width: 290, rows }).ticks.map((t) => t.value)).toEqual([0, 0.5, 1]);
    });

    it('has only the axis without rows', () => {
      expect(layoutProvinceBars({ width: 300, rows: [] }).rows).toEqual([]);
    });
  });
});
