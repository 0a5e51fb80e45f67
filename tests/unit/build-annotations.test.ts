/** The data build's handling of the optional annotaties.csv: copied when valid, refused with every problem when not, an empty file when absent. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildAnnotations } from '../../scripts/build-annotations';

const folders: string[] = [];
function dataFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bbv-annotations-'));
  folders.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
});
const metadata = JSON.stringify({ eerste_kwartaal: '2019-Q1', laatste_kwartaal: '2023-Q4' });
const header = 'kwartaal,indicator,tekst_nl,tekst_en\n';

describe('buildAnnotations', () => {
  it('copies a valid file next to the data', () => {
    const text = `${header}2021-Q1,ido,Campagne,Campaign\n`;
    const out = dataFolder({});
    expect(buildAnnotations(dataFolder({ 'metadata.json': metadata, 'annotaties.csv': text }), out).summary).toBe('1 annotations');
    expect(readFileSync(join(out, 'data', 'annotaties.csv'), 'utf8')).toBe(text);
  });

  describe('edge cases', () => {
    it('writes a header-only file when the data folder has none, so the app never meets a missing file', () => {
      const out = dataFolder({});
      expect(buildAnnotations(dataFolder({ 'metadata.json': metadata }), out).summary).toBe('no annotations');
      expect(readFileSync(join(out, 'data', 'annotaties.csv'), 'utf8')).toBe(header);
    });
  });

  describe('bad input', () => {
    it('stops with the number of errors and lists each problem with its row', () => {
      const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const source = dataFolder({ 'metadata.json': metadata, 'annotaties.csv': `${header}2031-Q1,,a,b\n2021-Q1,xyz,a,b\n` });
      expect(() => buildAnnotations(source, dataFolder({}))).toThrow(/2 error\(s\) in .*annotaties\.csv; fix them or remove the file/);
      const printed = log.mock.calls.flat().join('\n');
      expect(printed).toContain('annotaties.csv row 2, column kwartaal: "2031-Q1" — expected a quarter of the data, from 2019-Q1 to 2023-Q4');
      expect(printed).toContain('annotaties.csv row 3, column indicator: "xyz"');
    });
  });
});
