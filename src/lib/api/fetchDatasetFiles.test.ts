import { describe, expect, it } from 'vitest';
import { datasetUrls } from './fetchDatasetFiles';

const base = 'http://127.0.0.1:8080/kaart/index.html';

describe('datasetUrls', () => {
  it('reads one address without a file name as a folder of the format, the programme files optional', () => {
    const urls = datasetUrls('data/mijn-registratie', base);
    expect(urls.map((u) => [u.url.href, u.optional])).toEqual([
      ['http://127.0.0.1:8080/kaart/data/mijn-registratie/metadata.json', true],
      ['http://127.0.0.1:8080/kaart/data/mijn-registratie/organisaties.csv', false],
      ['http://127.0.0.1:8080/kaart/data/mijn-registratie/werkgebieden.csv', false],
      ['http://127.0.0.1:8080/kaart/data/mijn-registratie/vestigingen.csv', true],
      ['http://127.0.0.1:8080/kaart/data/mijn-registratie/ido.csv', true],
      ['http://127.0.0.1:8080/kaart/data/mijn-registratie/sek.csv', true],
      ['http://127.0.0.1:8080/kaart/data/mijn-registratie/belastingdienst.csv', true],
    ]);
  });

  it('reads file addresses separated by spaces, commas or new lines, each required', () => {
    const urls = datasetUrls('http://localhost:9090/a/Organisaties%20(1).csv,\n/b/werkgebieden.csv  ido.csv', base);
    expect(urls.map((u) => [u.url.href, u.name, u.optional])).toEqual([
      ['http://localhost:9090/a/Organisaties%20(1).csv', 'Organisaties (1).csv', false],
      ['http://127.0.0.1:8080/b/werkgebieden.csv', 'werkgebieden.csv', false],
      ['http://127.0.0.1:8080/kaart/ido.csv', 'ido.csv', false],
    ]);
  });

  describe('edge cases', () => {
    it('keeps a folder address that already ends in a slash', () => {
      expect(datasetUrls('http://127.0.0.1:8080/data/', base)[1]!.url.href).toBe('http://127.0.0.1:8080/data/organisaties.csv');
    });
  });

  describe('bad input', () => {
    it('throws on an address that cannot be a URL (the dialog checks before it loads)', () => {
      expect(() => datasetUrls('http://127.0.0.1:99999/', base)).toThrow();
    });
    it('gives nothing for nothing', () => expect(datasetUrls('  ', base)).toEqual([]));
  });
});
