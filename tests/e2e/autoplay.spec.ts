/**
 * Autoplay keeps its cadence at every speed: the next quarter is scheduled
 * after the previous one is painted, so each interval between quarters stays
 * within ±30% of the speed chosen (AppState.whenPainted, delayAfterPaint).
 * Measured in the page, at frame precision, within one boundary version
 * (2019-Q1 … 2020-Q4) so every interval is a quarter change and nothing else.
 */
import { expect, test, type Page } from '@playwright/test';
import { PLAY_SPEEDS, type PlaySpeed } from '../../src/lib/state/playback';
import { openApp } from './helpers';

/** Times (ms) at which the quarter on screen changed, recorded on every animation frame until `count` changes. */
async function recordQuarterChanges(page: Page, count: number): Promise<number[]> {
  return page.evaluate(
    (wanted) =>
      new Promise<number[]>((resolve) => {
        const label = () => document.querySelector('[data-testid="quarter-label"]')?.textContent;
        let last = label();
        const times: number[] = [];
        const frame = (now: number) => {
          const shown = label();
          if (shown !== last) {
            last = shown;
            times.push(now);
          }
          if (times.length >= wanted) resolve(times);
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
    count,
  );
}

const STEPS: Record<PlaySpeed, number> = { slow: 3, normal: 5, fast: 6 };
const LABELS: Record<PlaySpeed, string> = { slow: 'Langzaam', normal: 'Normaal', fast: 'Snel' };

// The renderer this machine gets (the SVG map where WebGL runs in software, as here).
for (const speed of Object.keys(PLAY_SPEEDS) as PlaySpeed[]) {
  {
    test(`autoplay at ${speed} (${PLAY_SPEEDS[speed]} ms) keeps every interval within ±30%`, async ({ page }) => {
      test.slow();
      await openApp(page, '/?quarter=2019-Q1');
      await page.getByRole('combobox', { name: 'Snelheid' }).selectOption({ label: LABELS[speed] });
      const recording = recordQuarterChanges(page, STEPS[speed] + 1);
      await page.getByRole('button', { name: 'Afspelen' }).click();
      const times = await recording;
      await page.getByRole('button', { name: 'Pauzeren' }).click();
      const intervals = times.slice(1).map((t, i) => t - times[i]!);
      expect(intervals).toHaveLength(STEPS[speed]);
      for (const interval of intervals) {
        expect(interval, `intervals ${intervals.map(Math.round).join(', ')} ms`).toBeGreaterThanOrEqual(PLAY_SPEEDS[speed] * 0.7);
        expect(interval, `intervals ${intervals.map(Math.round).join(', ')} ms`).toBeLessThanOrEqual(PLAY_SPEEDS[speed] * 1.3);
      }
    });
  }
}
