import { describe, expect, it } from 'vitest';
import { parseQuarterKey } from '../domain/quarter';
import { buildEmbedSnippet, embedUrl } from './embedSnippet';
import { DEFAULT_URL_STATE } from './urlState';

const appUrl = 'http://127.0.0.1:8080/bbv-kaart/';

describe('embed snippet', () => {
  it('keeps the view options and drops selection and map position', () => {
    const state = { ...DEFAULT_URL_STATE, indicator: 'sek' as const, quarter: parseQuarterKey('2021-Q2')!, municipality: 'GM0344', view: { lon: 5, lat: 52, zoom: 8 }, language: 'en' as const, region: 'PV26', slider: false };
    expect(embedUrl(appUrl, state)).toBe('http://127.0.0.1:8080/bbv-kaart/?indicator=sek&quarter=2021-Q2&lang=en&embed=1&slider=0&region=PV26');
  });

  it('keeps the change map mode and an analysis view the editor asked for', () => {
    const state = { ...DEFAULT_URL_STATE, compare: parseQuarterKey('2020-Q4')!, analysis: 'white-spots' as const, region: 'PV26' };
    expect(embedUrl(appUrl, state)).toBe('http://127.0.0.1:8080/bbv-kaart/?embed=1&region=PV26&compare=2020-Q4&analysis=white-spots');
  });

  it('follows the newest quarter when the view does', () => {
    expect(embedUrl(appUrl, DEFAULT_URL_STATE)).toBe('http://127.0.0.1:8080/bbv-kaart/?embed=1');
  });

  it('is an iframe with an accessible name and the resize script, attributes escaped', () => {
    const snippet = buildEmbedSnippet({ appUrl, state: DEFAULT_URL_STATE, height: 640, title: 'BBV-kaart: "IDO" & meer' });
    expect(snippet).toBe(
      '<iframe src="http://127.0.0.1:8080/bbv-kaart/?embed=1" title="BBV-kaart: &quot;IDO&quot; &amp; meer" loading="lazy" style="width:100%;height:640px;border:0"></iframe>\n' +
        '<script src="http://127.0.0.1:8080/bbv-kaart/embed.js" async></script>',
    );
  });
});
