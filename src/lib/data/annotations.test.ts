import { describe, expect, it } from 'vitest';
import { parseQuarterKey } from '../domain/quarter';
import { annotationsFor } from './annotations';
import { MAX_ANNOTATION_LENGTH, parseAnnotations } from './annotationsCsv';

const q = (key: string) => parseQuarterKey(key)!;
const header = 'kwartaal,indicator,tekst_nl,tekst_en';
const range = { first: q('2019-Q1'), last: q('2023-Q4') };

describe('parseAnnotations', () => {
  it('reads notes for one indicator and for all, sorted by quarter with the general note first', () => {
    const text = `${header}\n2021-Q1,ido,Landelijke campagne IDO,National IDO campaign\n2020-Q2,,Bibliotheken dicht,Libraries closed\n2021-Q1,,Herindelingen,Municipal mergers\n`;
    const { annotations, problems } = parseAnnotations(text, range);
    expect(problems).toEqual([]);
    expect(annotations).toEqual([
      { quarter: q('2020-Q2'), indicator: null, text: { nl: 'Bibliotheken dicht', en: 'Libraries closed' } },
      { quarter: q('2021-Q1'), indicator: null, text: { nl: 'Herindelingen', en: 'Municipal mergers' } },
      { quarter: q('2021-Q1'), indicator: 'ido', text: { nl: 'Landelijke campagne IDO', en: 'National IDO campaign' } },
    ]);
  });

  describe('edge cases', () => {
    it.each([
      ['a header only', `${header}\n`, 0],
      ['a byte order mark and CRLF line ends (Excel)', `\uFEFF${header}\r\n2020-Q4,sek,Webinar,Webinar\r\n`, 1],
      ['blank lines', `${header}\n\n2020-Q4,,a,b\n,,,\n`, 1],
      ['columns in another order', `tekst_en,tekst_nl,indicator,kwartaal\nb,a,,2020-Q4\n`, 1],
      ['no indicator column: every note is general', `kwartaal,tekst_nl,tekst_en\n2020-Q4,a,b\n`, 1],
      ['as Dutch Excel saves it: semicolons, headers in other case, quarters as K', `Kwartaal;Indicator;Tekst NL;Tekst EN\n2020 K4;IDO;a;b\n`, 1],
      ['a quoted text with a comma', `${header}\n2020-Q4,,"Start, eerste fase","Start, first phase"\n`, 1],
      ['a text of exactly the maximum length', `${header}\n2020-Q4,,${'a'.repeat(MAX_ANNOTATION_LENGTH)},b\n`, 1],
      ['the same quarter for two indicators', `${header}\n2020-Q4,ido,a,b\n2020-Q4,sek,c,d\n`, 2],
    ])('%s', (_, text, count) => {
      const { annotations, problems } = parseAnnotations(text, range);
      expect(problems).toEqual([]);
      expect(annotations).toHaveLength(count);
    });

    it('accepts any quarter when no range is given', () => {
      expect(parseAnnotations(`${header}\n2030-Q1,,a,b\n`).annotations).toHaveLength(1);
    });
  });

  describe('bad input', () => {
    it.each([
      ['a missing column', `kwartaal,indicator,tekst_nl\n2020-Q4,,a\n`, { kind: 'missing-column', row: null, column: 'tekst_en' }],
      ['a bad quarter', `${header}\n2020 K9,,a,b\n`, { kind: 'bad-quarter', row: 2, column: 'kwartaal', value: '2020 K9' }],
      ['an empty quarter', `${header}\n,,a,b\n`, { kind: 'empty-value', row: 2, column: 'kwartaal' }],
      ['a quarter outside the data', `${header}\n2018-Q4,,a,b\n`, { kind: 'outside-period', row: 2, column: 'kwartaal', value: '2018-Q4' }],
      ['an unknown indicator', `${header}\n2020-Q4,bibliotheek,a,b\n`, { kind: 'bad-indicator', row: 2, column: 'indicator', value: 'bibliotheek' }],
      ['an empty English text', `${header}\n2020-Q4,,a,\n`, { kind: 'empty-value', row: 2, column: 'tekst_en' }],
      ['a text that is too long', `${header}\n2020-Q4,,${'a'.repeat(MAX_ANNOTATION_LENGTH + 1)},b\n`, { kind: 'text-too-long', row: 2, column: 'tekst_nl' }],
      ['two notes for one quarter and indicator', `${header}\n2020-Q4,ido,a,b\n2020-Q4,ido,c,d\n`, { kind: 'duplicate-annotation', row: 3, value: '2020-Q4,ido' }],
      ['two general notes for one quarter', `${header}\n2020-Q4,,a,b\n2020-Q4,,c,d\n`, { kind: 'duplicate-annotation', row: 3, value: '2020-Q4' }],
    ])('%s', (_, text, expected) => {
      const { annotations, problems } = parseAnnotations(text, range);
      const errors = problems.filter((p) => p.severity === 'error');
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({ file: 'annotaties.csv', severity: 'error', ...expected });
      expect(errors[0]!.expected.length).toBeGreaterThan(10);
      expect(errors[0]!.expected).not.toMatch(/data\.expected|\{\w+\}/); // a real message, every placeholder filled
      // The bad row is left out; a good row in the same file stays.
      expect(annotations.length).toBeLessThanOrEqual(1);
    });

    it('reports every bad row in one pass and keeps the good ones', () => {
      const { annotations, problems } = parseAnnotations(`${header}\n2020-Q9,,a,b\n2021-Q1,,goed,good\n2021-Q2,xyz,,\n`, range);
      expect(problems.map((p) => `${p.row}:${p.kind}`)).toEqual(['2:bad-quarter', '4:bad-indicator', '4:empty-value', '4:empty-value']);
      expect(annotations.map((a) => a.text.en)).toEqual(['good']);
    });

    it('warns about an extra column and still reads the file', () => {
      const { annotations, problems } = parseAnnotations(`${header},bron\n2020-Q4,,a,b,KB\n`, range);
      expect(problems).toMatchObject([{ kind: 'unknown-column', column: 'bron', severity: 'warning' }]);
      expect(annotations).toHaveLength(1);
    });
  });
});

describe('annotationsFor', () => {
  const { annotations } = parseAnnotations(`${header}\n2021-Q1,ido,campagne,campaign\n2021-Q1,,algemeen,general\n2021-Q1,sek,kaart,map\n2021-Q2,,later,later\n`, range);

  it.each([
    ['ido', '2021-Q1', ['general', 'campaign']],
    ['sek', '2021-Q1', ['general', 'map']],
    ['combined', '2021-Q1', ['general']],
    ['ido', '2021-Q2', ['later']],
    ['ido', '2019-Q1', []],
  ] as const)('%s in %s', (indicator, quarter, expected) => {
    expect(annotationsFor(annotations, q(quarter), indicator).map((a) => a.text.en)).toEqual(expected);
  });
});
