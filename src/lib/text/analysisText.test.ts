import { describe, expect, it } from 'vitest';
import { compareQuarters } from '../domain/changeComparison';
import { describeChanges } from './changeSummary';
import { formatMessages } from '../i18n/formatMessage';
import type { Language } from '../i18n/translate';
import type { IndicatorId } from '../domain/indicators';
import type { ChangeComparison } from '../domain/changeComparison';

const getChangeSummary = (language: Language, indicator: IndicatorId, comparison: ChangeComparison, region: { code: string; name: string } | null) =>
  formatMessages(language, describeChanges(indicator, comparison, region));
import { fakeCoverage, place } from '../domain/fixtures/fakeCoverage';
import { coverageAt, fixtureResolver } from '../domain/fixtures/smallDataset';
import { getProvinceCoverage } from '../domain/provinceCoverage';
import { describeProvinces } from './provinceDescription';

describe('change summary', () => {
  const comparison = compareQuarters(coverageAt('2021-Q3'), coverageAt('2020-Q4'), 'ido', fixtureResolver);

  it('says what changed in municipalities and residents, and how many were compared across a herindeling', () => {
    expect(getChangeSummary('en', 'ido', comparison, null)).toBe(
      'Digital Government Information Point from 2020 Q4 to 2021 Q3: 0 municipalities newly reached (0 residents), 1 no longer reached (50,000 residents), 1 still reached and 0 still not. ' +
        '1 municipality was compared with its predecessors or successors across a boundary change (herindeling: municipalities merged or split).',
    );
  });

  it('speaks of the province when one is chosen, counting only its municipalities', () => {
    const text = getChangeSummary('nl', 'ido', comparison, { code: 'PV02', name: 'Zuidland' });
    expect(text).toMatch(/^Zuidland: Informatiepunt Digitale Overheid van 2020 K4 tot 2021 K3: 0 gemeenten nieuw bereikt/);
    expect(text).toContain('0 bleven bereikt');
    expect(text).not.toMatch(/herindeling/);
  });
});

describe('province description', () => {
  const names: Record<string, string> = { PV01: 'Noordland', PV02: 'Zuidland' };
  it('names the highest and lowest province by share of municipalities, with residents beside it', () => {
    const coverage = fakeCoverage(0, [
      { municipality: place('GM0001', 100, 'PV01'), categories: { ido: 'ido-in-municipality' } },
      { municipality: place('GM0002', null, 'PV02') },
    ]);
    expect(describeProvinces('en', getProvinceCoverage(coverage, 'ido'), (code) => names[code]!)).toBe(
      'Of the 2 provinces, Noordland (100% of municipalities, 100% of residents) has the highest share of municipalities reached, Zuidland (0% of municipalities, population unknown) the lowest.',
    );
  });

  it('says so when there are no provinces', () => {
    expect(describeProvinces('nl', [], (code) => code)).toBe('Geen provincie heeft gegevens in dit kwartaal.');
  });
});
