import { describe, expect, it, vi } from 'vitest';
import type { LoadedDataset, LoadFailure } from '../api/dataSources.svelte';
import { FetchError } from '../api/fetchers';
import { readMapTable } from '../data/mapTable';
import { mapTableFile } from '../data/mapTableBuild';
import type { BoundaryLayers } from '../data/topologyToLayers';
import { INDICATORS } from '../domain/indicators';
import type { Dataset } from '../domain/types';
import { translateMessage } from '../i18n/translate';
import { AppState } from './appState.svelte';
import { DashboardState, type DashboardSources } from './dashboardState.svelte';
import { dataset, fixtureGeo, publishedFixture, q, shapes2019, shapes2021 } from './fixtures/dashboardFixture';
import type { MapApi } from './mapApi';

/** The fixture's map table, as the data build would write it. */
const fixtureMapTable = readMapTable(JSON.parse(JSON.stringify(mapTableFile(dataset, fixtureGeo))));

/**
 * A dashboard on the fixture, on `quarter`, with the shapes given loaded; with `{ datasetLoaded: false }` the
 * default dataset is still on its way (`loadDataset` brings it) and the map table is there.
 */
function setUp(quarter: string, loaded: BoundaryLayers[] = [shapes2019, shapes2021], { datasetLoaded = true } = {}) {
  const app = new AppState();
  app.setRange(dataset.meta.firstQuarter, dataset.meta.lastQuarter, q(quarter));
  // As DataSources: the dataset on screen is the own data when there is some, else the default; the table until then.
  let defaultDataset = $state.raw<Dataset | undefined>(datasetLoaded ? dataset : undefined);
  let ownData = $state.raw<LoadedDataset | null>(null);
  let shapes = $state.raw(new Map(loaded.map((layers) => [layers.versionId, layers])));
  let failure = $state.raw<LoadFailure | null>(null);
  const sources: DashboardSources = {
    get failure() {
      return failure;
    },
    geo: fixtureGeo,
    get dataset() {
      return ownData?.dataset ?? defaultDataset;
    },
    get defaultDataset() {
      return defaultDataset;
    },
    get mapTable() {
      return ownData || defaultDataset ? null : fixtureMapTable;
    },
    get ownData() {
      return ownData;
    },
    set ownData(value) {
      ownData = value;
    },
    published: publishedFixture,
    annotations: [{ quarter: q('2020-Q4'), indicator: null, text: { nl: 'Campagne', en: 'Campaign' } }],
    get shapes() {
      return shapes;
    },
  };
  let ready = $state(true);
  const state = new DashboardState({ app, sources, isReady: () => ready });
  return {
    app,
    sources,
    state,
    setReady: (value: boolean) => (ready = value),
    loadShapes: (layers: BoundaryLayers) => (shapes = new Map([...shapes, [layers.versionId, layers]])),
    fail: (value: LoadFailure | null) => (failure = value),
    loadDataset: () => (defaultDataset = dataset),
  };
}

function fakeMap() {
  return {
    renderer: 'svg',
    whenIdle: async () => undefined,
    bounds: () => [5, 52, 5.3, 52.1],
    view: () => ({ lon: 5.15, lat: 52.05, zoom: 8 }),
    fitTo: vi.fn<MapApi['fitTo']>(),
    showView: vi.fn<MapApi['showView']>(),
    drawnCodes: () => [],
    project: () => null,
  } satisfies MapApi;
}

