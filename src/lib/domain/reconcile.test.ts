import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOT_CHOSEN } from '../../../scripts/lib/example/calibration';
import { defaultGeoDir, defaultPublishedFiguresFile, readSharedGeo, REPO_ROOT } from '../../../scripts/lib/readSharedGeo';
import { createCodeResolver } from '../data/lineage';
import { DATASET_FILES, parseDataset } from '../data/parseDataset';
import { parsePublishedFigures, type PublishedFigure } from '../data/publishedFigures';
import { indexDataset } from './coverage';
import { createCoverageCache } from './coverageCache';
import { parseQuarterKey, quarterKey } from './quarter';
import { reconcileSummary, reconcileWithPublished } from './reconcile';
import { formatMessage } from '../i18n/formatMessage';

const { index: geo } = readSharedGeo(defaultGeoDir());
const read = (dir: string) => Object.fromEntries(DATASET_FILES.map((name) => [name, readFileSync(join(REPO_ROOT, dir, name), 'utf8')]));
const coverageFor = (dir: string) => createCoverageCache(geo, createCodeResolver(geo), indexDataset(parseDataset(read(dir), geo).dataset!));
const published = parsePublishedFigures(readFileSync(defaultPublishedFiguresFile(), 'utf8'));

describe('reconciling with the published figures', () => {
  it('matches every published figure for the example data, except the documented choices between two sources', () => {
    const rows = reconcileWithPublished(published, coverageFor('data/example'));
    expect(rows).toHaveLength(published.length);
    const notMatching = rows.filter((r) => r.status !== 'match' && !r.status.startsWith('target')).map((r) => `${r.figure.indicator}@${quarterKey(r.figure.quarter)}=${r.figure.value}`);
    expect(notMatching.sort()).toEqual(Object.keys(NOT_CHOSEN).sort());
    expect(rows.filter((r) => r.status === 'other-source-matches')).toHaveLength(Object.keys(NOT_CHOSEN).length);
    for (const row of rows.filter((r) => r.status === 'match' && !r.isShare)) expect(row.difference).toBe(0);
  });

  it('judges the IDO target against the data at its quarter, instead of leaving the row empty', () => {
    const row = reconcileWithPublished(published, coverageFor('data/example')).find((r) => r.figure.indicator === 'ido_doel_organisaties')!;
    expect([row.yours, row.difference, row.status]).toEqual([124, -5, 'target-not-met']);
    expect(formatMessage('nl', row.explanation!)).toBe('Doel niet gehaald: de gegevens tellen 124, 5 te weinig.');
  });

  it('says in words which source the data follows where two publications differ', () => {
    const rows = reconcileWithPublished(published, coverageFor('data/example'));
    const row = rows.find((r) => r.status === 'other-source-matches' && r.figure.indicator === 'ido_locaties')!;
    expect(row.figure.value).toBe(70);
    expect(formatMessage('nl', row.explanation!)).toBe(
      'De gegevens tellen 3 meer dan deze bron en volgen Basisvaardigheden voor volwassenen 2022: Informatiepunt Digitale Overheid (Bibliotheeknetwerk), met 73.',
    );
    expect(formatMessage('en', row.explanation!)).toMatch(/^The data counts 3 more than this source and follows .+, with 73\.$/);
  });

  it('orders rows by quarter', () => {
    const quarters = reconcileWithPublished(published, coverageFor('data/example')).map((r) => r.figure.quarter);
    expect(quarters).toEqual([...quarters].sort((a, b) => a - b));
  });

  describe('edge cases', () => {
    const figure = (indicator: string, quarter: string, value: number): PublishedFigure => ({ indicator, value, unit: '', date: '', quarter: parseQuarterKey(quarter)!, source: 's', quote: 'q' });
    const small = coverageFor('tests/fixtures/dataset-small');

    it('gives the difference, and nothing for a quarter outside the data or a target', () => {
      const rows = reconcileWithPublished([figure('bibliotheekorganisaties', '2020-Q1', 5), figure('ido_locaties', '2019-Q4', 29), figure('ido_doel_organisaties', '2021-Q4', 129)], small);
      expect(rows.map((r) => [r.figure.indicator, r.yours, r.difference, r.status])).toEqual([
        ['ido_locaties', null, null, 'outside-data'],
        ['bibliotheekorganisaties', 2, -3, 'differs'],
        // In 2021-Q4 the fixture has two organisations with an open IDO: ORG3 (V1, Appingedam's desk after the merger) and ORG2 (V2).
        ['ido_doel_organisaties', 2, -127, 'target-not-met'],
      ]);
      expect(reconcileSummary(rows)).toEqual({ match: 0, differs: 1, 'other-source-matches': 0, 'target-met': 0, 'target-not-met': 1, 'outside-data': 1 });
      expect(rows.map((r) => r.explanation && formatMessage('nl', r.explanation))).toEqual([
        'Dit kwartaal valt buiten deze gegevens.',
        'De gegevens tellen 3 minder.',
        'Doel niet gehaald: de gegevens tellen 2, 127 te weinig.',
      ]);
    });

    it('marks an indicator it does not compute as outside the data rather than failing', () => {
      expect(reconcileWithPublished([figure('onbekend', '2020-Q1', 1)], small)[0]!.status).toBe('outside-data');
    });
  });
});
