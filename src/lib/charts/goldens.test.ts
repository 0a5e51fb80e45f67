/**
 * Golden files of the chart SVG: each chart rendered on the server (svelte/server,
 * no browser, no clock, no network) from fixed data at a fixed width, compared
 * with the committed file in __goldens__/. A change to a chart's drawing shows
 * up as a diff of that file.
 *
 * To accept an intended change, regenerate the goldens and review the diff:
 *   npx vitest run src/lib/charts/goldens.test.ts -u
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compile } from 'svelte/compiler';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import GrowthChart from './GrowthChart.svelte';
import ProvinceBars from './ProvinceBars.svelte';

/**
 * The chart's <svg> element, one tag per line so a diff reads well, followed
 * by the component's stylesheet, which holds its colours, strokes and dashes
 * (var(--chart-…)): a change of colour or of a class shows up in the diff.
 * Svelte's hydration comments are left out and its scoped-style class (a hash
 * of the CSS) becomes `svelte-scoped`, so the golden does not change with
 * every edit of the CSS's whitespace, but every class name stays.
 */
function svgOf(body: string, component: string): string {
  const svg = body
    .replace(/<!--[^]*?-->/g, '')
    .replace(/\bsvelte-[a-z0-9]+\b/g, 'svelte-scoped')
    .match(/<svg[^]*<\/svg>/)?.[0];
  if (!svg) throw new Error(`no <svg> in the rendered output: ${body.slice(0, 200)}`);
  return `${svg.replace(/>\s*</g, '>\n<')}\n<style>\n${stylesOf(component)}\n</style>\n`;
}

/** The component's own CSS as Svelte compiles it, scoped class normalised. */
function stylesOf(component: string): string {
  const file = fileURLToPath(new URL(`./${component}`, import.meta.url));
  const { css } = compile(readFileSync(file, 'utf8'), { filename: file, css: 'external', generate: 'server' });
  if (!css?.code) throw new Error(`${component} has no styles`);
  return css.code.replace(/\bsvelte-[a-z0-9]+\b/g, 'svelte-scoped').trim();
}

/**
 * Compares with the committed golden. A golden that is not there fails
 * (instead of being written, as toMatchFileSnapshot would outside CI): only
 * `-u` writes goldens.
 */
async function expectGolden(actual: string, name: string): Promise<void> {
  const path = `./__goldens__/${name}`;
  const updating = (expect.getState().snapshotState as { snapshotUpdateState?: string } | undefined)?.snapshotUpdateState === 'all';
  if (!updating) expect(existsSync(fileURLToPath(new URL(path, import.meta.url))), `golden ${name} is missing: write it with -u and review it`).toBe(true);
  await expect(actual).toMatchFileSnapshot(path);
}

const quarters = Array.from({ length: 12 }, (_, i) => 2019 * 4 + i); // 2019-Q1 … 2021-Q4
const label = (q: number) => `${Math.floor(q / 4)} Q${(q % 4) + 1}`;
const percent = (v: number) => `${Math.round(v * 100)}%`;

describe('growth chart golden SVG', () => {
  it('shares: the country and a province with a gap, a published point, the selected quarter', async () => {
    const national = [0, 0.02, 0.05, 0.1, 0.14, 0.2, 0.26, 0.4, 0.55, 0.62, 0.7, 0.74];
    const province = [null, null, 0.04, 0.08, 0.15, 0.15, 0.3, 0.45, 0.5, 0.7, 0.72, 0.8];
    const { body } = render(GrowthChart, {
      props: {
        quarters,
        quarterLabels: quarters.map(label),
        series: [
          { id: 'national', label: 'Netherlands', values: national, valueLabels: national.map(percent) },
          { id: 'province', label: 'Utrecht', values: province, valueLabels: province.map((v) => (v === null ? 'no data' : percent(v))) },
        ],
        published: [{ quarter: 2020 * 4 + 3, value: 0.55, label: 'Published 2020 Q4: 55%', details: ['Source: test'] }],
        targets: [],
        scale: 'share',
        formatY: percent,
        selectedQuarter: 2021 * 4,
        label: 'Chart: municipalities reached',
        onSelectQuarter: () => undefined,
        width: 640,
        height: 260,
      },
    });
    await expectGolden(svgOf(body, 'GrowthChart.svelte'), 'growth-chart-share.svg');
  });

  it('counts: a target reference line above the series', async () => {
    const organisations = [0, 15, 15, 15, 20, 25, 30, 39, 60, 90, 110, 124];
    const { body } = render(GrowthChart, {
      props: {
        quarters,
        quarterLabels: quarters.map(label),
        series: [{ id: 'national', label: 'Netherlands', values: organisations, valueLabels: organisations.map((v) => `${v} organisations`) }],
        published: [{ quarter: 2020 * 4 + 3, value: 39, label: 'Published 2020 Q4: 39', details: [] }],
        targets: [{ quarter: 2021 * 4 + 3, value: 129, label: 'Target: 129 by 2021 Q4' }],
        scale: 'count',
        formatY: String,
        selectedQuarter: 2021 * 4 + 3,
        label: 'Chart: organisations taking part',
        onSelectQuarter: () => undefined,
        width: 360,
        height: 220,
      },
    });
    await expectGolden(svgOf(body, 'GrowthChart.svelte'), 'growth-chart-count.svg');
  });
});

describe('province bars golden SVG', () => {
  it('two shares per province, the selected one highlighted, an unknown share without a bar', async () => {
    const { body } = render(ProvinceBars, {
      props: {
        rows: [
          { code: 'PV26', label: 'Utrecht', municipalityShare: 0.885, populationShare: 0.97, valueLabel: '88% · 97%', description: 'Utrecht' },
          { code: 'PV20', label: 'Groningen', municipalityShare: 0.5, populationShare: null, valueLabel: '50% · ?', description: 'Groningen' },
          { code: 'PV21', label: 'Fryslân', municipalityShare: 0, populationShare: 0, valueLabel: '0% · 0%', description: 'Fryslân' },
        ],
        selected: 'PV26',
        label: 'Bar chart: coverage per province',
        legend: { municipalities: 'Municipalities', population: 'Residents' },
        formatShare: percent,
        onSelect: () => undefined,
        width: 480,
      },
    });
    await expectGolden(svgOf(body, 'ProvinceBars.svelte'), 'province-bars.svg');
  });
});
