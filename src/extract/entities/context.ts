/** What every entity rule may consult about the document being read. */
import type { Knowledge } from '../knowledge/index.js';
import type { PlaceLookup, SentencedDocument } from '../types.js';
import { lexicons, type Lexicons } from './lexicons.js';

export interface EntityContext {
  document: SentencedDocument;
  knowledge: Knowledge;
  /** The document language's word lists. */
  words: Lexicons;
  places: PlaceLookup;
  /** ISO2 codes of the countries named so far: they pick between places of the same name. */
  countries: Set<string>;
  /** The language capitalises every noun (German). */
  nounsCapitalised: boolean;
  /** Does the text start with a date ("March 4, 2021", "12. Mai")? */
  startsDate(text: string, language: string): boolean;
}

export function entityContext(
  document: SentencedDocument,
  knowledge: Knowledge,
  places: PlaceLookup,
  startsDate: EntityContext['startsDate'],
): EntityContext {
  return {
    document,
    knowledge,
    words: lexicons(knowledge, document.language),
    places,
    countries: new Set(),
    nounsCapitalised: knowledge.lexicon('capitalised_nouns', document.language).has('yes'),
    startsDate,
  };
}
