import { describe, expect, it } from 'vitest';
import { parseQuarterKey } from '../domain/quarter';
import { AppState } from './appState.svelte';
import { applyUrlState, isMeaningfulChange, toUrlState } from './urlChoices';
import { decodeStartOptions, decodeUrlState, DEFAULT_URL_STATE, encodeUrlState, type UrlContext, type UrlState } from './urlState';

const q = (key: string) => parseQuarterKey(key)!;
// Weesp (GM0457) joined Amsterdam (GM0363) on 2022-03-24.
const context: UrlContext = {
  firstQuarter: q('2019-Q1'),
  lastQuarter: q('2023-Q4'),
  resolveMunicipality: (code, quarter) => {
    if (code === 'GM0457') return quarter >= q('2022-Q2') ? ['GM0363'] : ['GM0457'];
    return ['GM0363', 'GM0344'].includes(code) ? [code] : [];
  },
  hasOrganisation: (id) => id === 'ORG001',
  hasProvince: (code) => code === 'PV26',
};

describe('URL round trip', () => {
  it.each<Partial<UrlState>>([
    {},
    { indicator: 'sek' },
    { quarter: q('2020-Q4') },
    { municipality: 'GM0344', organisation: 'ORG001' },
    { view: { lon: 5.1214, lat: 52.0907, zoom: 8.5 } },
    { language: 'en', theme: 'dark' },
    { indicator: 'combined', quarter: q('2019-Q1'), municipality: 'GM0363', language: 'en', theme: 'projector', view: { lon: 4.9, lat: 52.37, zoom: 10 } },
    { embed: true, slider: false, region: 'PV26', indicator: 'sek' },
    { mode: 'present' },
    { mode: 'present', slide: 'growth', quarter: q('2021-Q1') },
    { mode: 'present', quarter: q('2020-Q1'), indicator: 'sek', language: 'en', theme: 'dark', municipality: 'GM0344' },
    { region: 'PV26', compare: q('2020-Q4'), analysis: 'change' },
    { compare: q('2019-Q1'), quarter: q('2023-Q4'), analysis: 'white-spots', embed: true },
    { analysis: 'growth', municipality: 'GM0363' },
    { renderer: 'svg' },
    { renderer: 'webgl', embed: true, indicator: 'sek' },
  ])('%j survives encode → decode', (partial) => {
    const state = { ...DEFAULT_URL_STATE, ...partial };
    const decoded = decodeUrlState(encodeUrlState(state), context);
    expect(decoded.notices).toEqual([]);
    expect(decoded.state).toEqual(state);
  });

  it('leaves defaults out: the plain app has no query at all', () => {
    expect(encodeUrlState(DEFAULT_URL_STATE)).toBe('');
    expect(encodeUrlState({ ...DEFAULT_URL_STATE, indicator: 'sek', quarter: q('2020-Q4') })).toBe('?indicator=sek&quarter=2020-Q4');
    expect(encodeUrlState({ ...DEFAULT_URL_STATE, mode: 'present' })).toBe('?mode=present');
  });

  it('writes the compared quarter as a quarter key and the analysis view by name', () => {
    expect(encodeUrlState({ ...DEFAULT_URL_STATE, compare: q('2020-Q4'), region: 'PV26', analysis: 'provinces' })).toBe('?region=PV26&compare=2020-Q4&analysis=provinces');
  });
});

describe('bad or outdated parameters', () => {
  it.each([
    ['?indicator=bibliotheek', { kind: 'unknown-indicator', value: 'bibliotheek' }, { indicator: 'ido' }],
    ['?quarter=2020-Q5', { kind: 'bad-quarter', value: '2020-Q5' }, { quarter: 'latest' }],
    ['?quarter=2030-Q1', { kind: 'quarter-out-of-range', value: '2030-Q1', first: q('2019-Q1'), last: q('2023-Q4') }, { quarter: 'latest' }],
    ['?municipality=GM9999', { kind: 'unknown-municipality', value: 'GM9999' }, { municipality: null }],
    ['?quarter=2022-Q2&municipality=GM0457', { kind: 'municipality-mapped', value: 'GM0457', to: 'GM0363' }, { quarter: q('2022-Q2'), municipality: 'GM0363' }],
    ['?organisation=ORG999', { kind: 'unknown-organisation', value: 'ORG999' }, { organisation: null }],
    ['?view=abc', { kind: 'bad-view', value: 'abc' }, { view: null }],
    ['?view=120,52,8', { kind: 'bad-view', value: '120,52,8' }, { view: null }],
    ['?lang=fr', { kind: 'unknown-language', value: 'fr' }, { language: 'nl' }],
    ['?theme=pink', { kind: 'unknown-theme', value: 'pink' }, { theme: 'auto' }],
    ['?renderer=canvas', { kind: 'unknown-renderer', value: 'canvas' }, { renderer: 'auto' }],
    ['?embed=1&region=PV99', { kind: 'unknown-region', value: 'PV99' }, { embed: true, region: null }],
    ['?mode=presentatie', { kind: 'unknown-mode', value: 'presentatie' }, { mode: 'explore' }],
    ['?mode=', { kind: 'unknown-mode', value: '' }, { mode: 'explore' }],
    ['?compare=vorig-jaar', { kind: 'bad-compare', value: 'vorig-jaar' }, { compare: null }],
    ['?compare=2018-Q4', { kind: 'compare-out-of-range', value: '2018-Q4', first: q('2019-Q1'), last: q('2023-Q4') }, { compare: null }],
    ['?analysis=charts', { kind: 'unknown-analysis', value: 'charts' }, { analysis: null }],
    ['?analysis=', { kind: 'unknown-analysis', value: '' }, { analysis: null }],
    ['?mode=present&slide=chart', { kind: 'unknown-slide', value: 'chart' }, { mode: 'present', slide: 'map' }],
  ] as const)('%s gives a notice and falls back', (search, notice, fallback) => {
    const { state, notices } = decodeUrlState(search, context);
    expect(notices).toEqual([notice]);
    expect(state).toEqual({ ...DEFAULT_URL_STATE, ...fallback });
  });

  it('keeps the good parameters when one is bad', () => {
    const { state, notices } = decodeUrlState('?indicator=sek&quarter=nope&lang=en', context);
    expect(state).toEqual({ ...DEFAULT_URL_STATE, indicator: 'sek', language: 'en' });
    expect(notices).toHaveLength(1);
  });

  it('keeps a merged municipality in quarters before the merger', () => {
    expect(decodeUrlState('?quarter=2022-Q1&municipality=GM0457', context).state.municipality).toBe('GM0457');
  });
});

