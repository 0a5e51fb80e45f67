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

const { index: geo } = readSharedGeo(defaultGeoDir());
const read = (dir: string) => Object.fromEntries(DATASET_FILES.map((name) => [name, readFileSync(join(REPO_ROOT, dir, name), 'utf8')]));
const coverageFor = (dir: string) => createCoverageCache(geo, createCodeResolver(geo), indexDataset(parseDataset(read(dir), geo).dataset!));
const published = parsePublishedFigures(readFileSync(defaultPublishedFiguresFile(), 'utf8'));

describe('reconciling with the published figures', () => {
  it('matches every published figure for the example data, except the documented choices between two sources', () => {
    const rows = reconcileWithPublished(published, coverageFor('data/example'));
    expect(rows).toHaveLength(published.length);
    const notMatching = rows.filter((r) => r.status !== 'match' && r.status !== 'target').map((r) => `${r.figure.indicator}@${quarterKey(r.figure.quarter)}=${r.figure.value}`);
    expect(notMatching.sort()).toEqual(Object.keys(NOT_CHOSEN).sort());
    expect(rows.filter((r) => r.status === 'other-source-matches')).toHaveLength(Object.keys(NOT_CHOSEN).length);
    for (const row of rows.filter((r) => r.status === 'match' && !r.isShare)) expect(row.difference).toBe(0);
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
        ['ido_doel_organisaties', null, null, 'target'],
      ]);
      expect(reconcileSummary(rows)).toEqual({ match: 0, differs: 1, 'other-source-matches': 0, target: 1, 'outside-data': 1 });
    });

    it('marks an indicator it does not compute as outside the data rather than failing', () => {
      expect(reconcileWithPublished([figure('onbekend', '2020-Q1', 1)], small)[0]!.status).toBe('outside-data');
    });
  });
});
