/**
 * Vitest setup: the English table is a chunk the app loads before it shows
 * English (i18n/translate.ts, `loadLanguage`); unit tests call
 * `translate('en', …)` and the functions built on it directly, so every test
 * file starts with it loaded, as the app on an English screen has it.
 * `translate.test.ts` checks the loading itself in a fresh module.
 */
import { loadLanguage } from '../../src/lib/i18n/translate';

await loadLanguage('en');
