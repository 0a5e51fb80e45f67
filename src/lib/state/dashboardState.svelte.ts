/**
 * The dashboard's state: what the screen shows, derived from the user's
 * choices (AppState) and what is loaded (sources). Every value is one line
 * over a pure function of lib/domain or lib/text, so the pipeline reads top to
 * bottom and each step is tested on its own; this class is tested with
 * literals, without rendering (dashboardState.svelte.test.ts).
 *
 *   choices + data → quarter shown → coverage → totals, categories, details, texts
 *
 * Until the dataset is there, the map and the legend's counts come from the
 * map table (data/mapTable.ts), which says what the coverage would; the rest
 * (totals, details, texts) waits for the dataset.
 *
 * The quarter shown is the rule that keeps the screen consistent
 * (`drawableQuarter`): the chosen quarter once the shapes of its boundary
 * version are loaded; until then the nearest one that loaded shapes can draw.
 * Map, legend, totals and details all describe that one quarter.
 *
 * Commands (choose a municipality, a region, move the selection) change the
 * choices and tell the map where to look through MapApi.
 */
import { annotationsFor } from '../data/annotations';
import { createCodeResolver } from '../data/lineage';
import { locationPoints } from '../data/locationPoints';
import { createMunicipalitySearch, type MunicipalitySearch } from '../data/municipalitySearch';
import { neighbourInDirection, type Direction } from '../data/neighbours';
import { boundaryVersionForQuarter, drawableQuarter } from '../domain/boundaries';
import type { BoundaryVersion, GeoIndex } from '../domain/types';
import { compareQuarters, countChanges } from '../domain/changeComparison';
import { indexDataset, type MunicipalityCoverage, type QuarterCoverage } from '../domain/coverage';
import { createCoverageCache } from '../domain/coverageCache';
import { getCoverageRows } from '../domain/coverageTable';
import { sinceQuarter } from '../domain/details';
import { mapCategories, openIdoLocationIds } from '../domain/mapCategories';
import { codesInRegion, getRegionTotals } from '../domain/provinceCoverage';
import { publishedBesideTotals, targetFor } from '../domain/publishedForView';
import { municipalityInQuarter, selectedMunicipalityCode } from '../domain/selection';
import type { MapApi } from './mapApi';
import { describeChanges } from '../text/changeSummary';
import { describeMap } from '../text/mapSummary';
import { formatMessages } from '../i18n/formatMessage';
import { INDICATOR_CATEGORIES, type CategoryId } from '../domain/indicators';
import { getMunicipalityHistory } from '../domain/history';
import { nationalFiguresAt } from '../domain/nationalFigures';
import { quarterRange, type Quarter } from '../domain/quarter';
import { judgeTarget } from '../domain/targets';
import type { LoadedDataset } from '../api/dataSources.svelte';
import { mapStatus } from './mapStatus';
import { screenDetail } from './screenDetail';
import { screenTooltip } from './screenTooltip';
import type { AppState } from './appState.svelte';
import type { DashboardInput, DashboardSources, Hover, LocationHover } from './dashboardSources';
import { switchDataset, type DatasetSwitch } from './datasetSwitch';

export type { DashboardInput, DashboardSources, Hover, LocationHover };

export class DashboardState {
  readonly app: AppState;
  readonly #sources: DashboardSources;
  readonly #isReady: () => boolean;
  /** The map's commands, once a renderer is up (MapPanel attaches it). */
  map: MapApi | null = null;
  hover = $state.raw<Hover>(null);
  locationHover = $state.raw<LocationHover>(null);
  /** A legend entry chosen: the table lists only that category and the map highlights it (null: none). */
  chosenCategory = $state<CategoryId | null>(null);
  /** True while the arrow keys move the selection on the map: focus stays on the map. */
  selectionByArrows = $state(false);
  /** Bumped by Enter on the map for the municipality already shown: its details take focus. */
  detailFocusRequest = $state(0);

  constructor({ app, sources, isReady }: DashboardInput) {
    this.app = app;
    this.#sources = sources;
    this.#isReady = isReady;
    // Autoplay steps on once the map shows the quarter it stepped to.
    app.whenPainted = this.whenPainted;
  }

