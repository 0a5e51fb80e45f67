import { describe, expect, it } from 'vitest';
import { sourceLabel } from './dataSources.svelte';

describe('sourceLabel', () => {
  const many = (count: number) => `${count} bestanden`;

  it('names the address data came from', () => {
    expect(sourceLabel({ url: 'eigen-data/bbv.zip' }, many)).toBe('eigen-data/bbv.zip');
  });

  it('names up to three files, and counts more', () => {
    expect(sourceLabel({ files: ['organisaties.csv'] }, many)).toBe('organisaties.csv');
    expect(sourceLabel({ files: ['a.csv', 'b.csv', 'c.csv'] }, many)).toBe('a.csv, b.csv, c.csv');
    expect(sourceLabel({ files: ['a.csv', 'b.csv', 'c.csv', 'd.csv'] }, many)).toBe('4 bestanden');
  });
});
