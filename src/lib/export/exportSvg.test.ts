import type { GeometryCollection } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { topologyToLayers, type BoundaryLayers, type MunicipalityProperties } from '../data/topologyToLayers';
import { rowTopology } from '../state/fixtures/dashboardFixture';
import type { CategoryId } from '../domain/indicators';
import { parseQuarterKey } from '../domain/quarter';
import type { IndicatorTotals } from '../domain/totals';
import { CATEGORY_COLOURS, MAP_THEMES } from '../scales/palette';
import { UI_THEMES } from '../scales/themes';
import { buildExportSvg, wrapText, type ExportSvgInput } from './exportSvg';

/** Three squares in a row, as the app loads them (TopoJSON), with names that need escaping in SVG. */
const layers = ((): BoundaryLayers => {
  const topology = rowTopology(['GM0001', 'GM0002', 'GM0003'], [1, 1, 1]);
  const names = ['Ams & Co', 'Bee', 'Cee'];
  (topology.objects['gemeenten'] as GeometryCollection<MunicipalityProperties>).geometries.forEach((geometry, i) => (geometry.properties = { ...geometry.properties!, name: names[i]!, province: 'PV26' }));
  return topologyToLayers(topology, 'test');
})();
const categories = new Map<string, CategoryId>([
  ['GM0001', 'ido-in-municipality'],
  ['GM0002', 'ido-elsewhere'],
  ['GM0003', 'no-data'],
]);
const totals: IndicatorTotals = {
  indicator: 'ido',
  categoryCounts: new Map<CategoryId, number>([['ido-in-municipality', 1], ['ido-elsewhere', 1], ['ido-planned', 0], ['none', 0], ['no-data', 1]]),
  municipalities: { covered: 1, total: 3, noData: 1 },
  population: { covered: 12345, total: 50000, coveredUnknown: 0, totalUnknown: 0, merged: 0, mergeGroups: 0 },
  organisations: { participating: 2, total: 3 },
  openIdoLocations: 2,
};
const input: ExportSvgInput = {
  width: 1280,
  height: 720,
  language: 'nl',
  theme: 'light',
  layers,
  categories,
  bounds: [5, 52, 5.2, 52.2],
  indicator: 'ido',
  quarter: parseQuarterKey('2021-Q4')!,
  totals,
  areaName: null,
  points: [[5.05, 52.05], [5.15, 52.05], [9, 50]],
  selectedCode: null,
  showPatterns: false,
  isExample: true,
  dataSource: 'KB <test> & SPN',
  notes: ['Landelijke campagne IDO'],
};
const count = (svg: string, pattern: RegExp) => svg.match(new RegExp(pattern, 'g'))?.length ?? 0;

/** Tags open and close in order: enough to catch a broken string template. */
function isWellFormed(svg: string): boolean {
  const stack: string[] = [];
  for (const [, closing, name, selfClosing] of svg.matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>/g)) {
    if (selfClosing) continue;
    if (closing) {
      if (stack.pop() !== name) return false;
    } else stack.push(name!);
  }
  return stack.length === 0;
}

