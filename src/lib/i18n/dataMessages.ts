/**
 * Own data's messages (loading, checking, problems, in Dutch, and what a
 * check expected in English, which every data problem carries): added to
 * the translator by each module that shows or makes them, as it loads. They
 * are about 8 KB gzip that no first screen needs (translate.ts).
 */
import { dataNl } from './data.nl';
import { dataExpectedEn } from './dataExpected.en';
import { addMessages } from './translate';

addMessages('nl', dataNl);
addMessages('en', dataExpectedEn);
