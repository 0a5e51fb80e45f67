/**
 * The map view as a standalone SVG for slides, print and editing: title,
 * quarter, notes, the map (same shapes, colours and view as on screen, drawn
 * with d3-geo), legend with counts, national totals, the example-data flag
 * and the source line. The PNG export is this SVG rasterised, so both show the
 * same thing. Pure: a string in, a string out; presentation attributes only
 * (no style attributes or <style>), so it also works inlined under a strict
 * Content-Security-Policy.
 *
 * Layout, in units of a 1280 × 720 slide (u), top to bottom:
 *   header (title, quarter, notes) · map | side column (flag, legend, totals) · source line
 */
import type { BoundaryLayers } from '../data/topologyToLayers';
import { INDICATOR_CATEGORIES, type CategoryId, type IndicatorId } from '../domain/indicators';
import type { Quarter } from '../domain/quarter';
import type { IndicatorTotals } from '../domain/totals';
import { describeTotals } from '../domain/totalsView';
import { formatMessage, formatTotalValue } from '../i18n/formatMessage';
import { formatNumber, formatQuarter, translate, type Language } from '../i18n/translate';
import { fitView, idoPointRadius, mapGeometry, projectionForView, type Bounds } from '../map/svgMapGeometry';
import { categoryFill, categoryPatternDefs } from '../map/svgMapStyle';
import { SELECTION_OUTLINE } from '../map/mapDefaults';
import { MAP_THEMES, type ThemeName } from '../scales/palette';
import { UI_THEMES } from '../scales/themes';

export interface ExportSvgInput {
  /** Size of the image in pixels. */
  width: number;
  height: number;
  language: Language;
  theme: ThemeName;
  /** Shapes of the boundary version on screen. */
  layers: BoundaryLayers;
  /** Category per municipality code (as on the map). */
  categories: ReadonlyMap<string, CategoryId>;
  /** What the map shows: the export fits these bounds into its map area. */
  bounds: Bounds;
  indicator: IndicatorId;
  quarter: Quarter;
  /** Totals of the view (of the province when one is chosen). */
  totals: IndicatorTotals;
  /** The province the view is about, or null for the whole country (titles the totals). */
  areaName: string | null;
  /**
   * The legend when the map shows other categories than the indicator's (the
   * change map mode): which, their counts and the legend's title. Without it,
   * the indicator's categories with the totals' counts.
   */
  legend?: { categories: readonly CategoryId[]; counts: ReadonlyMap<CategoryId, number>; title: string };
  /** Open IDO locations as [lon, lat], when the map shows them; null when it does not. */
  points: readonly (readonly [number, number])[] | null;
  selectedCode: string | null;
  /** Dot and stripe patterns over the colours, as the map's option. */
  showPatterns: boolean;
  isExample: boolean;
  /** The data's source, for the source line. */
  dataSource: string;
  /** Short notes for the quarter (annotations), in the language. */
  notes: readonly string[];
  /** Prefix of the SVG's ids, unique per document when the SVG is inlined beside other SVGs (print). */
  idPrefix?: string;
}

/** Sizes offered for slides: 16:9 at HD, Full HD and 4K. */
export const EXPORT_SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
] as const;

/** The reference slide the layout is designed on; other sizes scale it. */
const BASE = { width: 1280, height: 720 };
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
/** Average advance of a character in em, for wrapping without measuring (system sans-serif fonts stay under it; bold is wider). */
const CHAR_EM = 0.56;
const BOLD_CHAR_EM = 0.64;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (value: number) => String(Math.round(value * 100) / 100);

