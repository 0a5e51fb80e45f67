/**
 * Own data's messages (loading, checking, problems, in Dutch, and what a
 * check expected in English, which every data problem carries): added to
 * the translator by each module that shows or makes them, as it loads. No
 * first screen needs them: the main chunk is 5 KB gzip smaller without
 * them (translate.ts).
 */
import { dataNl } from './data.nl';
import { dataExpectedEn } from './dataExpected.en';
import { addMessages } from './translate';

addMessages('nl', dataNl);
addMessages('en', dataExpectedEn);