describe('buildExportSvg', () => {
  const svg = buildExportSvg(input);

  it('is a well-formed SVG of the chosen size', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1280" height="720" viewBox="0 0 1280 720"/);
    expect(isWellFormed(svg)).toBe(true);
  });

  it('has one path per municipality, coloured as the map, each with its name', () => {
    expect(count(svg, /<path [^>]*data-code="/)).toBe(3);
    expect(svg).toMatch(new RegExp(`fill="${CATEGORY_COLOURS['ido-in-municipality']}" data-code="GM0001"><title>Ams &amp; Co: IDO in de gemeente</title>`));
    expect(svg).toContain(`fill="${CATEGORY_COLOURS['ido-elsewhere']}" data-code="GM0002"`);
    expect(svg).toContain('fill="url(#bbv-fill-no-data)" data-code="GM0003"');
    expect(svg).toContain('<pattern id="bbv-fill-no-data"');
  });

  it('has the title, quarter, note, legend with counts, totals, example flag and source line', () => {
    expect(svg).toContain('BBV-kaart: Informatiepunt Digitale Overheid');
    expect(svg).toMatch(/data-role="quarter">2021 K4</);
    expect(svg).toMatch(/data-role="note">Landelijke campagne IDO</);
    for (const label of ['IDO in de gemeente', 'Bibliotheek heeft IDO elders', 'IDO gepland', 'Geen gegevens', 'IDO-locatie (open)']) expect(svg).toContain(`>${label}</text>`);
    expect(svg).toMatch(/data-role="total">1 van 3 \(33%\)</);
    expect(svg).toMatch(/data-role="total">12\.345 \(25%\)</);
    expect(svg).toContain('data-role="example-flag"');
    expect(svg).toContain('Voorbeelddata:');
    expect(svg).toContain('Grenzen: CBS/Kadaster (PDOK), CC BY 4.0. Gegevens: KB &lt;test&gt; &amp; SPN.');
  });

  it('draws the open IDO points inside the view only, and the selection outline', () => {
    expect(count(svg, /<circle cx="[\d.]+" cy="[\d.]+" r="[\d.]+"\/>/g)).toBe(2);
    expect(svg).not.toContain('data-role="selected"');
    const selected = buildExportSvg({ ...input, selectedCode: 'GM0002' });
    expect(selected).toContain(`stroke="${MAP_THEMES.light.selected}" stroke-width="3.5" stroke-linejoin="round" data-role="selected"`);
  });

  it('uses no style attributes or style elements (a strict CSP blocks them when inlined)', () => {
    expect(svg).not.toMatch(/style=|<style/);
  });

  it('speaks English when asked', () => {
    const english = buildExportSvg({ ...input, language: 'en', quarter: parseQuarterKey('2020-Q1')! });
    expect(english).toMatch(/data-role="quarter">2020 Q1</);
    expect(english).toContain('Boundaries: CBS/Kadaster (PDOK), CC BY 4.0');
    expect(english).toContain('>Library has an IDO elsewhere</text>');
  });

  describe('edge cases', () => {
    it('leaves the example flag out for real data, and the points when the map has none', () => {
      const real = buildExportSvg({ ...input, isExample: false, points: null, notes: [] });
      expect(real).not.toContain('data-role="example-flag"');
      expect(real).not.toContain('data-role="ido-points"');
      expect(real).not.toContain('IDO-locatie (open)');
      expect(real).not.toContain('data-role="note"');
    });

    it('scales everything with the size: a 4K slide has three times the type of a 1280 × 720 one', () => {
      const large = buildExportSvg({ ...input, width: 3840, height: 2160 });
      expect(large).toMatch(/width="3840" height="2160"/);
      expect(large).toMatch(/font-size="120" font-weight="700" data-role="quarter"/);
      expect(svg).toMatch(/font-size="40" font-weight="700" data-role="quarter"/);
      expect(count(large, /data-code="/)).toBe(3);
    });

    it('draws the patterns of the option over the colours', () => {
      const patterned = buildExportSvg({ ...input, showPatterns: true });
      expect(patterned).toContain('fill="url(#bbv-fill-ido-elsewhere)" data-code="GM0002"');
      expect(patterned).toContain('<pattern id="bbv-fill-ido-elsewhere"');
      expect(patterned).toContain('<pattern id="bbv-fill-ido-planned"');
    });

    it('takes the theme’s colours', () => {
      const dark = buildExportSvg({ ...input, theme: 'dark' });
      expect(dark).toContain(`fill="${UI_THEMES.dark.text}"`);
      expect(dark).toContain(`<rect width="1280" height="720" fill="${UI_THEMES.dark.surface}"/>`);
      expect(dark).toContain(`fill="${MAP_THEMES.dark.background}"`);
    });

    it.each([
      [1280, 720],
      [1920, 1080],
      [1024, 768],
    ])('at %d × %d the side column ends above the source line, even with two notes, the example flag and a long legend title', (width, height) => {
      const legend = { categories: ['ido-in-municipality', 'ido-elsewhere', 'ido-planned', 'none', 'no-data'] as CategoryId[], counts: totals.categoryCounts, title: 'Wijzigingen Belastingdienst, 2019 K1 → 2023 K4' };
      // The longest residents' base: merged municipalities counted together and some left out.
      const population = { ...totals.population, merged: 11, mergeGroups: 3, totalUnknown: 5, coveredUnknown: 2 };
      const crowded = buildExportSvg({ ...input, width, height, legend, totals: { ...totals, population }, notes: ['Coronamaatregelen: bibliotheken tijdelijk dicht', 'Landelijke tv- en online campagne IDO'] });
      const ys = (role: string) => [...crowded.matchAll(new RegExp(`y="([\\d.]+)" font-size="[\\d.]+"[^>]*data-role="${role}"`, 'g'))].map((m) => Number(m[1]));
      const lastTotal = Math.max(...ys('total'), ...ys('total-note'));
      expect(ys('total-note').length).toBeGreaterThan(1);
      const firstSource = Math.min(...ys('source'));
      expect(ys('total')).toHaveLength(4);
      expect(lastTotal).toBeLessThan(firstSource - 14 * Math.min(width / 1280, height / 720));
    });

    it('titles the totals with the province when the view is about one', () => {
      expect(buildExportSvg({ ...input, areaName: 'Utrecht' })).toContain('>Utrecht, 2021 K4</text>');
      expect(svg).toContain('>Landelijk, 2021 K4</text>');
    });

    it('shows the change map mode’s own legend when given one', () => {
      const changes = new Map<CategoryId, number>([['change-new', 2], ['change-stopped', 1], ['change-kept', 0], ['change-none', 0], ['no-data', 0]]);
      const change = buildExportSvg({
        ...input,
        categories: new Map([['GM0001', 'change-new'], ['GM0002', 'change-stopped'], ['GM0003', 'no-data']]),
        legend: { categories: ['change-new', 'change-stopped', 'change-kept', 'change-none', 'no-data'], counts: changes, title: 'Wijzigingen IDO, 2020 K4 → 2021 K4' },
        points: null,
      });
      const words = change.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
      expect(words).toContain('Wijzigingen IDO, 2020 K4 → 2021 K4 (aantal gemeenten)');
      expect(change).toContain(`fill="${CATEGORY_COLOURS['change-new']}" data-code="GM0001"`);
      expect(change).not.toContain('>IDO in de gemeente</text>');
      expect(change).toMatch(/data-category="change-new">[^<]+<\/text>\n<text [^>]*text-anchor="end" font-weight="700">2</);
    });

    it('treats a municipality without a category as "no data"', () => {
      const partial = buildExportSvg({ ...input, categories: new Map([['GM0001', 'none']]) });
      expect(partial).toContain('fill="url(#bbv-fill-no-data)" data-code="GM0002"');
    });
  });
});

describe('wrapText', () => {
  it.each([
    ['', 100, 10, []],
    ['kort', 100, 10, ['kort']],
    // 0.56 em a character: 28 px at 10 px holds 5 characters, 56 px holds 10.
    ['een twee drie vier', 28, 10, ['een', 'twee', 'drie', 'vier']],
    ['een twee drie vier', 56, 10, ['een twee', 'drie vier']],
    ['supercalifragilistisch kort', 56, 10, ['supercalifragilistisch', 'kort']],
    ['  extra   spaties  ', 1000, 10, ['extra spaties']],
  ])('%j in %d px at %d px', (text, width, size, lines) => {
    expect(wrapText(text, width, size)).toEqual(lines);
  });
});
