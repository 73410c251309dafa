import type { SynonymGroup } from '../schemas/synonyms';
import groups from './synonyms.nl.json';

/**
 * Synonyms and abbreviations every knowledge pack gets: consultants search in everyday words
 * and abbreviations, articles are written in legal terms. Checked against the schema in the
 * test beside this file rather than at run time, to keep zod out of the search bundle.
 */
export const BUILT_IN_SYNONYMS: readonly SynonymGroup[] = groups;
