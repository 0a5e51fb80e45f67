import { describe, expect, it } from 'vitest';
import { datasetUrls } from './fetchDatasetFiles';

const base = 'https://example.org/kaart/index.html';

describe('datasetUrls', () => {
  it('reads one address without a file name as a folder of the format, the programme files optional', () => {
    const urls = datasetUrls('data/mijn-registratie', base);
    expect(urls.map((u) => [u.url.href, u.optional])).toEqual([
      ['https://example.org/kaart/data/mijn-registratie/metadata.json', true],
      ['https://example.org/kaart/data/mijn-registratie/organisaties.csv', false],
      ['https://example.org/kaart/data/mijn-registratie/werkgebieden.csv', false],
      ['https://example.org/kaart/data/mijn-registratie/vestigingen.csv', true],
      ['https://example.org/kaart/data/mijn-registratie/ido.csv', true],
      ['https://example.org/kaart/data/mijn-registratie/sek.csv', true],
      ['https://example.org/kaart/data/mijn-registratie/belastingdienst.csv', true],
    ]);
  });

  it('reads file addresses separated by spaces, commas or new lines, each required', () => {
    const urls = datasetUrls('https://data.example.net/a/Organisaties%20(1).csv,\n/b/werkgebieden.csv  ido.csv', base);
    expect(urls.map((u) => [u.url.href, u.name, u.optional])).toEqual([
      ['https://data.example.net/a/Organisaties%20(1).csv', 'Organisaties (1).csv', false],
      ['https://example.org/b/werkgebieden.csv', 'werkgebieden.csv', false],
      ['https://example.org/kaart/ido.csv', 'ido.csv', false],
    ]);
  });

  describe('edge cases', () => {
    it('keeps a folder address that already ends in a slash', () => {
      expect(datasetUrls('https://example.org/data/', base)[1]!.url.href).toBe('https://example.org/data/organisaties.csv');
    });
  });

  describe('bad input', () => {
    it('throws on an address that cannot be a URL (the dialog checks before it loads)', () => {
      expect(() => datasetUrls('http://[zz', base)).toThrow();
    });
    it('gives nothing for nothing', () => expect(datasetUrls('  ', base)).toEqual([]));
  });
});
