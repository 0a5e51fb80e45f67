/**
 * The example data reproduces the published national figures at their
 * quarters, computed by the same code that fills the map and the totals.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCalibration, NOT_CHOSEN } from '../../scripts/lib/example/calibration';
import { defaultGeoDir, defaultPublishedFiguresFile, readSharedGeo, REPO_ROOT } from '../../scripts/lib/readSharedGeo';
import { createCodeResolver } from '../../src/lib/data/lineage';
import { DATASET_FILES, parseDataset } from '../../src/lib/data/parseDataset';
import { parsePublishedFigures } from '../../src/lib/data/publishedFigures';
import { quarterKey } from '../../src/lib/domain/quarter';

const { index: geo } = readSharedGeo(defaultGeoDir());
const files = Object.fromEntries(DATASET_FILES.map((name) => [name, readFileSync(join(REPO_ROOT, 'data', 'example', name), 'utf8')]));
const { dataset } = parseDataset(files, geo);
const published = parsePublishedFigures(readFileSync(defaultPublishedFiguresFile(), 'utf8'));
const rows = checkCalibration(dataset!, geo, createCodeResolver(geo), published);

describe('calibration against gepubliceerde-cijfers.csv', () => {
  it('checks every published row', () => {
    expect(rows).toHaveLength(published.length);
    expect(published.length).toBeGreaterThan(30);
  });

  for (const row of rows) {
    const label = `${row.figure.indicator} ${quarterKey(row.figure.quarter)} = ${row.figure.value}`;
    if (row.status === 'target') {
      it(`${label} is a target, not data`, () => expect(row.figure.indicator).toMatch(/doel/));
    } else if (row.status === 'not-chosen') {
      it(`${label} is the documented other source (${row.reason})`, () => {
        const chosen = rows.find((r) => r.status === 'reproduced' && r.figure.indicator === row.figure.indicator && r.figure.quarter === row.figure.quarter);
        expect(chosen, 'the chosen figure for the same indicator and quarter is reproduced').toBeDefined();
      });
    } else {
      it(`${label} is reproduced`, () => {
        expect(row.status).toBe('reproduced');
        expect(row.computed).not.toBeNull();
      });
    }
  }

  it('documents exactly the published rows it does not reproduce', () => {
    const notChosen = rows.filter((r) => r.status === 'not-chosen').map((r) => `${r.figure.indicator}@${quarterKey(r.figure.quarter)}=${r.figure.value}`);
    expect(notChosen.sort()).toEqual(Object.keys(NOT_CHOSEN).sort());
  });
});