describe('history entries', () => {
  it('are made for meaningful changes, not for a moved map', () => {
    expect(isMeaningfulChange(DEFAULT_URL_STATE, { ...DEFAULT_URL_STATE, indicator: 'sek' })).toBe(true);
    expect(isMeaningfulChange(DEFAULT_URL_STATE, { ...DEFAULT_URL_STATE, municipality: 'GM0363' })).toBe(true);
    expect(isMeaningfulChange(DEFAULT_URL_STATE, { ...DEFAULT_URL_STATE, mode: 'present' })).toBe(true);
    expect(isMeaningfulChange(DEFAULT_URL_STATE, { ...DEFAULT_URL_STATE, view: { lon: 5, lat: 52, zoom: 7 } })).toBe(false);
  });

  it.each<Partial<UrlState>>([{ region: 'PV26' }, { compare: q('2020-Q4') }, { analysis: 'growth' }])('are made when the analysis state changes: %j', (change) => {
    expect(isMeaningfulChange(DEFAULT_URL_STATE, { ...DEFAULT_URL_STATE, ...change })).toBe(true);
  });
});

describe('toUrlState and applyUrlState: the choices on screen and their URL state', () => {
  const fixed = { embed: false, slider: true };
  const fresh = () => {
    const app = new AppState();
    app.setRange(q('2019-Q1'), q('2023-Q4'));
    return app;
  };

  it.each<Partial<UrlState>>([
    {},
    { indicator: 'sek', quarter: q('2020-Q4'), municipality: 'GM0344' },
    { municipality: 'GM0363', organisation: 'ORG001' },
    { organisation: 'ORG001' },
    { view: { lon: 5.1, lat: 52.1, zoom: 8 }, language: 'en', theme: 'dark', region: 'PV26' },
    { compare: q('2020-Q4'), analysis: 'change', mode: 'present' },
    { mode: 'present', slide: 'growth', region: 'PV26' },
  ])('%j → applied → the same URL state', (partial) => {
    const state = { ...DEFAULT_URL_STATE, ...partial };
    const app = fresh();
    applyUrlState(app, state);
    const selected = app.selection?.kind === 'municipality' ? app.selection.code : null;
    expect(toUrlState(app, fixed, selected)).toEqual(state);
  });

  it('applied choices survive a trip through their URL state', () => {
    const app = fresh();
    app.indicator = 'belastingdienst';
    app.setQuarter(q('2021-Q3'));
    app.selectOrganisation('ORG001', 'GM0344');
    app.region = 'PV26';
    app.compare = q('2020-Q1');
    app.analysis = 'provinces';
    app.theme = 'projector';
    const copy = fresh();
    applyUrlState(copy, toUrlState(app, fixed, null));
    for (const key of ['indicator', 'quarter', 'selection', 'region', 'compare', 'analysis', 'theme', 'language', 'view', 'mode'] as const) expect(copy[key]).toEqual(app[key]);
  });

  it('writes the newest quarter as "latest", so a link follows the data', () => {
    const app = fresh();
    expect(toUrlState(app, fixed, null).quarter).toBe('latest');
    app.setQuarter(q('2023-Q3'));
    expect(toUrlState(app, fixed, null).quarter).toBe(q('2023-Q3'));
  });

  it('writes the selected municipality as the map shows it', () => {
    const app = fresh();
    app.selectMunicipality('GM0457');
    expect(toUrlState(app, fixed, 'GM0363').municipality).toBe('GM0363');
  });

  it('never presents in an embed', () => {
    const app = fresh();
    applyUrlState(app, { ...DEFAULT_URL_STATE, embed: true, mode: 'present' });
    expect(app.mode).toBe('explore');
  });
});

describe('decodeStartOptions: what a link fixes before the data arrives', () => {
  it.each([
    ['', { language: 'nl', theme: 'auto', renderer: 'auto', embed: false, slider: true, mode: 'explore' }],
    ['?lang=en&theme=dark&mode=present', { language: 'en', theme: 'dark', renderer: 'auto', embed: false, slider: true, mode: 'present' }],
    ['?embed=1&slider=0&mode=present', { language: 'nl', theme: 'auto', renderer: 'auto', embed: true, slider: false, mode: 'explore' }],
    ['?lang=fr&theme=roze&mode=diavoorstelling&renderer=canvas', { language: 'nl', theme: 'auto', renderer: 'auto', embed: false, slider: true, mode: 'explore' }],
    ['?renderer=webgl&embed=1', { language: 'nl', theme: 'auto', renderer: 'webgl', embed: true, slider: true, mode: 'explore' }],
  ] as const)('%s', (search, expected) => {
    expect(decodeStartOptions(search)).toEqual(expected);
  });
});