/** Breaks text into lines that fit `maxWidth` at `fontSize` (by estimate); a word longer than a line gets a line of its own. */
export function wrapText(text: string, maxWidth: number, fontSize: number, charEm = CHAR_EM): string[] {
  const perLine = Math.max(1, Math.floor(maxWidth / (fontSize * charEm)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export function buildExportSvg(input: ExportSvgInput): string {
  const { width, height, language, theme, layers, categories, indicator, totals, idPrefix = 'bbv-' } = input;
  const fillOf = (category: CategoryId) => categoryFill(category, input.showPatterns, idPrefix);
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate(language, key, params);
  const ui = UI_THEMES[theme];
  const mapColours = MAP_THEMES[theme];
  const u = Math.min(width / BASE.width, height / BASE.height);
  const margin = 24 * u;
  const out: string[] = [];
  const text = (x: number, y: number, size: number, content: string, extra = '') =>
    out.push(`<text x="${n(x)}" y="${n(y)}" font-size="${n(size)}"${extra}>${escapeXml(content)}</text>`);

  // Two columns from top to bottom: header and map on the left, the side column on the right.
  const sideWidth = 400 * u;
  const sideX = width - margin - sideWidth;
  const mainWidth = sideX - 24 * u - margin;

  // 1. Header: title, quarter, notes.
  let y = margin;
  const title = `${t('app.title')}: ${t(`indicator.${indicator}`)}`;
  for (const line of wrapText(title, mainWidth, 28 * u, BOLD_CHAR_EM)) text(margin, (y += 32 * u), 28 * u, line, ' font-weight="700"');
  text(margin, (y += 46 * u), 40 * u, formatQuarter(language, input.quarter), ' font-weight="700" data-role="quarter"');
  for (const note of input.notes) for (const line of wrapText(note, mainWidth, 20 * u)) text(margin, (y += 28 * u), 20 * u, line, ' data-role="note"');
  const mapTop = y + 16 * u;

  // 2. Footer: the source line, wrapped to the width.
  const sourceLines = wrapText(t('source.line', { source: input.dataSource }), width - 2 * margin, 14 * u);
  const mapBottom = height - margin - sourceLines.length * 19 * u - 10 * u;
  sourceLines.forEach((line, i) => text(margin, mapBottom + 10 * u + (i + 1) * 19 * u - 4 * u, 14 * u, line, ` fill="${ui.muted}" data-role="source"`));

  // 3. The side column: example flag, legend, totals.
  let sideY = margin;
  if (input.isExample) {
    const badge = `${t('example.badge')}:`;
    const lines = wrapText(`${badge} ${t('example.banner')}`, sideWidth - 20 * u, 15 * u);
    const boxHeight = lines.length * 20 * u + 16 * u;
    out.push(`<rect x="${n(sideX)}" y="${n(sideY)}" width="${n(sideWidth)}" height="${n(boxHeight)}" rx="${n(4 * u)}" fill="${ui.warningBg}" stroke="${ui.warningBorder}" stroke-width="${n(1.5 * u)}" data-role="example-flag"/>`);
    lines.forEach((line, i) => {
      const y = n(sideY + 8 * u + (i + 1) * 20 * u - 5 * u);
      // The badge in bold, as the banner on screen.
      const content = i === 0 && line.startsWith(badge) ? `<tspan font-weight="700">${escapeXml(badge)}</tspan>${escapeXml(line.slice(badge.length))}` : escapeXml(line);
      out.push(`<text x="${n(sideX + 10 * u)}" y="${y}" font-size="${n(15 * u)}">${content}</text>`);
    });
    sideY += boxHeight + 20 * u;
  }
  const legendTitle = `${input.legend?.title ?? t('legend.title')} (${t('export.legendUnit')})`;
  for (const line of wrapText(legendTitle, sideWidth, 20 * u, BOLD_CHAR_EM)) text(sideX, (sideY += 24 * u), 20 * u, line, ' font-weight="700"');
  sideY += 6 * u;
  const legendCategories = input.legend?.categories ?? (INDICATOR_CATEGORIES[indicator] as readonly CategoryId[]);
  const legendCounts = input.legend?.counts ?? totals.categoryCounts;
  for (const category of legendCategories) {
    const fill = fillOf(category);
    out.push(`<rect x="${n(sideX)}" y="${n(sideY + 6 * u)}" width="${n(26 * u)}" height="${n(18 * u)}" fill="${fill}" stroke="${ui.text}" stroke-width="${n(u)}"/>`);
    text(sideX + 36 * u, sideY + 21 * u, 17 * u, t(`category.${category}`), ` data-category="${category}"`);
    text(sideX + sideWidth, sideY + 21 * u, 17 * u, formatNumber(language, legendCounts.get(category) ?? 0), ' text-anchor="end" font-weight="700"');
    sideY += 28 * u;
  }
  if (input.points) {
    out.push(`<circle cx="${n(sideX + 13 * u)}" cy="${n(sideY + 15 * u)}" r="${n(6 * u)}" fill="${mapColours.idoPoint}" stroke="${mapColours.idoPointStroke}" stroke-width="${n(2 * u)}"/>`);
    text(sideX + 36 * u, sideY + 21 * u, 17 * u, t('legend.idoPoints'));
    sideY += 28 * u;
  }
  sideY += 16 * u;
  const quarterText = formatQuarter(language, input.quarter);
  const totalsTitle = input.areaName ? t('analysis.totals.regionTitle', { province: input.areaName, quarter: quarterText }) : t('totals.title', { quarter: quarterText });
  text(sideX, (sideY += 20 * u), 20 * u, totalsTitle, ' font-weight="700"');
  // The same lines as the totals panel (totalsView.ts): no data is said, never drawn as 0.
  const totalLines = describeTotals(totals, { idoLocations: indicator === 'ido' }).map((line) => ({
    label: formatMessage(language, line.label),
    value: formatTotalValue(language, line),
    notes: line.notes.map((note) => formatMessage(language, note)),
  }));
  for (const line of totalLines) {
    text(sideX, (sideY += 22 * u), 15 * u, line.label, ` fill="${ui.muted}"`);
    text(sideX, (sideY += 21 * u), 19 * u, line.value, ' font-weight="700" data-role="total"');
    for (const note of line.notes) for (const part of wrapText(note, sideWidth, 12 * u)) text(sideX, (sideY += 15 * u), 12 * u, part, ` fill="${ui.muted}" data-role="total-note"`);
  }

  // 4. The map: the on-screen bounds fitted into the map area, drawn with the map's own geometry code.
  const box = { x: margin, y: mapTop, width: mainWidth, height: mapBottom - mapTop };
  const view = fitView(input.bounds, box.width, box.height);
  const projection = projectionForView(view, box.width, box.height).translate([box.x + box.width / 2, box.y + box.height / 2]);
  const geometry = mapGeometry(layers, projection);
  const used = [...new Set([...categories.values(), ...legendCategories])];
  const map: string[] = [];
  map.push(`<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" fill="${mapColours.background}"/>`);
  map.push(`<g clip-path="url(#${idPrefix}map-clip)">`);
  map.push(`<g stroke="${mapColours.municipalityBorder}" stroke-width="${n(0.6 * u)}" stroke-linejoin="round">`);
  for (const m of geometry.municipalities) {
    const category = categories.get(m.code) ?? 'no-data';
    map.push(`<path d="${m.d}" fill="${fillOf(category)}" data-code="${m.code}"><title>${escapeXml(`${m.name}: ${t(`category.${category}`)}`)}</title></path>`);
  }
  map.push('</g>');
  map.push(`<path d="${geometry.provinceBorders}" fill="none" stroke="${mapColours.provinceBorder}" stroke-width="${n(1.4 * u)}" stroke-linejoin="round"/>`);
  const selected = input.selectedCode ? geometry.municipalities.find((m) => m.code === input.selectedCode) : undefined;
  // A halo under the line, as on the map: the outline stands out from dark and light fills alike.
  if (selected) {
    map.push(`<path d="${selected.d}" fill="none" stroke="${mapColours.selectedHalo}" stroke-width="${n(SELECTION_OUTLINE.halo * u)}" stroke-linejoin="round" data-role="selected-halo"/>`);
    map.push(`<path d="${selected.d}" fill="none" stroke="${mapColours.selected}" stroke-width="${n(SELECTION_OUTLINE.line * u)}" stroke-linejoin="round" data-role="selected"/>`);
  }
  if (input.points) {
    // Radius as on screen at the zoom this view would have on a 1280 × 720 slide.
    const radius = idoPointRadius(view.zoom - Math.log2(u)) * u;
    map.push(`<g fill="${mapColours.idoPoint}" stroke="${mapColours.idoPointStroke}" stroke-width="${n(1.5 * u)}" data-role="ido-points">`);
    for (const [lon, lat] of input.points) {
      const [px, py] = projection([lon, lat]) ?? [NaN, NaN];
      if (px < box.x - radius || px > box.x + box.width + radius || py < box.y - radius || py > box.y + box.height + radius) continue;
      map.push(`<circle cx="${n(px)}" cy="${n(py)}" r="${n(radius)}"/>`);
    }
    map.push('</g>');
  }
  map.push('</g>');
  map.push(`<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" fill="none" stroke="${ui.border}" stroke-width="${n(u)}"/>`);

  const description = `${title}, ${formatQuarter(language, input.quarter)}. ${totalLines[0]!.label}: ${totalLines[0]!.value}.`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${idPrefix}title ${idPrefix}desc" font-family="${FONT}" fill="${ui.text}">`,
    `<title id="${idPrefix}title">${escapeXml(`${title}, ${formatQuarter(language, input.quarter)}`)}</title>`,
    `<desc id="${idPrefix}desc">${escapeXml(description)}</desc>`,
    `<defs><clipPath id="${idPrefix}map-clip"><rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}"/></clipPath>${categoryPatternDefs(used, input.showPatterns, idPrefix, u)}</defs>`,
    `<rect width="${width}" height="${height}" fill="${ui.surface}"/>`,
    ...map,
    ...out,
    '</svg>',
  ].join('\n');
}
