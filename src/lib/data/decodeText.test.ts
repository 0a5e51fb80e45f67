import { describe, expect, it } from 'vitest';
import { decodeText } from './decodeText';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...values: number[]) => new Uint8Array(values);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) (out.set(part, offset), (offset += part.length));
  return out;
};

describe('decodeText', () => {
  it.each([
    ['UTF-8 without BOM', utf8('naam\nFryslân'), 'naam\nFryslân', 'utf-8'],
    ['UTF-8 with BOM (Excel "CSV UTF-8")', concat(bytes(0xef, 0xbb, 0xbf), utf8('naam;Fryslân')), 'naam;Fryslân', 'utf-8'],
    // "Súdwest-Fryslân" in Windows-1252: ú = 0xFA, â = 0xE2 (invalid as UTF-8).
    ['Windows-1252 (Excel "CSV (puntkomma)")', concat(utf8('S'), bytes(0xfa), utf8('dwest-Frysl'), bytes(0xe2), utf8('n')), 'Súdwest-Fryslân', 'windows-1252'],
    ['Windows-1252 curly quote and euro sign', bytes(0x92, 0x80), '’€', 'windows-1252'],
    ['UTF-16LE with BOM (Excel "Unicode text")', concat(bytes(0xff, 0xfe), new Uint8Array(new Uint16Array([0x61, 0x09, 0xe2]).buffer)), 'a\tâ', 'utf-16le'],
  ] as const)('%s', (_name, input, text, encoding) => {
    expect(decodeText(input)).toEqual({ ok: true, text, encoding });
  });

  describe('edge cases', () => {
    it('keeps tabs, CR and LF as text', () => {
      expect(decodeText(utf8('a\tb\r\nc'))).toMatchObject({ ok: true, text: 'a\tb\r\nc' });
    });
  });

  describe('bad input', () => {
    it.each([
      ['an empty file', new Uint8Array(0), 'empty'],
      ['an .xlsx renamed to .csv', concat(bytes(0x50, 0x4b, 0x03, 0x04), utf8('[Content_Types].xml')), 'excel-workbook'],
      ['an old .xls', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0), 'excel-workbook'],
      ['a PNG', concat(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d)), 'binary'],
      ['random control bytes', new Uint8Array(Array.from({ length: 400 }, (_, i) => (i * 37) % 32)), 'binary'],
    ] as const)('%s', (_name, input, reason) => {
      expect(decodeText(input)).toEqual({ ok: false, reason });
    });
  });
});
