/**
 * Programme targets (published figures such as "129 organisations with an
 * IDO by the end of 2021") judged against the data at the target's quarter:
 * met, not met, not yet due (with the value now), or no data then.
 */
import type { PublishedFigure } from './types';
import { message, type Message } from './message';
import type { NationalFigures } from './nationalFigures';
import type { Quarter } from './quarter';

/** The measured figure (a key of NationalFigures) each target indicator is a target for. */
export const TARGET_MEASURES: Record<string, string> = {
  ido_doel_organisaties: 'ido_organisaties',
};

export type TargetStatus = 'met' | 'not-met' | 'pending' | 'no-data';

export interface TargetJudgement {
  figure: PublishedFigure;
  status: TargetStatus;
  /** The measured value at the target's quarter (null before it is due or without data). */
  atDeadline: number | null;
  /** The measured value at the quarter shown (for a target not yet due). */
  now: number | null;
  text: Message;
}

/** "eind 2021" for the last day of a year, else the date. */
export function deadlineOf(isoDate: string): Message | { date: string } {
  const match = /^(\d{4})-12-31$/.exec(isoDate);
  return match ? message('date.endOfYear', { year: match[1]! }) : { date: isoDate };
}

/**
 * `figuresAt` gives the national figures of a quarter (null outside the
 * data); `shown` is the quarter on screen. A target is judged from its
 * quarter on; before, the value so far is given.
 */
export function judgeTarget(figure: PublishedFigure, figuresAt: (quarter: Quarter) => NationalFigures | null, shown: Quarter): TargetJudgement {
  const measure = TARGET_MEASURES[figure.indicator];
  const valueAt = (quarter: Quarter) => (measure ? (figuresAt(quarter)?.[measure] ?? null) : null);
  const params = { value: figure.value, deadline: deadlineOf(figure.date) };
  if (shown < figure.quarter) {
    const now = valueAt(shown);
    return { figure, status: 'pending', atDeadline: null, now, text: now === null ? message('target.noData', params) : message('target.pending', { ...params, now }) };
  }
  const atDeadline = valueAt(figure.quarter);
  if (atDeadline === null) return { figure, status: 'no-data', atDeadline, now: null, text: message('target.noData', params) };
  const status = atDeadline >= figure.value ? 'met' : 'not-met';
  return { figure, status, atDeadline, now: null, text: message(status === 'met' ? 'target.met' : 'target.notMet', { ...params, actual: atDeadline }) };
}
