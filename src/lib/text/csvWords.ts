/** The words of the CSV downloads in a language: headers per column id, categories and indicators as the legend says them. */
import type { CsvWords } from './csvExport';
import { isMessageKey } from '../i18n/formatMessage';
import { translate, type Language } from '../i18n/translate';

export function csvWords(language: Language): CsvWords {
  return {
    column: (id) => {
      const key = `csv.column.${id}`;
      if (!isMessageKey(key)) throw new Error(`No CSV header for column "${id}"`);
      return translate(language, key);
    },
    category: (id) => translate(language, `category.${id}`),
    indicator: (id) => translate(language, `indicator.${id}.short`),
  };
}
