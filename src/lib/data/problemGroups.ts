/**
 * Problems grouped by kind and severity, so a long list reads as "12 rows:
 * unknown municipality code" with the rows below. The command line, the load
 * dialog and the problems CSV all read these groups.
 */
import type { DataProblem } from '../domain/types';

export interface ProblemGroup {
  kind: string;
  severity: DataProblem['severity'];
  problems: DataProblem[];
  /** Distinct rows (file + row) with this problem; file-level problems count as one each. */
  rows: number;
}

const SEVERITY_ORDER: Record<DataProblem['severity'], number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then notes; within those the largest group first. */
export function groupProblems(problems: readonly DataProblem[]): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup>();
  for (const problem of problems) {
    const key = `${problem.severity}\n${problem.kind}`;
    let group = groups.get(key);
    if (!group) {
      group = { kind: problem.kind, severity: problem.severity, problems: [], rows: 0 };
      groups.set(key, group);
    }
    group.problems.push(problem);
  }
  for (const group of groups.values()) {
    group.rows = new Set(group.problems.map((p, i) => (p.row === null ? `#${i}` : `${p.file}\n${p.row}`))).size;
  }
  return [...groups.values()].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || b.rows - a.rows || a.kind.localeCompare(b.kind));
}

/** For the command line: each group with its count and its first few problems (a note's text is what was done, not what was expected). */
export function describeProblems(problems: readonly DataProblem[], perGroup = 5): string {
  const out: string[] = [];
  for (const group of groupProblems(problems)) {
    out.push(`${group.rows} × ${group.kind} (${group.severity})`);
    for (const p of group.problems.slice(0, perGroup)) {
      out.push(`  ${p.file}${p.row !== null ? ` row ${p.row}` : ''}${p.column ? `, column ${p.column}` : ''}${p.value !== null ? `: "${p.value}"` : ''} — ${p.severity === 'info' ? '' : 'expected '}${p.expected}`);
    }
    if (group.problems.length > perGroup) out.push(`  … and ${group.problems.length - perGroup} more`);
  }
  return out.join('\n');
}