describe('DashboardState: the pipeline from choices and data to the screen', () => {
  it('derives nothing quarter-bound before the link is applied', () => {
    const { state, setReady } = setUp('2020-Q4');
    setReady(false);
    expect([state.quarter, state.coverage, state.totals, state.mapInput, state.wantedVersion]).toEqual([null, null, null, null, undefined]);
    setReady(true);
    expect(state.quarter).toBe(q('2020-Q4'));
  });

  it('draws the quarter chosen on the shapes of its own boundary version', () => {
    const { state, app } = setUp('2020-Q4');
    expect(state.version?.id).toBe('2019-01-01');
    expect(state.mapInput?.layers).toBe(shapes2019);
    expect([...state.mapInput!.categories.keys()]).toEqual(['GM0001', 'GM0002', 'GM0003']);
    app.setQuarter(q('2021-Q1'));
    expect(state.mapInput?.layers).toBe(shapes2021);
    expect([...state.mapInput!.categories.keys()]).toEqual(['GM0001', 'GM0004']);
  });

  it('keeps the screen on the nearest quarter its loaded shapes can draw while another version loads', () => {
    const { state, app, loadShapes } = setUp('2020-Q4', [shapes2019]);
    app.setQuarter(q('2021-Q2'));
    expect(state.wantedVersion?.id).toBe('2021-01-01');
    expect(state.quarter).toBe(q('2020-Q4'));
    expect(state.showsChosenQuarter).toBe(false);
    // Shapes, categories, legend counts and totals all describe 2020-Q4 together.
    expect(state.mapInput?.layers.versionId).toBe('2019-01-01');
    expect(state.coverage?.quarter).toBe(q('2020-Q4'));
    expect(state.totals?.municipalities.total).toBe(3);
    loadShapes(shapes2021);
    expect(state.quarter).toBe(q('2021-Q2'));
    expect(state.showsChosenQuarter).toBe(true);
    expect(state.totals?.municipalities.total).toBe(2);
  });

  it('stays on the quarter shown before when a jump lands on shapes that are not loaded yet', () => {
    const { state, app, loadShapes } = setUp('2021-Q4', [shapes2021]);
    expect(state.quarter).toBe(q('2021-Q4'));
    app.setQuarter(q('2019-Q2'));
    // Not the nearest drawable 2021-Q1, which nobody chose: the screen stays where it was, all of it.
    expect(state.quarter).toBe(q('2021-Q4'));
    expect(state.coverage?.quarter).toBe(q('2021-Q4'));
    expect(state.mapInput?.layers.versionId).toBe('2021-01-01');
    expect([...state.mapInput!.categories.keys()].sort()).toEqual(shapes2021.municipalities.features.map((f) => f.properties.code).sort());
    expect(state.totals?.municipalities.total).toBe(shapes2021.municipalities.features.length);
    loadShapes(shapes2019);
    expect(state.quarter).toBe(q('2019-Q2'));
    expect(state.mapInput?.layers.versionId).toBe('2019-01-01');
    expect(state.totals?.municipalities.total).toBe(shapes2019.municipalities.features.length);
  });

  it('says on the map that the chosen quarter\'s shapes load, then what failed, with a retry', () => {
    const { state, app, loadShapes, fail } = setUp('2021-Q4', [shapes2021]);
    expect(state.mapStatus).toBeNull();
    app.setQuarter(q('2019-Q2'));
    expect(state.mapStatus).toMatchObject({ kind: 'loading', version: { id: '2019-01-01' }, shown: q('2021-Q4') });
    const retry = vi.fn();
    fail({ what: 'shapes', error: new FetchError('./generated/geo/2019.topojson', null, 'network error'), retry });
    expect(state.mapStatus).toMatchObject({ kind: 'failed', problem: { reason: 'network', file: '2019.topojson' }, shown: q('2021-Q4') });
    expect(state.mapStatus?.kind === 'failed' && translateMessage('nl', state.mapStatus.what)).toBe('de gemeentegrenzen van 1 januari 2019');
    if (state.mapStatus?.kind === 'failed') state.mapStatus.retry();
    expect(retry).toHaveBeenCalledOnce();
    // The failure does not move the screen: still 2021-Q4 everywhere.
    expect(state.quarter).toBe(q('2021-Q4'));
    fail(null);
    loadShapes(shapes2019);
    expect(state.mapStatus).toBeNull();
  });

  it('says it is starting while nothing can be drawn, and what failed then without a quarter shown', () => {
    const { state, fail } = setUp('2020-Q4', []);
    expect(state.mapStatus).toEqual({ kind: 'starting' });
    fail({ what: 'geo', error: new FetchError('./generated/geo/index.json', 404, 'HTTP 404'), retry: () => undefined });
    expect(state.mapStatus).toMatchObject({ kind: 'failed', problem: { reason: 'not-found', file: 'index.json', status: 404 }, shown: null });
  });

  it('shows nothing until some shapes are loaded', () => {
    const { state } = setUp('2020-Q4', []);
    expect([state.quarter, state.mapInput]).toEqual([null, null]);
  });

  it('counts the legend and totals of a chosen province only', () => {
    const { state, app } = setUp('2020-Q4');
    expect(state.totals?.municipalities.total).toBe(3);
    app.region = 'PV99';
    expect(state.totals?.municipalities.total).toBe(0);
    expect(state.region).toEqual({ code: 'PV99', name: 'PV99' });
    app.region = 'PV01';
    expect(state.region).toEqual({ code: 'PV01', name: 'Proefland' });
    expect(state.totals?.municipalities.total).toBe(3);
  });

  it('colours the change since the compared quarter in the change map mode, and hides the IDO points', () => {
    const { state, app } = setUp('2020-Q4');
    expect(state.showLocations).toBe(true);
    app.compare = q('2019-Q1');
    expect(state.comparison?.earlier).toBe(q('2019-Q1'));
    // V1 opened in 2019-Q4: Aadorp is newly reached; V2 opened in 2020-Q4 in Beekveld.
    expect(state.mapInput?.categories.get('GM0001')).toBe('change-new');
    expect(state.changeCounts?.get('change-new')).toBeGreaterThanOrEqual(1);
    expect(state.showLocations).toBe(false);
  });

  it('draws the map and counts the legend from the map table until the dataset is there, as the coverage then does', () => {
    const { state, app, loadDataset } = setUp('2019-Q4', undefined, { datasetLoaded: false });
    const seen = (region: string | null) => {
      app.region = region;
      return { categories: state.mapInput?.categories, open: state.mapInput?.open, counts: state.legendCounts, points: state.points?.features.map((f) => f.properties.id) };
    };
    const quarters = ['2019-Q4', '2020-Q4', '2021-Q2'];
    const fromTable = quarters.flatMap((quarter) => INDICATORS.flatMap((indicator) => [null, 'PV01', 'PV99'].map((region) => {
      app.setQuarter(q(quarter));
      app.indicator = indicator;
      return seen(region);
    })));
    expect(state.coverage).toBeNull();
    expect(state.totals).toBeNull();
    expect(fromTable[0]!.open).toEqual(new Set(['V1']));
    expect(fromTable[0]!.counts?.get('ido-in-municipality')).toBe(1);
    loadDataset();
    expect(state.mapTable).toBeNull();
    const fromDataset = quarters.flatMap((quarter) => INDICATORS.flatMap((indicator) => [null, 'PV01', 'PV99'].map((region) => {
      app.setQuarter(q(quarter));
      app.indicator = indicator;
      return seen(region);
    })));
    expect(state.coverage).not.toBeNull();
    // The dataset's points include every location; the table's only those ever open, which are the ones drawn.
    expect(fromTable.map(({ points: _, ...rest }) => rest)).toEqual(fromDataset.map(({ points: _, ...rest }) => rest));
    expect(fromTable[0]!.points).toEqual(['V1', 'V2']);
  });

  it('waits for the dataset in the change map mode, which compares the coverage of two quarters', () => {
    const { state, app, loadDataset } = setUp('2020-Q4', undefined, { datasetLoaded: false });
    app.compare = q('2019-Q1');
    expect([state.mapInput, state.legendCounts]).toEqual([null, null]);
    loadDataset();
    expect(state.mapInput?.categories.get('GM0001')).toBe('change-new');
  });

  it('marks the open IDO desks of the quarter as the points to draw', () => {
    const { state, app } = setUp('2019-Q3');
    expect([...state.mapInput!.open]).toEqual([]);
    app.setQuarter(q('2019-Q4'));
    expect([...state.mapInput!.open]).toEqual(['V1']);
    expect(state.points?.features.map((f) => f.properties.id)).toEqual(['V1', 'V2']);
  });

  it('puts the published figures of the quarter and the target beside the totals, nationally only', () => {
    const { state, app } = setUp('2020-Q4');
    expect(state.published?.municipalities.map((f) => f.value)).toEqual([1]);
    // Judged against the data at its quarter.
    expect(state.target).toMatchObject({ figure: { value: 2, quarter: q('2021-Q4') } });
    expect(['met', 'not-met', 'pending', 'no-data']).toContain(state.target!.status);
    app.region = 'PV01';
    expect(state.published?.municipalities).toEqual([]);
    expect(state.target).toBeNull();
    app.region = null;
    app.indicator = 'sek';
    expect(state.target).toBeNull();
  });

  it('gives each table row the "since" of the indicator on screen that the detail card says, and follows the indicator', () => {
    const { state, app } = setUp('2020-Q4');
    // The detail card has the three programmes; the combined indicator's run is checked against the coverage.
    for (const indicator of ['ido', 'sek', 'belastingdienst'] as const) {
      app.indicator = indicator;
      for (const row of state.tableRows) {
        app.selectMunicipality(row.code);
        const detail = state.detail?.kind === 'municipality' ? state.detail.value : null;
        expect(row.since, `${indicator} ${row.code}`).toBe(detail?.programmes.find((p) => p.indicator === indicator)?.since);
      }
    }
    app.indicator = 'combined';
    for (const row of state.tableRows) {
      for (let quarter = row.since; quarter <= q('2020-Q4'); quarter++) expect(state.coverageAt!(quarter)!.byCode.get(row.code)!.categories.combined).toBe(row.combined);
      expect(state.coverageAt!(row.since - 1)?.byCode.get(row.code)?.categories.combined).not.toBe(row.combined);
    }
    // The fixture's runs differ by indicator: the rows follow the one on screen.
    app.indicator = 'ido';
    const idoSince = state.tableRows.map((row) => row.since);
    app.indicator = 'sek';
    expect(state.tableRows.map((row) => row.since)).not.toEqual(idoSince);
  });

  it('follows a selected municipality through a herindeling without changing the choice', () => {
    const { state, app } = setUp('2020-Q4');
    app.selectMunicipality('GM0003');
    expect(state.selectedCode).toBe('GM0003');
    expect(state.detail?.kind).toBe('municipality');
    app.setQuarter(q('2021-Q1'));
    expect(state.selectedCode).toBe('GM0004');
    expect(app.selection).toEqual({ kind: 'municipality', code: 'GM0003' });
    app.setQuarter(q('2020-Q4'));
    expect(state.selectedCode).toBe('GM0003');
  });

  it('details an organisation opened from a municipality, with the way back', () => {
    const { state, app } = setUp('2020-Q4');
    app.selectOrganisation('ORG1', 'GM0001');
    expect(state.detail?.kind).toBe('organisation');
    expect(state.detail?.kind === 'organisation' && state.detail.backTo).toEqual({ code: 'GM0001', name: 'Aadorp' });
    expect(state.selectedCode).toBe('GM0001');
  });

  it('says in the tooltip what the map shows for the municipality under the pointer', () => {
    const { state } = setUp('2020-Q4');
    expect(state.tooltip).toBeNull();
    state.hover = { code: 'GM0001', x: 10, y: 20 };
    expect(state.tooltip).toMatchObject({ x: 10, y: 20, title: 'Aadorp' });
    expect(state.tooltip!.lines.map((line) => translateMessage('nl', line))).toEqual(['IDO in de gemeente', 'IDO-locaties (open): 1', 'Klik voor details']);
    state.hover = { code: 'GM9999', x: 0, y: 0 };
    expect(state.tooltip).toBeNull();
  });

  it('describes the map in a sentence, the change in the change map mode', () => {
    const { state, app } = setUp('2020-Q4');
    expect(state.summary).toMatch(/^In 2020 K4 hebben 2 van de 3 gemeenten een IDO/);
    app.compare = q('2019-Q1');
    expect(state.summary).not.toBe('');
    expect(state.summary).not.toMatch(/^In 2020 K4 hebben/);
  });

  it('works out a quarter ahead: the step to it finds its coverage, and the quarter before it for the summary', () => {
    const { state, app } = setUp('2020-Q4');
    const coverageAt = state.coverageAt!;
    expect(coverageAt.has(q('2020-Q3'))).toBe(false);
    state.prepareQuarter(q('2020-Q3'));
    expect(coverageAt.has(q('2020-Q3'))).toBe(true);
    expect(coverageAt.has(q('2020-Q2'))).toBe(true);
    const prepared = coverageAt(q('2020-Q3'));
    app.setQuarter(q('2020-Q3'));
    expect(state.coverage).toBe(prepared);
    expect(state.summary).toMatch(/^In 2020 K3 /);
  });

  it('lists every municipality for the table, finds municipalities by name and gives the notes of the quarter', () => {
    const { state, app } = setUp('2020-Q4');
    expect(state.tableRows.map((row) => row.name)).toEqual(['Aadorp', 'Beekveld', 'Cranendonk']);
    expect(state.search?.search('beek')[0]?.municipality.code).toBe('GM0002');
    expect(state.notes).toEqual(['Campagne']);
    app.language = 'en';
    expect(state.notes).toEqual(['Campaign']);
    app.setQuarter(q('2021-Q1'));
    expect(state.notes).toEqual([]);
    expect(state.search?.search('Dalfsen')[0]?.municipality.code).toBe('GM0004');
  });
});

