import { describe, expect, it } from 'vitest';
import { FetchError } from '../api/fetchers';
import type { LoadProblemReason } from '../api/loadErrors';
import { message } from '../domain/message';
import { fixtureGeo, q } from '../domain/fixtures/smallDataset';
import { isMessageKey, translateMessage } from '../i18n/translate';
import { failureText, loadProblemMessage, mapStatus, mapStatusText } from './mapStatus';

const v2019 = fixtureGeo.versions[0]!;
const base = { failure: null, online: true, drawing: true, wanted: v2019, shown: q('2021-Q4'), chosen: q('2021-Q4') };
const say = (language: 'nl' | 'en', text: { title: Parameters<typeof translateMessage>[1]; lines: Parameters<typeof translateMessage>[1][] }) =>
  [text.title, ...text.lines].map((m) => translateMessage(language, m));

describe('mapStatus: what the map area says', () => {
  it('says nothing while the map shows the quarter chosen', () => {
    expect(mapStatus(base)).toBeNull();
  });

  it('says the shapes of the chosen quarter load, and which quarter the screen shows meanwhile', () => {
    const status = mapStatus({ ...base, chosen: q('2019-Q2') })!;
    expect(status).toMatchObject({ kind: 'loading', shown: q('2021-Q4') });
    expect(say('nl', mapStatusText(status))).toEqual(['Gemeentegrenzen van 1 januari 2019 laden…', 'Kaart, legenda en cijfers tonen zolang 2021 K4.']);
    expect(say('en', mapStatusText(status))).toEqual(['Loading the municipal boundaries of 1 January 2019…', 'Map, legend and figures show 2021 Q4 meanwhile.']);
  });

  it('says what failed, why, which file and what the screen shows, in words of its own', () => {
    const failure = { what: 'shapes' as const, error: new FetchError('./generated/geo/gemeenten-2019-01-01.topojson', null, 'network error (Failed to fetch)'), retry: () => undefined };
    const status = mapStatus({ ...base, chosen: q('2019-Q2'), failure })!;
    const nl = say('nl', mapStatusText(status));
    expect(nl).toEqual([
      'Niet geladen: de gemeentegrenzen van 1 januari 2019',
      'De server is niet bereikbaar, of de verbinding viel weg.',
      'Bestand: gemeenten-2019-01-01.topojson',
      'Kaart, legenda en cijfers tonen zolang 2021 K4.',
    ]);
    expect(nl.join(' ')).not.toMatch(/Failed to fetch|network error/);
    expect(say('en', mapStatusText(status))[0]).toBe('Not loaded: the municipal boundaries of 1 January 2019');
  });

  it('starts with "loading", and a failure before anything is drawn shows no quarter', () => {
    expect(mapStatus({ ...base, drawing: false, shown: null })).toEqual({ kind: 'starting' });
    const failure = { what: 'dataset' as const, error: new FetchError('./generated/data/ido.csv', 404, 'HTTP 404'), retry: () => undefined };
    const status = mapStatus({ ...base, drawing: false, shown: null, failure })!;
    expect(say('en', mapStatusText(status))).toEqual(['Not loaded: the data', 'The file is not on the server (error 404).', 'File: ido.csv']);
  });

  it('says offline when the browser knows it is', () => {
    const failure = { what: 'geo' as const, error: new FetchError('./generated/geo/index.json', null, 'x', 'offline'), retry: () => undefined };
    expect(say('nl', mapStatusText(mapStatus({ ...base, online: false, failure })!))[1]).toBe('Je bent offline: er is geen verbinding met internet.');
  });

  it('has a sentence in both languages for every reason', () => {
    const reasons: LoadProblemReason[] = ['offline', 'network', 'timeout', 'not-found', 'http', 'invalid', 'chunk', 'unknown'];
    for (const reason of reasons) {
      const said = loadProblemMessage({ reason, file: null, status: 503, seconds: 30 });
      expect(isMessageKey(said.key), said.key).toBe(true);
      for (const language of ['nl', 'en'] as const) expect(translateMessage(language, said)).not.toMatch(/[{}]/);
    }
    expect(translateMessage('nl', loadProblemMessage({ reason: 'http', file: null, status: 503, seconds: null }))).toContain('503');
    expect(translateMessage('en', loadProblemMessage({ reason: 'timeout', file: null, status: null, seconds: 30 }))).toContain('30 seconds');
  });

  it('words a failed part of the app the same way', () => {
    const text = failureText(message('load.what.analysis'), { reason: 'chunk', file: 'AnalysisPanels-x.js', status: null, seconds: null }, null);
    expect(say('nl', text)).toEqual(['Niet geladen: het onderdeel Analyse', 'Dit deel van de BBV-kaart kwam niet binnen. Helpt opnieuw proberen niet, herlaad dan de pagina.', 'Bestand: AnalysisPanels-x.js']);
  });
});
