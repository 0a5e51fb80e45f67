/**
 * The export SVG of what the dashboard shows: the same area, colours,
 * patterns, selection and IDO points, with the legend and totals of the
 * quarter shown, at any size (export dialog, print, test hook).
 */
import { CHANGE_CATEGORIES } from '../../lib/domain/indicators';
import { buildExportSvg } from '../../lib/export/exportSvg';
import { dataSourceText } from '../../lib/text/dataSource';
import type { ThemeName } from '../../lib/scales/palette';
import type { DashboardState } from '../../lib/state/dashboardState.svelte';
import type { I18n } from '../../lib/ui/i18nContext';
import { changeLegendTitle } from './legendTitle';

export function exportViewSvg(state: DashboardState, i18n: I18n, width: number, height: number, theme: ThemeName): string {
  const { mapInput, totals, dataset, points, comparison, changeCounts, quarter } = state;
  if (!mapInput || !totals || !dataset || !points || quarter === null) return '';
  const indicator = state.app.indicator;
  return buildExportSvg({
    width,
    height,
    language: i18n.language,
    theme,
    layers: mapInput.layers,
    categories: mapInput.categories,
    bounds: state.map?.bounds() ?? mapInput.layers.bbox,
    indicator,
    quarter,
    totals,
    areaName: state.region?.name ?? null,
    legend: comparison && changeCounts ? { categories: CHANGE_CATEGORIES, counts: changeCounts, title: changeLegendTitle(i18n, indicator, comparison) } : undefined,
    points: state.showLocations ? points.features.filter((f) => mapInput.open.has(f.properties.id)).map((f) => f.geometry.coordinates as [number, number]) : null,
    selectedCode: state.selectedCode,
    showPatterns: state.app.showPatterns,
    isExample: dataset.meta.isExample,
    dataSource: dataSourceText(i18n.language, dataset.meta),
    notes: state.notes,
  });
}
