/**
 * What the map area says about loading (pure): nothing while the map shows
 * the quarter chosen; that the shapes of another boundary version are on
 * their way, and which quarter the screen shows meanwhile; or what failed
 * (which file, why, in words) with a way to try again. The screen itself
 * stays on one consistent quarter throughout (DashboardState.quarter).
 */
import type { LoadFailure } from '../api/dataSources.svelte';
import { describeLoadError, type LoadProblem } from '../api/loadErrors';
import { message, type Message } from '../domain/message';
import type { Quarter } from '../domain/quarter';
import type { BoundaryVersion } from '../domain/types';

export type MapStatus =
  /** Nothing to draw yet (the first load). */
  | { kind: 'starting' }
  /** The chosen quarter's shapes are loading; the screen shows `shown`. */
  | { kind: 'loading'; version: BoundaryVersion; shown: Quarter }
  /** A file failed; the screen shows `shown` (null: nothing yet). */
  | { kind: 'failed'; what: Message; problem: LoadProblem; shown: Quarter | null; retry: () => void };

export interface MapStatusInput {
  failure: LoadFailure | null;
  /** The browser's belief (navigator.onLine). */
  online: boolean;
  /** Whether the map has something to draw (shapes and categories of one quarter). */
  drawing: boolean;
  /** The boundary version of the chosen quarter. */
  wanted: BoundaryVersion | undefined;
  shown: Quarter | null;
  chosen: Quarter;
}

export function mapStatus({ failure, online, drawing, wanted, shown, chosen }: MapStatusInput): MapStatus | null {
  const onScreen = drawing ? shown : null;
  if (failure) {
    const what = failure.what === 'shapes' && wanted ? message('load.what.shapes', { date: { date: wanted.validFrom } }) : message(`load.what.${failure.what}`);
    return { kind: 'failed', what, problem: describeLoadError(failure.error, online), shown: onScreen, retry: failure.retry };
  }
  if (!drawing || shown === null) return { kind: 'starting' };
  if (shown !== chosen && wanted) return { kind: 'loading', version: wanted, shown };
  return null;
}

/** Why a file failed, in one sentence. */
export function loadProblemMessage(problem: LoadProblem): Message {
  const key = `load.reason.${problem.reason}`;
  if (problem.reason === 'http') return message(key, { status: problem.status ?? '' });
  if (problem.reason === 'timeout') return message(key, { seconds: problem.seconds ?? 0 });
  return message(key);
}

/** A failure said as a title (what failed) and lines: why, which file, and what the screen shows meanwhile. */
export function failureText(what: Message, problem: LoadProblem, shown: Quarter | null): { title: Message; lines: Message[] } {
  const lines = [loadProblemMessage(problem)];
  if (problem.file) lines.push(message('load.file', { file: problem.file }));
  if (shown !== null) lines.push(message('load.meanwhile', { quarter: { quarter: shown } }));
  return { title: message('load.failed', { what }), lines };
}

/** The status as words to show: a title and lines under it. */
export function mapStatusText(status: MapStatus): { title: Message; lines: Message[] } {
  switch (status.kind) {
    case 'starting':
      return { title: message('app.loading'), lines: [] };
    case 'loading':
      return { title: message('load.loading.shapes', { date: { date: status.version.validFrom } }), lines: [message('load.meanwhile', { quarter: { quarter: status.shown } })] };
    case 'failed':
      return failureText(status.what, status.problem, status.shown);
  }
}
