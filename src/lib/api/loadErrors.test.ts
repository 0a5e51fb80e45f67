import { describe, expect, it } from 'vitest';
import { ANSWER_TIMEOUT_SECONDS, FetchError } from './fetchers';
import { describeLoadError, failedModuleUrl, failedStylesheetUrl, fileName } from './loadErrors';

const topojson = './generated/geo/gemeenten-2019-01-01.topojson';

describe('describeLoadError: a reason and a file instead of the browser\'s words', () => {
  it.each([
    [new FetchError(topojson, null, 'network error (Failed to fetch)'), 'network', null],
    [new FetchError(topojson, null, 'network error (Failed to fetch)', 'offline'), 'offline', null],
    [new FetchError(topojson, 404, 'HTTP 404 Not Found'), 'not-found', 404],
    [new FetchError(topojson, 503, 'HTTP 503'), 'http', 503],
    [new FetchError(topojson, 200, 'not valid JSON', 'invalid'), 'invalid', 200],
  ] as const)('%s → %s', (error, reason, status) => {
    expect(describeLoadError(error)).toEqual({ reason, file: 'gemeenten-2019-01-01.topojson', status, seconds: null });
  });

  it('says how long it waited for a timeout', () => {
    expect(describeLoadError(new FetchError(topojson, null, 'no answer', 'timeout'))).toMatchObject({ reason: 'timeout', seconds: ANSWER_TIMEOUT_SECONDS });
  });

  it('recognises failed chunks of the app in Chromium, Firefox, Safari and Vite words', () => {
    const chromium = new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1/assets/AnalysisPanels-BJJAtIB2.js');
    const firefox = new TypeError('error loading dynamically imported module: http://127.0.0.1/assets/AnalysisPanels-BJJAtIB2.js');
    const safari = new TypeError('Importing a module script failed.');
    const css = new Error('Unable to preload CSS for http://127.0.0.1/assets/AnalysisPanels-DlGwo4nG.css');
    expect(describeLoadError(chromium)).toEqual({ reason: 'chunk', file: 'AnalysisPanels-BJJAtIB2.js', status: null, seconds: null });
    expect(describeLoadError(firefox).file).toBe('AnalysisPanels-BJJAtIB2.js');
    expect(describeLoadError(safari)).toMatchObject({ reason: 'chunk', file: null });
    expect(describeLoadError(css)).toMatchObject({ reason: 'chunk', file: 'AnalysisPanels-DlGwo4nG.css' });
    // Offline, a failed chunk is said as being offline.
    expect(describeLoadError(chromium, false).reason).toBe('offline');
    expect(failedModuleUrl(chromium)).toBe('http://127.0.0.1/assets/AnalysisPanels-BJJAtIB2.js');
    expect(failedModuleUrl(css)).toBeNull();
    expect(failedStylesheetUrl(css)).toBe('http://127.0.0.1/assets/AnalysisPanels-DlGwo4nG.css');
  });

  it('calls anything else unknown, without its text', () => {
    expect(describeLoadError(new Error('3 problem(s) in the data files'))).toEqual({ reason: 'unknown', file: null, status: null, seconds: null });
    expect(describeLoadError('a string')).toMatchObject({ reason: 'unknown' });
  });

  it('names a file by the last part of its address', () => {
    expect(fileName('http://127.0.0.1/assets/A-1.js?retry=2#top')).toBe('A-1.js');
    expect(fileName('./generated/data/ido%20oud.csv')).toBe('ido oud.csv');
  });
});
