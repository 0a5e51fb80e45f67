/**
 * The selected municipality in the quarter on screen. A selection is kept as
 * the code the user chose; after a herindeling that code may be gone (Weesp
 * in 2022-Q2), and the map shows what it became (Amsterdam) without changing
 * the choice: stepping back shows Weesp again.
 */
import type { QuarterCoverage } from './coverage';
import type { Quarter } from './quarter';
import type { CodeResolver } from './types';

/** What the user selected: a municipality, or an organisation (opened from a municipality's details). */
export type Selection = { kind: 'municipality'; code: string } | { kind: 'organisation'; id: string; fromCode: string | null } | null;

/** The municipality a selection points at: the one chosen, or the one an organisation was opened from. */
export function selectedMunicipalityCode(selection: Selection): string | null {
  return selection?.kind === 'municipality' ? selection.code : selection?.kind === 'organisation' ? selection.fromCode : null;
}

export function municipalityInQuarter(code: string, coverage: QuarterCoverage, resolver: CodeResolver, quarter: Quarter): string | null {
  if (coverage.byCode.has(code)) return code;
  return resolver.resolve(code, quarter)[0]?.code ?? null;
}
