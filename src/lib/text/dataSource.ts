/**
 * The data's source as the source line names it, in the screen's language:
 * the bundled example data's own `bron` is Dutch prose about how it was
 * generated, so it is said by a message instead; real data keeps its
 * publisher's words.
 */
import { translate, type Language } from '../i18n/translate';

export function dataSourceText(language: Language, meta: { isExample: boolean; source: string }): string {
  if (meta.isExample) return translate(language, 'source.example');
  return meta.source.trim() || translate(language, 'banner.ownSource');
}
