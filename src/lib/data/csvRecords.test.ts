import { describe, expect, it } from 'vitest';
import { readCsvRecords, stripByteOrderMark } from './csvRecords';

describe('readCsvRecords', () => {
  it('strips the byte order mark, detects the separator and normalises the header', () => {
    const records = readCsvRecords('\uFEFFOrganisatie ID;Naam\nORG1;"A; B"\n', ['organisatie_id', 'naam']);
    expect(records.separator).toBe(';');
    expect(records.header).toEqual(['organisatie_id', 'naam']);
    expect(records.rows).toEqual([{ line: 2, cells: ['ORG1', 'A; B'] }]);
  });

  it('numbers rows as a spreadsheet: blank rows are skipped but counted, a quoted newline stays in its row', () => {
    const records = readCsvRecords('a,b\r\n\r\n1,"x\r\ny"\r\n,\r\n2,z\r\n', ['a', 'b']);
    expect(records.rows.map((r) => r.line)).toEqual([3, 5]);
  });

  describe('edge cases', () => {
    it('reads a file of only a header', () => {
      expect(readCsvRecords('a,b', ['a']).rows).toEqual([]);
    });
  });
});

describe('stripByteOrderMark', () => {
  it.each([
    ['\uFEFFa', 'a'],
    ['a\uFEFF', 'a\uFEFF'],
    ['', ''],
  ])('%j → %j', (text, expected) => expect(stripByteOrderMark(text)).toBe(expected));
});
