/**
 * Every Dutch message in one table, for the tests and the checks of the
 * texts. The app never imports this: it would pull own data's messages
 * (`dataNl`) into its first chunk (see nl.ts and dataMessages.ts).
 */
import { dataNl } from './data.nl';
import { bundledNl, type MessageKey } from './nl';

export const nl: Record<MessageKey, string> = { ...bundledNl, ...dataNl };
