import { describe, expect, it } from 'vitest';
import { coverageAt } from './fixtures/smallDataset';
import { municipalityTooltip } from './tooltip';

describe('municipalityTooltip', () => {
  it('names the municipality and says its category, its open IDO locations and how to see more', () => {
    const item = coverageAt('2020-Q4').byCode.get('GM0001')!;
    expect(municipalityTooltip(item, 'ido', 'ido-in-municipality')).toEqual({
      title: 'Aadorp',
      lines: [{ key: 'category.ido-in-municipality' }, { key: 'map.tooltipIdoLocations', params: { count: 1 } }, { key: 'map.tooltipHint' }],
    });
  });
  it('counts IDO locations only for the IDO indicator', () => {
    const item = coverageAt('2020-Q4').byCode.get('GM0001')!;
    expect(municipalityTooltip(item, 'sek', 'no-data').lines).toEqual([{ key: 'category.no-data' }, { key: 'map.tooltipHint' }]);
  });
});
