/**
 * The hostile and odd input corpus through the data build's command line,
 * `npm run data -- --in <folder> --check`, as a site's maintainer runs it:
 * the exit status, the problem named with its file and row, and nothing
 * printed that a terminal would run as an escape sequence.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../scripts/lib/readSharedGeo';
import { HOSTILE_CASES, type CaseFile } from '../fixtures/hostile/cases';

const root = mkdtempSync(join(tmpdir(), 'bbv-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function folderOf(id: string, files: CaseFile[]): string {
  const dir = join(root, id);
  mkdirSync(dir, { recursive: true });
  for (const file of files) writeFileSync(join(dir, file.name), file.bytes);
  return dir;
}

/** `npm run data -- --in <dir> --check [extra]`, run as npm runs it (tsx scripts/build-data.ts). */
function runCheck(dir: string, extra: string[] = []): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(join(REPO_ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/build-data.ts', '--in', dir, '--check', ...extra], { cwd: REPO_ROOT, timeout: 120_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, output: stdout + stderr }),
    );
  });
}

// Each check starts Node and reads the boundaries: run them two at a time.
const results = new Map<string, Promise<{ code: number; output: string }>>();
let queue: Promise<unknown> = Promise.resolve();
const lanes: Promise<unknown>[] = [Promise.resolve(), Promise.resolve()];
HOSTILE_CASES.forEach((hostile, i) => {
  const lane = i % 2;
  const run = lanes[lane]!.then(() => runCheck(folderOf(hostile.id, hostile.files)));
  lanes[lane] = run;
  results.set(hostile.id, run);
});
queue = Promise.all(lanes);

describe('npm run data -- --in <folder> --check', () => {
  it.each(HOSTILE_CASES.map((c) => [c.title, c] as const))('%s', async (_title, hostile) => {
    const { code, output } = await results.get(hostile.id)!;
    expect(code, output).toBe(hostile.outcome === 'loads' ? 0 : 1);
    if (hostile.problem) {
      expect(output).toContain(`× ${hostile.problem.kind} (${hostile.problem.severity})`);
      if (hostile.problem.row !== null) expect(output).toContain(`${hostile.problem.file} row ${hostile.problem.row}`);
    }
    // Nothing a terminal would take as a control sequence (line ends aside).
    expect(output).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  }, 300_000);

  it('strips invisible characters when asked, and then loads', async () => {
    await queue;
    const hostile = HOSTILE_CASES.find((c) => c.id === 'invisible-character')!;
    const { code, output } = await runCheck(folderOf('invisible-stripped', hostile.files), ['--strip-invisible']);
    expect(code, output).toBe(0);
    expect(output).toContain('× invisible-stripped (info)');
  }, 300_000);

  it('says there are no files in an empty folder', async () => {
    await queue;
    const { code, output } = await runCheck(folderOf('empty', []));
    expect(code).toBe(1);
    expect(output).toContain('× no-files (error)');
  }, 300_000);
});
