import { describe, expect, it } from 'vitest';
import { q } from './fixtures/smallDataset';
import { publishedBesideTotals, targetFor } from './publishedForView';
import type { PublishedFigure } from './types';

const figure = (indicator: string, quarter: string, value: number): PublishedFigure => ({ indicator, value, unit: '', date: '2020-12-31', quarter: q(quarter), source: 'bron', quote: '' });

describe('publishedBesideTotals and targetFor', () => {
  const figures = [figure('ido_gemeenten', '2020-Q4', 10), figure('ido_gemeenten', '2020-Q3', 9), figure('ido_locaties', '2020-Q4', 400), figure('ido_doel_organisaties', '2021-Q4', 129)];
  it('picks the counterparts of the indicator for the quarter', () => {
    const beside = publishedBesideTotals(figures, 'ido', q('2020-Q4'), null);
    expect(beside.municipalities.map((f) => f.value)).toEqual([10]);
    expect(beside.openIdoLocations.map((f) => f.value)).toEqual([400]);
    expect(beside.organisations).toEqual([]);
  });
  it('has nothing for a province: published figures are national', () => {
    expect(publishedBesideTotals(figures, 'ido', q('2020-Q4'), 'PV01')).toEqual({ municipalities: [], organisations: [], openIdoLocations: [] });
    expect(targetFor(figures, 'ido', 'PV01')).toBeNull();
  });
  it('knows the IDO target only', () => {
    expect(targetFor(figures, 'ido', null)).toMatchObject({ indicator: 'ido_doel_organisaties', value: 129, quarter: q('2021-Q4') });
    expect(targetFor(figures, 'sek', null)).toBeNull();
  });
});
