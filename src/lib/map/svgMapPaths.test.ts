import { describe, expect, it } from 'vitest';
import type { CategoryId } from '../domain/indicators';
import { HIGHLIGHT_FADED_OPACITY } from './mapDefaults';
import { municipalityPathsMarkup, paintMunicipalityPaths, type PathPaint } from './svgMapPaths';

/** An element's attributes and every write to them: enough of the DOM for the painter, and it shows what was written. */
class FakePath {
  readonly attributes = new Map<string, string>();
  readonly writes: string[] = [];
  getAttribute(name: string) {
    return this.attributes.get(name) ?? null;
  }
  setAttribute(name: string, value: string) {
    this.writes.push(`${name}=${value}`);
    this.attributes.set(name, value);
  }
  removeAttribute(name: string) {
    this.writes.push(`-${name}`);
    this.attributes.delete(name);
  }
}

const paths = (count: number) => Array.from({ length: count }, () => new FakePath());
const asElements = (list: FakePath[]) => list as unknown as Element[];
const paintFrom = (byCode: Record<string, PathPaint>) => (code: string) => byCode[code]!;
const codes = (...list: string[]) => list.map((code) => ({ code }));
const plain = (category: CategoryId, fill: string): PathPaint => ({ fill, category, faded: false });

describe('municipalityPathsMarkup', () => {
  it('writes one path per municipality, in order, with its shape and code and no fill', () => {
    const markup = municipalityPathsMarkup([
      { code: 'GM0344', d: 'M0,0L1,0L1,1Z' },
      { code: 'GM0363', d: 'M2,2L3,2L3,3Z' },
    ]);
    expect([...markup.matchAll(/<path d="([^"]+)" data-code="([^"]+)"/g)].map((m) => [m[1], m[2]])).toEqual([
      ['M0,0L1,0L1,1Z', 'GM0344'],
      ['M2,2L3,2L3,3Z', 'GM0363'],
    ]);
    expect(markup).not.toContain('fill');
    expect(markup.match(/vector-effect="non-scaling-stroke"/g)).toHaveLength(2);
  });

  describe('edge cases', () => {
    it('writes nothing for no municipalities', () => {
      expect(municipalityPathsMarkup([])).toBe('');
    });
  });

  describe('bad input', () => {
    it('escapes what would end an attribute or open a tag', () => {
      const markup = municipalityPathsMarkup([{ code: 'GM"><script>x</script>', d: 'M0,0&' }]);
      expect(markup).not.toContain('<script>');
      expect(markup).toContain('data-code="GM&quot;&gt;&lt;script&gt;x&lt;/script&gt;"');
      expect(markup).toContain('d="M0,0&amp;"');
    });
  });
});

describe('paintMunicipalityPaths', () => {
  it('gives each path the fill and category of its own municipality', () => {
    const list = paths(2);
    paintMunicipalityPaths(asElements(list), codes('GM0344', 'GM0363'), paintFrom({ GM0344: plain('ido-in-municipality', '#111'), GM0363: plain('no-data', 'url(#p-fill-no-data)') }));
    expect(list.map((p) => [p.getAttribute('fill'), p.getAttribute('data-category'), p.getAttribute('fill-opacity')])).toEqual([
      ['#111', 'ido-in-municipality', null],
      ['url(#p-fill-no-data)', 'no-data', null],
    ]);
  });

  it('fades a path behind a highlight and takes the fade back', () => {
    const list = paths(1);
    paintMunicipalityPaths(asElements(list), codes('GM0344'), () => ({ ...plain('ido-elsewhere', '#222'), faded: true }));
    expect(list[0]!.getAttribute('fill-opacity')).toBe(String(HIGHLIGHT_FADED_OPACITY));
    paintMunicipalityPaths(asElements(list), codes('GM0344'), () => plain('ido-elsewhere', '#222'));
    expect(list[0]!.getAttribute('fill-opacity')).toBeNull();
  });

  it('writes only what changed: a repaint with the same paints writes nothing', () => {
    const list = paths(3);
    const municipalities = codes('GM0001', 'GM0002', 'GM0003');
    const before = { GM0001: plain('ido-in-municipality', '#111'), GM0002: plain('ido-elsewhere', '#222'), GM0003: plain('none', '#333') };
    paintMunicipalityPaths(asElements(list), municipalities, paintFrom(before));
    list.forEach((p) => p.writes.splice(0));

    paintMunicipalityPaths(asElements(list), municipalities, paintFrom(before));
    expect(list.flatMap((p) => p.writes)).toEqual([]);

    paintMunicipalityPaths(asElements(list), municipalities, paintFrom({ ...before, GM0002: plain('ido-in-municipality', '#111') }));
    expect(list.map((p) => p.writes)).toEqual([[], ['fill=#111', 'data-category=ido-in-municipality'], []]);
  });

  describe('bad input', () => {
    it('refuses paths that do not match the municipalities, naming both counts', () => {
      expect(() => paintMunicipalityPaths(asElements(paths(2)), codes('GM0001'), () => plain('no-data', '#000'))).toThrow('2 paths for 1 municipalities');
    });
  });
});
