import { describe, expect, it } from 'vitest';
import { datasetFileByHeader, datasetFileByName, identifyDatasetFiles } from './loadDataset';

describe('datasetFileByName', () => {
  it.each([
    ['organisaties.csv', 'organisaties.csv'],
    ['Organisaties.CSV', 'organisaties.csv'],
    ['export/Werkgebieden (2).csv', 'werkgebieden.csv'],
    ['vestigingen - kopie.csv', 'vestigingen.csv'],
    ['vestiging.txt', 'vestigingen.csv'],
    ['IDO.tsv', 'ido.csv'],
    ['metadata.json', 'metadata.json'],
  ])('%j is %j', (name, file) => expect(datasetFileByName(name)).toBe(file));

  describe('bad input', () => {
    it.each(['metadata.csv', 'organisaties.json', 'annotaties.csv', 'data.xlsx', ''])('%j is none of them', (name) => expect(datasetFileByName(name)).toBeNull());
  });
});

describe('datasetFileByHeader', () => {
  it.each([
    ['organisatie_id;naam;vanaf\n', 'organisaties.csv'],
    // belastingdienst's columns are a subset of werkgebieden's: the more specific file wins.
    ['organisatie_id,gemeente_code,vanaf,tot\n', 'werkgebieden.csv'],
    ['organisatie_id,vanaf\n', 'belastingdienst.csv'],
    ['Vestiging ID\tStatus\tVanaf\n', 'ido.csv'],
  ])('%j is %j', (text, file) => expect(datasetFileByHeader(text)).toBe(file));

  describe('bad input', () => {
    it.each(['kwartaal,tekst\n', 'a;b;c\n', ''])('%j is none of them', (text) => expect(datasetFileByHeader(text)).toBeNull());
  });
});

describe('identifyDatasetFiles', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  it('ignores an image dropped with the files, with a warning', () => {
    const result = identifyDatasetFiles([{ name: 'logo.png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]) }]);
    expect(result.problems).toEqual([expect.objectContaining({ kind: 'unknown-file', file: 'logo.png', severity: 'warning' })]);
  });

  it('keeps the user’s file name for messages', () => {
    const result = identifyDatasetFiles([{ name: 'map/Organisaties (1).csv', bytes: bytes('organisatie_id,naam,vanaf\n') }]);
    expect(result.names).toEqual({ 'organisaties.csv': 'Organisaties (1).csv' });
  });
});
