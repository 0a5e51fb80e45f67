/**
 * What the detail panel shows for the selection (pure): a municipality's
 * details in the quarter on screen (as the map shows it: after a
 * herindeling, what the chosen one became), or an organisation's, with the
 * municipality the user came from.
 */
import type { CoverageAt } from '../domain/coverageCache';
import type { DatasetIndex, QuarterCoverage } from '../domain/coverage';
import { getMunicipalityDetail, getOrganisationDetail } from '../domain/details';
import type { Quarter } from '../domain/quarter';
import type { Selection } from '../domain/selection';

export interface DetailSources {
  index: DatasetIndex;
  coverageAt: CoverageAt;
  coverage: QuarterCoverage;
  quarter: Quarter;
}

/** `selectedCode`: the selected municipality as the map shows it. */
export function screenDetail(selection: Selection, selectedCode: string | null, sources: DetailSources, provinceName: (code: string) => string, municipalityName: (code: string) => string) {
  if (!selection) return null;
  if (selection.kind === 'municipality') {
    const value = selectedCode ? getMunicipalityDetail(sources.index, sources.coverageAt, sources.quarter, selectedCode) : null;
    return value ? { kind: 'municipality' as const, value, provinceName: provinceName(value.municipality.provinceCode) } : null;
  }
  const value = getOrganisationDetail(sources.index, sources.coverage, selection.id);
  const backTo = selection.fromCode ? { code: selection.fromCode, name: municipalityName(selection.fromCode) } : null;
  return value ? { kind: 'organisation' as const, value, backTo } : null;
}
