/**
 * The optional annotaties.csv (short notes per quarter, docs/data.md): checked
 * and copied next to the library data when the data folder has one. Without
 * it the build writes a header-only file, so the app always finds one and a
 * host never serves a 404 (or an HTML fallback page) in its place.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANNOTATIONS_FILE } from '../src/lib/data/annotations';
import { parseAnnotations } from '../src/lib/data/annotationsCsv';
import { parseQuarterKey } from '../src/lib/domain/quarter';
import { describeProblems } from '../src/lib/data/problemGroups';

const EMPTY_FILE = 'kwartaal,indicator,tekst_nl,tekst_en\n';

/** Checks the folder's annotaties.csv and copies it to <outDir>/data/; with outDir null it only checks (--check). */
export function buildAnnotations(dataDir: string, outDir: string | null): { summary: string } {
  const target = outDir === null ? null : join(outDir, 'data');
  if (target) mkdirSync(target, { recursive: true });
  const source = join(dataDir, ANNOTATIONS_FILE);
  if (!existsSync(source)) {
    if (target) writeFileSync(join(target, ANNOTATIONS_FILE), EMPTY_FILE);
    return { summary: 'no annotations' };
  }
  const { annotations, problems } = parseAnnotations(readFileSync(source, 'utf8'), quarterRangeOf(dataDir));
  if (problems.length) console.error(describeProblems(problems));
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) throw new Error(`${errors.length} error(s) in ${source}; fix them or remove the file (annotations are optional)`);
  if (target) copyFileSync(source, join(target, ANNOTATIONS_FILE));
  return { summary: `${annotations.length} annotations` };
}

/** The data's quarters from metadata.json (already validated by the dataset build); none when unreadable. */
function quarterRangeOf(dataDir: string): { first: number; last: number } | undefined {
  try {
    const meta = JSON.parse(readFileSync(join(dataDir, 'metadata.json'), 'utf8')) as Record<string, unknown>;
    const first = parseQuarterKey(String(meta['eerste_kwartaal']));
    const last = parseQuarterKey(String(meta['laatste_kwartaal']));
    return first !== null && last !== null ? { first, last } : undefined;
  } catch {
    return undefined;
  }
}