  /** Resolves once the map shows the chosen quarter: its boundary version drawn, and painted. */
  whenPainted = async (): Promise<void> => {
    while (!this.map || !this.showsChosenQuarter) await new Promise((resolve) => setTimeout(resolve, 16));
    await this.map.whenIdle();
  };

  // 1. What is loaded, and the lookups built once per dataset.
  readonly geo = $derived.by(() => this.#sources.geo);
  readonly dataset = $derived.by(() => this.#sources.dataset);
  /** What the map draws before the dataset is there (null once it is). */
  readonly mapTable = $derived.by(() => (this.dataset ? null : (this.#sources.mapTable ?? null)));
  /** The data's description (name, source, quarters): the dataset's, or before it the map table's. */
  readonly meta = $derived.by(() => this.dataset?.meta ?? this.mapTable?.meta);
  readonly resolver = $derived.by(() => this.geo ? createCodeResolver(this.geo) : undefined);
  readonly index = $derived.by(() => this.dataset ? indexDataset(this.dataset) : undefined);
  /** Coverage of any quarter, memoised per dataset (play and "since when" revisit quarters). */
  readonly coverageAt = $derived.by(() => this.geo && this.resolver && this.index ? createCoverageCache(this.geo, this.resolver, this.index) : null);

  // 2. The quarter chosen, and the quarter shown (consistent with the shapes at hand).
  /** The boundary version of the chosen quarter: the shapes the screen asks for. */
  readonly wantedVersion = $derived.by(() => this.geo && this.#isReady() ? boundaryVersionForQuarter(this.geo, this.app.quarter) : undefined);
  /** The quarter on screen when `quarter` was last worked out: while the chosen quarter's shapes load, the screen stays there. */
  #lastShown: Quarter | null = null;
  readonly quarter = $derived.by(() => {
    if (!this.geo || !this.#isReady()) return null;
    const loaded = new Set(this.#sources.shapes.keys());
    // Not reactive on purpose: what was shown before is memory, not a reason to work this out again.
    return (this.#lastShown = drawableQuarter(this.geo, this.app.quarter, this.app.firstQuarter, this.app.lastQuarter, loaded, this.#lastShown));
  });
  /** Whether the screen shows the chosen quarter (false while its shapes load, or when they failed). */
  readonly showsChosenQuarter = $derived.by(() => this.quarter === this.app.quarter);
  readonly version = $derived.by(() => this.geo && this.quarter !== null ? boundaryVersionForQuarter(this.geo, this.quarter) : undefined);
  readonly shapes = $derived.by(() => this.version ? this.#sources.shapes.get(this.version.id) : undefined);

  // 3. Coverage of the quarter shown, and what follows from it.
  readonly coverage = $derived.by(() => this.coverageAt && this.quarter !== null ? this.coverageAt(this.quarter) : null);
  /** A chosen province filters the totals and the legend counts. */
  readonly totals = $derived.by(() => this.coverage ? getRegionTotals(this.coverage, this.app.indicator, this.app.region) : null);
  /** The change map mode: what changed between the compared quarter and this one, through the lineage. */
  readonly comparison = $derived.by(() =>
    this.coverage && this.coverageAt && this.resolver && this.app.compare !== null
      ? compareQuarters(this.coverage, this.coverageAt(this.app.compare)!, this.app.indicator, this.resolver)
      : null,
  );
  readonly changeCounts = $derived.by(() =>
    this.comparison ? new Map(countChanges(this.comparison, this.#inRegion).map((count) => [count.category, count.municipalities])) : null,
  );

  // 4. What the map draws: categories only ever with the shapes of their own boundary version.
  /** Before the dataset: the map table's quarter (the change map mode needs the dataset's coverage of two quarters). */
  readonly #tableQuarter = $derived.by(() =>
    this.mapTable && this.version && this.quarter !== null && this.app.compare === null ? this.mapTable.at(this.quarter, this.app.indicator, this.version) : null,
  );
  readonly mapInput = $derived.by(() => {
    if (!this.shapes) return null;
    if (this.coverage) return { layers: this.shapes, categories: mapCategories(this.coverage, this.app.indicator, this.comparison), open: openIdoLocationIds(this.coverage) };
    return this.#tableQuarter ? { layers: this.shapes, ...this.#tableQuarter } : null;
  });
  /** The legend's count per category, of the chosen province: from the totals, or before the dataset from the map table. */
  readonly legendCounts = $derived.by(() => {
    if (this.totals) return this.totals.categoryCounts;
    if (!this.#tableQuarter || !this.shapes) return null;
    const counts = new Map<CategoryId, number>(INDICATOR_CATEGORIES[this.app.indicator].map((category) => [category, 0]));
    for (const code of this.regionCodes(this.app.region)) {
      const category = this.#tableQuarter.categories.get(code);
      if (category) counts.set(category, counts.get(category)! + 1);
    }
    return counts;
  });
  /** What the map area says: the chosen quarter's shapes loading (and the quarter shown meanwhile), or what failed. */
  readonly mapStatus = $derived.by(() =>
    mapStatus({
      failure: this.#sources.failure ?? null,
      online: typeof navigator === 'undefined' || navigator.onLine !== false,
      drawing: this.mapInput !== null,
      wanted: this.wantedVersion,
      shown: this.quarter,
      chosen: this.app.quarter,
    }),
  );
  readonly points = $derived.by(() => (this.dataset ? locationPoints(this.dataset.locations) : (this.mapTable?.points ?? null)));
  readonly showLocations = $derived.by(() => this.app.indicator === 'ido' && !this.comparison);

  // 5. Published figures and the target beside the totals.
  readonly published = $derived.by(() => this.quarter !== null ? publishedBesideTotals(this.#sources.published, this.app.indicator, this.quarter, this.app.region) : null);
  /** The programme target judged against the data at its quarter ("Doel 129 eind 2021: niet gehaald, 124"). */
  readonly target = $derived.by(() => {
    const target = targetFor(this.#sources.published, this.app.indicator, this.app.region);
    const coverageAt = this.coverageAt;
    return target && coverageAt && this.quarter !== null ? judgeTarget(target, nationalFiguresAt(coverageAt), this.quarter) : null;
  });
  readonly region = $derived.by(() => this.app.region ? { code: this.app.region, name: this.provinceName(this.app.region) } : null);

  // 6. Selection, details and hover.
  /** The selected municipality as the map shows it (after a herindeling: what the chosen one became). */
  readonly selectedCode = $derived.by(() => {
    const code = selectedMunicipalityCode(this.app.selection);
    return code && this.coverage && this.resolver && this.quarter !== null ? municipalityInQuarter(code, this.coverage, this.resolver, this.quarter) : code;
  });
  readonly detail = $derived.by(() =>
    this.index && this.coverageAt && this.coverage && this.quarter !== null
      ? screenDetail(this.app.selection, this.selectedCode, { index: this.index, coverageAt: this.coverageAt, coverage: this.coverage, quarter: this.quarter }, this.provinceName, this.municipalityName)
      : null,
  );
  readonly tooltip = $derived.by(() =>
    screenTooltip({
      hover: this.hover,
      locationHover: this.locationHover,
      index: this.index,
      coverage: this.coverage,
      quarter: this.quarter,
      indicator: this.app.indicator,
      shownCategories: this.mapInput?.categories,
      municipalityName: this.municipalityName,
    }),
  );
  /** The selected municipality with what the map shows for it (the presentation's side panel). */
  readonly selectedItem = $derived.by(() => {
    const item = this.selectedCode ? this.coverage?.byCode.get(this.selectedCode) : undefined;
    if (!item) return null;
    return { item, provinceName: this.provinceName(item.municipality.provinceCode), category: this.mapInput?.categories.get(item.municipality.code) ?? item.categories[this.app.indicator] };
  });

  // 7. Text alternatives and lookups: the map's summary, the table, search by name, the quarter's notes.
  readonly summary = $derived.by(() => {
    if (!this.coverage || !this.geo) return '';
    if (this.comparison) return formatMessages(this.app.language, describeChanges(this.app.indicator, this.comparison, this.region));
    return this.#describe(this.coverage, this.geo);
  });
  /** The map's summary of a quarter (outside the change map mode): what it shows, and the change since the quarter before. */
  #describe(coverage: QuarterCoverage, geo: GeoIndex): string {
    return formatMessages(this.app.language, describeMap(this.app.indicator, coverage, this.coverageAt?.(coverage.quarter - 1) ?? null, geo.provinces, this.app.region));
  }

  /**
   * Works out ahead what a step of one quarter will show: its coverage, totals and summary (which also needs the
   * quarter before it). Called one quarter at a time at idle moments after a quarter is shown (Dashboard.svelte), so
   * the key press of the step only draws: the first step after load spent 50 ms of script on this (two coverages not
   * yet computed, the percent format made for the first time) on a machine without a GPU. Everything it computes is
   * kept per quarter (coverageCache.ts) or per coverage, so the step finds it.
   */
  prepareQuarter(quarter: Quarter): void {
    const coverage = this.coverageAt?.(quarter);
    if (!coverage || !this.geo) return;
    getRegionTotals(coverage, this.app.indicator, this.app.region);
    this.#describe(coverage, this.geo);
  }
  /** Since when a municipality of the quarter on screen has had its category of the indicator on screen: the table's column, its CSV (as the detail card says it). */
  readonly categorySince = $derived.by(() => {
    const { coverage, coverageAt } = this;
    if (!coverage || !coverageAt) return null;
    const indicator = this.app.indicator;
    return (item: MunicipalityCoverage) => sinceQuarter(coverageAt, item.municipality.code, indicator, item.categories[indicator], coverage.quarter);
  });
  /** Every municipality with the map's categories and since when (computed only when the table is shown: deriveds are lazy). */
  readonly tableRows = $derived.by(() =>
    this.coverage && this.geo && this.categorySince ? getCoverageRows(this.coverage, this.geo.provinces, this.organisationName, this.categorySince) : [],
  );
  readonly #searchByVersion = new WeakMap<BoundaryVersion, MunicipalitySearch>();
  /** Search by name, with the names of other quarters too (Eemsdelta in 2020 says from when it exists). */
  readonly search = $derived.by(() => {
    if (!this.version || !this.geo) return null;
    // One per boundary version: moving back and forth between versions (the time slider's Home and End) does not build it again.
    let search = this.#searchByVersion.get(this.version);
    if (!search) this.#searchByVersion.set(this.version, (search = createMunicipalitySearch(this.version.municipalities, { geo: this.geo, versionId: this.version.id })));
    return search;
  });
  /** The selected municipality's category per programme in every quarter of the data (the detail panel's strip). */
  readonly history = $derived.by(() =>
    this.detail?.kind === 'municipality' && this.coverageAt ? getMunicipalityHistory(this.coverageAt, this.detail.value.municipality.code, quarterRange(this.app.firstQuarter, this.app.lastQuarter)) : null,
  );
  /** The legend's choice, if it is a category of the indicator on screen (the change map mode has none). */
  readonly highlightCategory = $derived.by(() => (this.comparison || !this.chosenCategory || !this.totals?.categoryCounts.has(this.chosenCategory) ? null : this.chosenCategory));
  readonly notes = $derived.by(() => this.quarter !== null ? annotationsFor(this.#sources.annotations, this.quarter, this.app.indicator).map((a) => a.text[this.app.language]) : []);

  readonly organisationName = (id: string): string => this.dataset?.organisations.find((o) => o.id === id)?.name ?? id;
  readonly provinceName = (code: string): string => this.geo?.provinces.find((p) => p.code === code)?.name ?? code;
  readonly municipalityName = (code: string): string => (this.quarter !== null ? this.resolver?.municipality(code, this.quarter)?.name : undefined) ?? code;

  /** The municipalities of a province in the shapes on screen; all of them for null. */
  regionCodes = (region: string | null): string[] => codesInRegion(this.shapes?.properties ?? [], region);

  // Commands.

  /** A municipality chosen by search or from a list: selected and brought into view. */
  chooseMunicipality = (code: string): void => {
    this.selectionByArrows = false;
    this.app.selectMunicipality(code);
    this.map?.fitTo([code]);
  };

  /** A municipality of another quarter chosen in the search: that quarter, and the municipality in it. */
  chooseMunicipalityInQuarter = (code: string, quarter: Quarter): void => {
    this.app.setQuarter(quarter);
    this.chooseMunicipality(code);
  };

  /** A municipality chosen on the map (click, or Enter): its details take focus, also when it was already shown. */
  selectOnMap = (code: string): void => {
    const already = this.selectedCode === code && this.detail !== null;
    this.selectionByArrows = false;
    this.app.selectMunicipality(code);
    if (already) this.detailFocusRequest++;
  };

  /** A province (or the whole country) becomes the view's region: the map fits it, totals and legend count it. */
  chooseRegion = (code: string | null): void => {
    this.app.region = code;
    this.app.view = null;
    this.map?.fitTo(this.regionCodes(code));
  };

  /** Arrow keys on the map with a municipality selected: the selection moves to the neighbour in that direction. */
  moveSelection = (direction: Direction): void => {
    const from = this.app.selection?.kind === 'municipality' ? this.selectedCode : null;
    const next = from && this.shapes ? neighbourInDirection(this.shapes.neighbours, from, direction) : null;
    if (next) {
      // Focus stays on the map: the details follow without taking it (Enter moves there).
      this.selectionByArrows = true;
      this.app.selectMunicipality(next);
    }
  };

  /**
   * The map is up: it takes the commands. In presentation mode it shows the
   * whole country (or the chosen province), whatever the dashboard's zoom was;
   * on the dashboard a region from the link (without a view of its own) is fitted at once.
   */
  attachMap = (api: MapApi): void => {
    this.map = api;
    if (this.app.mode === 'present') this.fitPresentation();
    else if (this.app.region && !this.app.view) api.fitTo(this.regionCodes(this.app.region), { instant: true });
  };

  /**
   * Presentation mode's map: the chosen province, else the whole country,
   * fitted to the map's box at once. Called when the map comes up and
   * whenever its box changes size (a resize, fullscreen on or off). The
   * dashboard's view (app.view) is left alone: leaving presentation returns to it.
   */
  fitPresentation = (): void => {
    this.map?.fitTo(this.regionCodes(this.app.region), { instant: true });
  };

  /**
   * Shows a confirmed dataset (or the default one again with null): the
   * quarter range, quarter and selection follow it (switchDataset). Returns
   * what moved, for the banner; null when no dataset was on screen yet (the
   * link is then applied to the new one as it would have been to the default).
   */
  showDataset(next: LoadedDataset | null): DatasetSwitch | null {
    const target = next?.dataset ?? this.#sources.defaultDataset;
    if (!target || !this.#isReady()) {
      this.#sources.ownData = next;
      return null;
    }
    this.app.pause();
    const change = switchDataset({ quarter: this.app.quarter, lastQuarter: this.app.lastQuarter, selection: this.app.selection }, target);
    this.#sources.ownData = next;
    this.app.setRange(change.first, change.last, change.quarter);
    this.app.selection = change.selection;
    return change;
  }

  /** The map went away (a layout switch mounts a new one). */
  detachMap = (api: MapApi): void => {
    if (this.map === api) this.map = null;
  };

  /** After Back/Forward: the map goes to the entry's view, else its province, else the whole country (presentation mode: always fitted). */
  showRestoredView(): void {
    if (this.app.mode === 'present') this.fitPresentation();
    else if (this.app.view || !this.app.region) this.map?.showView(this.app.view);
    else this.map?.fitTo(this.regionCodes(this.app.region));
  }

  #inRegion = (code: string): boolean => !this.app.region || this.coverage?.byCode.get(code)?.municipality.provinceCode === this.app.region;
}
