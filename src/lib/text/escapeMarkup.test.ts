import { describe, expect, it } from 'vitest';
import { escapeMarkup } from './escapeMarkup';

describe('escapeMarkup', () => {
  it.each([
    ['plain text stays', 'Súdwest-Fryslân', 'Súdwest-Fryslân'],
    ['an ampersand first, so entities are not escaped twice', 'a &amp; b', 'a &amp;amp; b'],
    ['a tag', '<script>', '&lt;script&gt;'],
    ['a quote that would end an attribute', 'x" onload="y', 'x&quot; onload=&quot;y'],
  ])('%s', (_, text, escaped) => {
    expect(escapeMarkup(text)).toBe(escaped);
  });

  describe('edge cases', () => {
    it('leaves an empty string and single quotes as they are (attributes are double-quoted)', () => {
      expect(escapeMarkup('')).toBe('');
      expect(escapeMarkup("'s-Hertogenbosch")).toBe("'s-Hertogenbosch");
    });
  });
});
