/**
 * The layers of src/lib point one way (docs/architecture.md, "Layers"): a
 * file imports from its own folder and from folders of lower layers only.
 * This test reads the imports of every file and fails on one against the
 * direction, so a wrong-way import fails CI instead of waiting for review.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Lowest first. Folders of one layer do not import each other. */
const LAYERS: readonly (readonly string[])[] = [['domain'], ['i18n', 'scales'], ['text', 'data'], ['load'], ['api'], ['state'], ['map', 'charts'], ['export'], ['ui']];
/** Folders that stay pure: no Svelte, no MapLibre, no svelte-query, so Node scripts, the worker and tests share them. */
const PURE = new Set(['domain', 'i18n', 'scales', 'text', 'data']);
const FRAMEWORK_PACKAGES = /^(svelte|maplibre-gl|@tanstack\/)/;

const LIB = resolve('src/lib');
const rankOf = new Map(LAYERS.flatMap((folders, rank) => folders.map((folder) => [folder, rank] as const)));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|svelte)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)'([^']+)'/g)].map((match) => match[1]!);
}

/** The src/lib folder a path is in (null outside src/lib). */
const folderOf = (path: string): string | null => {
  const inside = relative(LIB, path);
  return inside.startsWith('..') ? null : inside.split(/[\\/]/)[0]!;
};

interface Violation {
  file: string;
  imports: string;
}

function violations(): Violation[] {
  const found: Violation[] = [];
  for (const file of sourceFiles(LIB)) {
    const from = folderOf(file)!;
    for (const specifier of importsOf(file)) {
      if (!specifier.startsWith('.')) {
        if (PURE.has(from) && FRAMEWORK_PACKAGES.test(specifier)) found.push({ file: relative('.', file), imports: specifier });
        continue;
      }
      const target = resolve(dirname(file), specifier);
      const to = folderOf(target);
      if (to === from) continue;
      const allowed = to !== null && rankOf.has(to) && rankOf.get(to)! < rankOf.get(from)!;
      if (!allowed) found.push({ file: relative('.', file), imports: relative('.', target) });
    }
  }
  return found;
}

describe('imports point one way', () => {
  it('every folder of src/lib has a layer', () => {
    const folders = readdirSync(LIB).filter((name) => statSync(join(LIB, name)).isDirectory());
    expect(folders.filter((folder) => !rankOf.has(folder))).toEqual([]);
  });

  it('no file of src/lib imports a folder of its own or a higher layer, or from src/views', () => {
    expect(violations()).toEqual([]);
  });

  it('only src/lib/map (and main.ts, which names its worker) imports maplibre-gl', () => {
    const users = [...sourceFiles(resolve('src')), ...sourceFiles(resolve('src/views'))]
      .filter((file) => importsOf(file).some((specifier) => specifier.startsWith('maplibre-gl')))
      .map((file) => relative('src', file));
    expect([...new Set(users)].filter((file) => !file.startsWith('lib/map/') && file !== 'main.ts')).toEqual([]);
  });
});
