/**
 * The message tables use the terms of docs/glossary.md: each term in its
 * language's messages, none of the words the glossary rules out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../scripts/lib/readSharedGeo';
import { en } from './en';
import { nl } from './allNl';

interface Term {
  nl: string;
  en: string;
  not: { nl: string[]; en: string[] };
}

function readGlossary(): Term[] {
  const text = readFileSync(join(REPO_ROOT, 'docs/glossary.md'), 'utf8');
  const rows = text.split('\n').filter((line) => line.startsWith('|')).slice(2);
  return rows.map((row) => {
    const [dutch = '', english = '', not = ''] = row.split('|').slice(1).map((cell) => cell.trim());
    const ruledOut = { nl: [] as string[], en: [] as string[] };
    for (const part of not.split(';').map((p) => p.trim()).filter(Boolean)) {
      const [language, words = ''] = part.split(':').map((p) => p.trim());
      if (language !== 'nl' && language !== 'en') throw new Error(`glossary: "${part}" should start with nl: or en:`);
      ruledOut[language].push(...words.split(',').map((w) => w.trim()).filter(Boolean));
    }
    return { nl: dutch, en: english, not: ruledOut };
  });
}

// The validation messages name the data files' own columns (vestiging_id), the CSV headers are file columns.
const checked = (table: Record<string, string>) => Object.entries(table).filter(([key]) => !key.startsWith('data.') && !key.startsWith('csv.column.'));
const uses = (table: Record<string, string>, term: string) => checked(table).some(([, text]) => text.toLowerCase().includes(term.toLowerCase()));
// Case matters: "Samen" as a name is ruled out, "samen geteld" is ordinary Dutch.
const usesWord = (table: Record<string, string>, word: string) => {
  const pattern = new RegExp(`(^|[^\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u');
  return checked(table).filter(([, text]) => pattern.test(text)).map(([key]) => key);
};

const glossary = readGlossary();

describe('the glossary', () => {
  it('lists the terms, each in both languages', () => {
    expect(glossary.length).toBeGreaterThan(15);
    for (const term of glossary) expect([term.nl, term.en].every(Boolean), JSON.stringify(term)).toBe(true);
  });

  it.each(glossary.map((term) => [term.nl, term.en, term] as const))('%s / %s: used on screen in both languages', (_nl, _en, term) => {
    expect(uses(nl, term.nl), `Dutch messages use "${term.nl}"`).toBe(true);
    expect(uses(en, term.en), `English messages use "${term.en}"`).toBe(true);
  });

  it.each(glossary.filter((term) => term.not.nl.length + term.not.en.length > 0).map((term) => [term.nl, term] as const))('%s: no message uses the words ruled out', (_name, term) => {
    for (const word of term.not.nl) expect(usesWord(nl, word), `Dutch "${word}"`).toEqual([]);
    for (const word of term.not.en) expect(usesWord(en, word), `English "${word}"`).toEqual([]);
  });
});