describe('DashboardState: commands', () => {
  it('chooses a municipality: selected and fitted into the map', () => {
    const { state, app } = setUp('2020-Q4');
    const map = fakeMap();
    state.attachMap(map);
    state.chooseMunicipality('GM0002');
    expect(app.selection).toEqual({ kind: 'municipality', code: 'GM0002' });
    expect(map.fitTo).toHaveBeenCalledWith(['GM0002']);
  });

  it('chooses a region: the map fits its municipalities, a moved view is let go', () => {
    const { state, app } = setUp('2020-Q4');
    const map = fakeMap();
    state.attachMap(map);
    app.view = { lon: 5, lat: 52, zoom: 9 };
    state.chooseRegion('PV01');
    expect([app.region, app.view]).toEqual(['PV01', null]);
    expect(map.fitTo).toHaveBeenLastCalledWith(['GM0001', 'GM0002', 'GM0003']);
  });

  it('fits a region from the link at once when the map comes up, unless the link also fixed a view', () => {
    const first = setUp('2020-Q4');
    first.app.region = 'PV01';
    const map = fakeMap();
    first.state.attachMap(map);
    expect(map.fitTo).toHaveBeenCalledWith(['GM0001', 'GM0002', 'GM0003'], { instant: true });

    const second = setUp('2020-Q4');
    second.app.region = 'PV01';
    second.app.view = { lon: 5, lat: 52, zoom: 9 };
    const other = fakeMap();
    second.state.attachMap(other);
    expect(other.fitTo).not.toHaveBeenCalled();
  });

  it('in presentation mode fits the whole country (or the chosen province) when the map comes up, whatever the dashboard’s zoom', () => {
    const { state, app } = setUp('2020-Q4');
    app.mode = 'present';
    app.view = { lon: 5, lat: 52, zoom: 11 };
    const map = fakeMap();
    state.attachMap(map);
    expect(map.fitTo).toHaveBeenCalledWith(state.regionCodes(null), { instant: true });
    expect(state.regionCodes(null)).toEqual(['GM0001', 'GM0002', 'GM0003']);
    // The dashboard's view is kept for the way back.
    expect(app.view).toEqual({ lon: 5, lat: 52, zoom: 11 });
    app.region = 'PV01';
    state.fitPresentation();
    expect(map.fitTo).toHaveBeenLastCalledWith(state.regionCodes('PV01'), { instant: true });
    // Back/Forward in presentation mode fits again rather than restoring a dashboard view.
    state.showRestoredView();
    expect(map.showView).not.toHaveBeenCalled();
    expect(map.fitTo).toHaveBeenCalledTimes(3);
  });

  it('moves the selection to the neighbour in an arrow direction, and nowhere past the edge', () => {
    const { state, app } = setUp('2020-Q4');
    app.selectMunicipality('GM0002');
    state.moveSelection('right');
    expect(app.selection).toEqual({ kind: 'municipality', code: 'GM0003' });
    state.moveSelection('right');
    expect(app.selection).toEqual({ kind: 'municipality', code: 'GM0003' });
    state.moveSelection('left');
    state.moveSelection('left');
    expect(app.selection).toEqual({ kind: 'municipality', code: 'GM0001' });
  });

  it('after Back/Forward shows the entry’s view, else its region, else the whole country', () => {
    const { state, app } = setUp('2020-Q4');
    const map = fakeMap();
    state.attachMap(map);
    app.view = { lon: 5.1, lat: 52.05, zoom: 9 };
    state.showRestoredView();
    expect(map.showView).toHaveBeenLastCalledWith({ lon: 5.1, lat: 52.05, zoom: 9 });
    app.view = null;
    app.region = 'PV01';
    state.showRestoredView();
    expect(map.fitTo).toHaveBeenLastCalledWith(['GM0001', 'GM0002', 'GM0003']);
    app.region = null;
    state.showRestoredView();
    expect(map.showView).toHaveBeenLastCalledWith(null);
  });

  it('lets go of a map that went away', () => {
    const { state } = setUp('2020-Q4');
    const map = fakeMap();
    state.attachMap(map);
    state.detachMap(fakeMap());
    expect(state.map).toBe(map);
    state.detachMap(map);
    expect(state.map).toBeNull();
  });

  it('shows own data: the range follows it, the newest quarter stays the newest, a missing organisation is let go', () => {
    const { state, app, sources } = setUp('2021-Q4');
    app.selectOrganisation('ORG2', null);
    const own: Dataset = { ...dataset, meta: { ...dataset.meta, name: 'eigen', lastQuarter: q('2021-Q2') }, organisations: dataset.organisations.slice(0, 1) };
    const loaded: LoadedDataset = { dataset: own, source: { files: ['organisaties.csv'] }, rowsLeftOut: 0 };
    const change = state.showDataset(loaded);
    expect(sources.ownData).toBe(loaded);
    expect(state.dataset).toBe(own);
    expect([app.lastQuarter, app.quarter]).toEqual([q('2021-Q2'), q('2021-Q2')]);
    expect(change?.organisationGone).toBe(true);
    expect(app.selection).toBeNull();
    state.showDataset(null);
    expect(state.dataset).toBe(dataset);
    expect(app.lastQuarter).toBe(q('2021-Q4'));
  });
});
