/**
 * `npm run data:example [-- --out <folder>]`: writes the example dataset
 * (default data/example/) and checks it against the published figures.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createCodeResolver } from '../src/lib/data/lineage';
import { ANNOTATIONS_FILE } from '../src/lib/data/annotations';
import { parseAnnotations } from '../src/lib/data/annotationsCsv';
import { parseDataset } from '../src/lib/data/parseDataset';
import { parsePublishedFigures } from '../src/lib/data/publishedFigures';
import { quarterKey } from '../src/lib/domain/quarter';
import { checkCalibration } from './lib/example/calibration';
import { generateExample } from './lib/example/generateExample';
import { defaultGeoDir, defaultPublishedFiguresFile, readSharedGeo, REPO_ROOT } from './lib/readSharedGeo';

const outArg = process.argv.indexOf('--out');
const outDir = resolve(outArg > 0 ? process.argv[outArg + 1]! : join(REPO_ROOT, 'data', 'example'));

try {
  const started = performance.now();
  const { index, topologies } = readSharedGeo(defaultGeoDir());
  const files = generateExample(index, topologies);
  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(outDir, name), text);

  const { dataset, problems } = parseDataset(files, index);
  for (const problem of problems) console.error(`${problem.severity}: ${problem.file} row ${problem.row} ${problem.column}: "${problem.value}", expected ${problem.expected}`);
  if (!dataset) throw new Error(`the generated data does not pass validation (${problems.length} problems)`);
  const notes = parseAnnotations(files[ANNOTATIONS_FILE]!, { first: dataset.meta.firstQuarter, last: dataset.meta.lastQuarter });
  if (notes.problems.length) throw new Error(`the generated ${ANNOTATIONS_FILE} does not pass validation: ${notes.problems.map((p) => `row ${p.row}: ${p.expected}`).join('; ')}`);
  const rows = checkCalibration(dataset, index, createCodeResolver(index), parsePublishedFigures(readFileSync(defaultPublishedFiguresFile(), 'utf8')));
  console.log('indicator                      quarter   published  example  status');
  for (const row of rows) {
    console.log(
      `${row.figure.indicator.padEnd(30)} ${quarterKey(row.figure.quarter)}  ${String(row.figure.value).padStart(9)}  ${String(row.computed === null ? '' : Math.round(row.computed * 1000) / 1000).padStart(7)}  ${row.status}`,
    );
  }
  const mismatches = rows.filter((r) => r.status === 'mismatch');
  if (mismatches.length) throw new Error(`${mismatches.length} published figure(s) not reproduced`);
  console.log(`data:example: wrote ${Object.keys(files).length} files to ${outDir} in ${Math.round(performance.now() - started)} ms`);
} catch (error) {
  console.error(`data:example failed: ${(error as Error).message}`);
  process.exit(1);
}
