import { describe, expect, it } from 'vitest';
import { parseQuarterKey } from '../domain/quarter';
import { translate } from '../i18n/translate';
import { buildEmbedSnippet, DEFAULT_EMBED_HEIGHT, embedChoicesFromView, embedFrameTitle, embedUrl, type EmbedChoices } from './embedSnippet';
import { appBaseUrl, decodeStartOptions, DEFAULT_URL_STATE, fullMapUrl, type UrlState } from './urlState';

const appUrl = 'http://127.0.0.1:8080/bbv-kaart/';
const q = (key: string) => parseQuarterKey(key)!;
const choices = (overrides: Partial<EmbedChoices> = {}): EmbedChoices => ({ ...embedChoicesFromView(DEFAULT_URL_STATE), ...overrides });

describe('the dialog’s first draft', () => {
  it('takes the view’s indicator, quarter, language, theme, region, slider and change mode, but not its analysis', () => {
    const view: UrlState = { ...DEFAULT_URL_STATE, indicator: 'sek', quarter: q('2021-Q2'), language: 'en', theme: 'dark', region: 'PV26', compare: q('2020-Q4'), analysis: 'growth', municipality: 'GM0344' };
    expect(embedChoicesFromView(view)).toEqual({ indicator: 'sek', quarter: q('2021-Q2'), language: 'en', theme: 'dark', region: 'PV26', slider: true, compare: q('2020-Q4'), analysis: null, height: DEFAULT_EMBED_HEIGHT });
  });

  it('keeps "latest" so the embed follows new data', () => {
    expect(embedChoicesFromView(DEFAULT_URL_STATE).quarter).toBe('latest');
  });
});

describe('embed URL', () => {
  const table: [string, Partial<EmbedChoices>, string][] = [
    ['the defaults: only embed=1', {}, '?embed=1'],
    ['an English SEK embed of 2021 Q4', { indicator: 'sek', quarter: q('2021-Q4'), language: 'en' }, '?indicator=sek&quarter=2021-Q4&lang=en&embed=1'],
    ['theme, region and no slider', { theme: 'projector', region: 'PV26', slider: false }, '?theme=projector&embed=1&slider=0&region=PV26'],
    ['the change map mode and an analysis view', { compare: q('2020-Q4'), analysis: 'white-spots' }, '?embed=1&compare=2020-Q4&analysis=white-spots'],
  ];
  it.each(table)('%s', (_name, overrides, query) => {
    expect(embedUrl(appUrl, choices(overrides))).toBe(`${appUrl}${query}`);
  });

  it('is read back by the app as an embed with the slider as chosen', () => {
    for (const slider of [true, false]) {
      const start = decodeStartOptions(new URL(embedUrl(appUrl, choices({ slider, language: 'en', theme: 'dark' }))).search);
      expect(start).toMatchObject({ embed: true, slider, language: 'en', theme: 'dark' });
    }
  });
});

describe('snippet', () => {
  it('is an iframe without sandbox, named in the embed’s language, with the resize script, attributes escaped', () => {
    const snippet = buildEmbedSnippet(appUrl, choices({ indicator: 'sek', language: 'en', height: 500 }));
    expect(snippet).toBe(
      `<iframe src="${appUrl}?indicator=sek&amp;lang=en&amp;embed=1" title="${embedFrameTitle({ language: 'en', indicator: 'sek' })}" loading="lazy" style="width:100%;height:500px;border:0"></iframe>\n` +
        `<script src="${appUrl}embed.js" async></script>`,
    );
    expect(snippet).not.toMatch(/sandbox/);
  });

  it('names the frame in each language', () => {
    expect(embedFrameTitle({ language: 'en', indicator: 'sek' })).toContain(translate('en', 'indicator.sek'));
    expect(embedFrameTitle({ language: 'nl', indicator: 'sek' })).toContain(translate('nl', 'indicator.sek'));
  });

  it('escapes quotes and ampersands in the address', () => {
    expect(buildEmbedSnippet('http://x.test/a"b&c/', choices())).toContain('src="http://x.test/a&quot;b&amp;c/?embed=1"');
  });
});

describe('app address and full map link', () => {
  it('drops query and hash from the page address', () => {
    expect(appBaseUrl('http://127.0.0.1:8080/bbv-kaart/?embed=1&lang=en#x')).toBe(appUrl);
    expect(appBaseUrl('http://127.0.0.1:8080/bbv-kaart/index.html?embed=1')).toBe(appUrl);
  });

  it('opens the same view without embed=1 and slider=0, selection and position kept', () => {
    const state: UrlState = { ...DEFAULT_URL_STATE, indicator: 'sek', quarter: q('2021-Q4'), language: 'en', embed: true, slider: false, municipality: 'GM0344', region: 'PV26', view: { lon: 5, lat: 52, zoom: 8 } };
    const url = new URL(fullMapUrl(appUrl, state));
    expect(url.searchParams.has('embed')).toBe(false);
    expect(url.searchParams.has('slider')).toBe(false);
    expect(Object.fromEntries(url.searchParams)).toEqual({ indicator: 'sek', quarter: '2021-Q4', lang: 'en', municipality: 'GM0344', region: 'PV26', view: '5.0000,52.0000,8.00' });
    expect(`${url.origin}${url.pathname}`).toBe(appUrl);
  });
});
