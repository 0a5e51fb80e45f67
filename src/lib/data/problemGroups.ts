/**
 * Problems grouped by kind and severity, so a long list reads as "12 rows:
 * unknown municipality code" with the rows below. The command line, the load
 * dialog and the problems CSV all read these groups.
 *
 * Causes come first: a problem that another one caused (a reference to an
 * organisation whose own row has an error, or whose file could not be read)
 * is not a group of its own beside its cause but a consequence under the
 * group of its cause ("because organisaties.csv could not be read: 2,258 rows
 * refer to unknown organisations"). File-level problems lead, then groups
 * that other rows depend on, then the largest.
 */
import type { DataProblem } from '../domain/types';
import { FILE_LEVEL_KINDS } from './datasetSchema';
import { escapeControl, shortened } from './visibleText';

export interface ProblemGroup {
  kind: string;
  severity: DataProblem['severity'];
  problems: DataProblem[];
  /** Distinct rows (file + row) with this problem; file-level problems count as one each. */
  rows: number;
  /** Problems this group's problems caused, grouped by kind (empty for a consequence group itself). */
  consequences: ProblemGroup[];
}

const SEVERITY_ORDER: Record<DataProblem['severity'], number> = { error: 0, warning: 1, info: 2 };

const isFileLevel = (group: ProblemGroup) => group.problems.every((p) => p.row === null || FILE_LEVEL_KINDS.has(p.kind));

export function groupProblems(problems: readonly DataProblem[]): ProblemGroup[] {
  const root = rootCauses(problems);
  const groups = new Map<string, ProblemGroup>();
  const groupOf = new Map<DataProblem, ProblemGroup>();
  const add = (into: Map<string, ProblemGroup>, key: string, problem: DataProblem) => {
    let group = into.get(key);
    if (!group) {
      group = { kind: problem.kind, severity: problem.severity, problems: [], rows: 0, consequences: [] };
      into.set(key, group);
    }
    group.problems.push(problem);
    return group;
  };
  for (const problem of problems) if (root.get(problem) === problem) groupOf.set(problem, add(groups, `${problem.severity}\n${problem.kind}`, problem));
  const consequenceGroups = new Map<ProblemGroup, Map<string, ProblemGroup>>();
  for (const problem of problems) {
    const cause = root.get(problem)!;
    if (cause === problem) continue;
    const causeGroup = groupOf.get(cause)!;
    const byKind = consequenceGroups.get(causeGroup) ?? new Map<string, ProblemGroup>();
    consequenceGroups.set(causeGroup, byKind);
    add(byKind, `${problem.severity}\n${problem.kind}`, problem);
  }
  for (const [group, byKind] of consequenceGroups) group.consequences = sortGroups([...byKind.values()].map(countRows));
  return sortGroups([...groups.values()].map(countRows));
}

function countRows(group: ProblemGroup): ProblemGroup {
  group.rows = new Set(group.problems.map((p, i) => (p.row === null ? `#${i}` : `${p.file}\n${p.row}`))).size;
  return group;
}

/** Errors first, then warnings, then notes; within those file-level problems, then causes of other problems, then the largest group. */
function sortGroups(groups: ProblemGroup[]): ProblemGroup[] {
  const consequenceRows = (g: ProblemGroup) => g.consequences.reduce((n, c) => n + c.rows, 0);
  return groups.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      Number(isFileLevel(b)) - Number(isFileLevel(a)) ||
      consequenceRows(b) - consequenceRows(a) ||
      b.rows - a.rows ||
      a.kind.localeCompare(b.kind),
  );
}

/**
 * Each problem's first cause: follow `cause` (a row, or with row null a
 * file-level error of a file) to a problem that has none. A cause that is not
 * an error in the list leaves the problem its own root.
 */
function rootCauses(problems: readonly DataProblem[]): Map<DataProblem, DataProblem> {
  const errorAt = new Map<string, DataProblem>();
  const fileLevelError = new Map<string, DataProblem>();
  for (const p of problems) {
    if (p.severity !== 'error') continue;
    if (p.row !== null && !errorAt.has(`${p.file}\n${p.row}`)) errorAt.set(`${p.file}\n${p.row}`, p);
    if ((p.row === null || FILE_LEVEL_KINDS.has(p.kind)) && !fileLevelError.has(p.file)) fileLevelError.set(p.file, p);
  }
  const root = new Map<DataProblem, DataProblem>();
  for (const problem of problems) {
    let current = problem;
    for (let depth = 0; depth < 10 && current.cause; depth++) {
      const next = current.cause.row === null ? fileLevelError.get(current.cause.file) : errorAt.get(`${current.cause.file}\n${current.cause.row}`);
      if (!next || next === current) break;
      current = next;
    }
    root.set(problem, current);
  }
  return root;
}

/** Every problem in group order, each group followed by its consequences (the order of the dialog and the CSV). */
export function problemsInGroupOrder(groups: readonly ProblemGroup[]): DataProblem[] {
  return groups.flatMap((g) => [...g.problems, ...problemsInGroupOrder(g.consequences)]);
}

/**
 * For the command line: each group with its count and its first few problems
 * (a note's text is what was done, not what was expected), consequences
 * indented under their cause. Every control character in a value is escaped,
 * so a file cannot send escape sequences to the terminal.
 */
export function describeProblems(problems: readonly DataProblem[], perGroup = 5): string {
  const out: string[] = [];
  const describe = (group: ProblemGroup, indent: string) => {
    out.push(`${indent}${group.rows} × ${group.kind} (${group.severity})`);
    for (const p of group.problems.slice(0, perGroup)) {
      out.push(`${indent}  ${p.file}${p.row !== null ? ` row ${p.row}` : ''}${p.column ? `, column ${p.column}` : ''}${p.value !== null ? `: "${shortened(p.value)}"` : ''} — ${p.severity === 'info' ? '' : 'expected '}${shortened(p.expected, 400)}`);
    }
    if (group.problems.length > perGroup) out.push(`${indent}  … and ${group.problems.length - perGroup} more`);
    for (const consequence of group.consequences) {
      out.push(`${indent}  because of the above:`);
      describe(consequence, `${indent}    `);
    }
  };
  for (const group of groupProblems(problems)) describe(group, '');
  return out.map(escapeControl).join('\n');
}
