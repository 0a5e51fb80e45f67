import { describe, expect, it } from 'vitest';
import { retryAddress } from './retryImport';

describe('retryAddress: a failed module asked for under a new address', () => {
  it('sets the attempt, replacing an earlier one, and resolves against the page', () => {
    expect(retryAddress('http://x/assets/A-1.js', 1, 'http://x/')).toBe('http://x/assets/A-1.js?retry=1');
    expect(retryAddress('http://x/assets/A-1.js?retry=1', 2, 'http://x/')).toBe('http://x/assets/A-1.js?retry=2');
    expect(retryAddress('/assets/A-1.js', 3, 'http://x/app/')).toBe('http://x/assets/A-1.js?retry=3');
  });
});
