import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultGeoDir, readSharedGeo, REPO_ROOT } from '../../../scripts/lib/readSharedGeo';
import { createCodeResolver } from '../data/lineage';
import { DATASET_FILES, parseDataset } from '../data/parseDataset';
import type { PublishedFigure } from '../data/publishedFigures';
import { formatMessage } from '../i18n/formatMessage';
import { indexDataset } from './coverage';
import { createCoverageCache } from './coverageCache';
import { computeNationalFigures } from './nationalFigures';
import { parseQuarterKey } from './quarter';
import { judgeTarget } from './targets';

const { index: geo } = readSharedGeo(defaultGeoDir());
const files = Object.fromEntries(DATASET_FILES.map((name) => [name, readFileSync(join(REPO_ROOT, 'data/example', name), 'utf8')]));
const coverageAt = createCoverageCache(geo, createCodeResolver(geo), indexDataset(parseDataset(files, geo).dataset!));
const figuresAt = (quarter: number) => {
  const coverage = coverageAt(quarter);
  return coverage ? computeNationalFigures(coverage) : null;
};
const q = (key: string) => parseQuarterKey(key)!;
const target = (value: number, date: string, quarter: string): PublishedFigure => ({ indicator: 'ido_doel_organisaties', value, unit: '', date, quarter: q(quarter), source: 's', quote: '' });

describe('a target judged against the data at its quarter (example data)', () => {
  it.each([
    // [shown quarter, target, Dutch, English]
    ['2023-Q4', target(129, '2021-12-31', '2021-Q4'), 'Doel 129 eind 2021: niet gehaald, 124', 'Target 129 by end of 2021: not met, 124'],
    ['2021-Q4', target(129, '2021-12-31', '2021-Q4'), 'Doel 129 eind 2021: niet gehaald, 124', 'Target 129 by end of 2021: not met, 124'],
    ['2020-Q4', target(129, '2021-12-31', '2021-Q4'), 'Doel 129 eind 2021; nu 39', 'Target 129 by end of 2021; now 39'],
    ['2023-Q4', target(15, '2018-12-31', '2018-Q4'), 'Doel 15 eind 2018; geen gegevens van dat kwartaal', 'Target 15 by end of 2018; no data for that quarter'],
  ])('shown %s: %s', (shown, figure, dutch, english) => {
    const judged = judgeTarget(figure, figuresAt, q(shown));
    expect(formatMessage('nl', judged.text)).toBe(dutch);
    expect(formatMessage('en', judged.text)).toBe(english);
  });

  it('is met when the data reaches it, and gives a date that is not the end of a year', () => {
    const atMid2021 = figuresAt(q('2021-Q2'))!['ido_organisaties']!;
    const judged = judgeTarget(target(atMid2021, '2021-06-30', '2021-Q2'), figuresAt, q('2022-Q1'));
    expect(judged.status).toBe('met');
    expect(formatMessage('nl', judged.text)).toBe(`Doel ${atMid2021} 30 juni 2021: gehaald, ${atMid2021}`);
    expect(judgeTarget(target(atMid2021 + 1, '2021-06-30', '2021-Q2'), figuresAt, q('2022-Q1')).status).toBe('not-met');
  });

  it('agrees with the organisations total of the IDO view at the target quarter', () => {
    expect(judgeTarget(target(129, '2021-12-31', '2021-Q4'), figuresAt, q('2022-Q2')).atDeadline).toBe(coverageAt(q('2021-Q4'))!.idoOrganisationIds.size);
  });

  describe('bad input', () => {
    it('a target of an unknown indicator has no data rather than a made-up judgement', () => {
      const judged = judgeTarget({ ...target(5, '2021-12-31', '2021-Q4'), indicator: 'onbekend_doel' }, figuresAt, q('2023-Q4'));
      expect(judged.status).toBe('no-data');
    });
  });
});
