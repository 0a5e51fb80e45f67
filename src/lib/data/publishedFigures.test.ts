import { describe, expect, it } from 'vitest';
import { parseQuarterKey } from '../domain/quarter';
import { describeSource, parsePublishedFigures } from './publishedFigures';

const header = 'indicator,waarde,eenheid,peildatum,kwartaal,bron,citaat';

describe('published figures', () => {
  it('parses values, quarters and quoted citations', () => {
    const [row] = parsePublishedFigures(`\uFEFF${header}\nido_locaties,73,bibliotheeklocaties,2020-12-31,2020-Q4,http://127.0.0.1:8080/bron,"73 IDO's, eind 2020"\n`);
    expect(row).toEqual({ indicator: 'ido_locaties', value: 73, unit: 'bibliotheeklocaties', date: '2020-12-31', quarter: parseQuarterKey('2020-Q4'), source: 'http://127.0.0.1:8080/bron', quote: "73 IDO's, eind 2020" });
  });

  describe('bad input', () => {
    it.each([
      [`indicator,waarde\nx,1`, /missing column\(s\) eenheid, peildatum, kwartaal, bron, citaat/],
      [`${header}\nx,veel,u,2020-01-01,2020-Q1,b,c`, /row 2: waarde "veel" is not a number/],
      [`${header}\nx,1,u,2020-01-01,2020 Q1,b,c`, /row 2: kwartaal "2020 Q1" is not YYYY-Qn/],
      // Rows are numbered as a spreadsheet shows them: a blank row still counts, a quoted newline does not start one.
      [`${header}\n\nx,1,u,2020-01-01,2020-Q1,b,c\nx,2,u,2020-01-01,2020-Q1,b,"c\nd"\nx,zes,u,2020-01-01,2020-Q1,b,c`, /row 5: waarde "zes" is not a number/],
    ])('%#: %s', (text, message) => {
      expect(() => parsePublishedFigures(text)).toThrow(message);
    });
  });
});

describe('describeSource', () => {
  it.each([
    ['https://www.kb.nl/nieuws/2021', { href: 'https://www.kb.nl/nieuws/2021', label: null }],
    ['kwartaalrapportage-bbv-2020-q4.md', { href: null, label: 'kwartaalrapportage bbv 2020 q4' }],
    ['Bibliotheekmonitor Belastingdienst 2020 (KB 2021)', { href: null, label: 'Bibliotheekmonitor Belastingdienst 2020 (KB 2021)' }],
  ])('%s', (source, expected) => {
    expect(describeSource(source)).toEqual(expected);
  });

  describe('edge cases', () => {
    it('never turns another scheme into a link', () => {
      expect(describeSource('javascript:alert(1)').href).toBeNull();
    });
  });
});
