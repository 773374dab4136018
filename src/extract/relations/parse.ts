/**
 * From a resolved document to what the relation patterns read: each sentence's parties
 * (organisation mentions, "we"/"our", a definite "the company") and places, by token.
 */
import type { Knowledge } from '../knowledge/index.js';
import type { PlaceLookup, ResolvedDocument, ResolvedMention } from '../types.js';
import { tokenize, type Token } from '../text/tokens.js';
import { referenceParty } from './reference.js';
import { speechPronounParties } from './speech-pronoun.js';
import {
  mergeParenthesised,
  tokenRange,
  type DocumentSyntax,
  type ParsedSentence,
  type Party,
  type PlaceSlot,
} from './syntax.js';
import { relationWords, type RelationWords } from './words.js';

export function documentSyntax(
  document: ResolvedDocument,
  knowledge: Knowledge,
  places?: PlaceLookup,
): DocumentSyntax {
  const mentionsBySentence = new Map<number, ResolvedMention[]>();
  for (const mention of document.mentions) {
    let list = mentionsBySentence.get(mention.sentence);
    if (!list) mentionsBySentence.set(mention.sentence, (list = []));
    list.push(mention);
  }
  return {
    document,
    words: relationWords(knowledge, document.language),
    mentionsBySentence,
    sentenceTokens: document.sentences.map((s) => tokenize(s.text, s.start)),
    places,
  };
}

/**
 * Sentence `index` with its parties and places. `we` is the organisation that "we" and
 * "our" stand for there, if any.
 */
export function parseSentence(
  syntax: DocumentSyntax,
  index: number,
  we: string | undefined,
): ParsedSentence {
  const { document, words } = syntax;
  const tokens = syntax.sentenceTokens[index] ?? [];
  const { orgs, places } = mentionSlots(syntax.mentionsBySentence.get(index) ?? [], tokens, words);
  if (we) orgs.push(...firstPersonParties(tokens, we, words));
  orgs.sort((a, b) => a.first - b.first);
  mergeParenthesised(document, tokens, orgs);
  // "Last year the operator also signed ... with Beta": the earlier subject, if unambiguous.
  const reference = referenceParty(syntax, index, orgs);
  if (reference) orgs.unshift(reference);
  // "Acme said that it signed ...": the pronoun stands for the speaking subject.
  const pronouns = speechPronounParties(syntax, index, orgs);
  if (pronouns.length) {
    orgs.push(...pronouns);
    orgs.sort((a, b) => a.first - b.first);
  }
  const regions = places.filter((p) => !p.demonym && !p.basedIn).map((p) => p.key);
  return { document, index, tokens, orgs, places, regions, words };
}

/** Organisation and place mentions of a sentence, by token positions, in mention order. */
function mentionSlots(
  mentions: readonly ResolvedMention[],
  tokens: readonly Token[],
  words: RelationWords,
): { orgs: Party[]; places: PlaceSlot[] } {
  const orgs: Party[] = [];
  const places: PlaceSlot[] = [];
  for (const mention of mentions) {
    const range = tokenRange(tokens, mention);
    if (!range) continue;
    const [first, last] = range;
    if (mention.kind === 'org')
      orgs.push({
        key: mention.key,
        first,
        last,
        possessive: mention.possessive === true,
        weak: mention.strength === 'weak',
      });
    if (mention.kind === 'place' && !mention.dateline)
      places.push({
        key: mention.key,
        first,
        last,
        demonym: mention.viaDemonym === true,
        basedIn: mention.basedIn === true,
        locative: isLocative(tokens, first, places.at(-1), words),
      });
  }
  return { orgs, places };
}

/** "in Lagos", "in Lagos, Accra and Dakar": a list after a locative shares it. */
function isLocative(
  tokens: readonly Token[],
  first: number,
  previous: PlaceSlot | undefined,
  words: RelationWords,
): boolean {
  return (
    words.locatives.has(tokens[first - 1]?.lower ?? '') ||
    words.locatives.has(tokens[first - 2]?.lower ?? '') ||
    (previous?.locative === true &&
      tokens.slice((previous?.last ?? 0) + 1, first).every((t) => words.and.has(t.lower)))
  );
}

/** "we"/"our" as parties standing for the organisation `we`. */
function firstPersonParties(tokens: readonly Token[], we: string, words: RelationWords): Party[] {
  const parties: Party[] = [];
  tokens.forEach((token, index) => {
    if (words.firstPerson.has(token.lower))
      parties.push({
        key: we,
        first: index,
        last: index,
        possessive: !words.firstPersonSubjects.has(token.lower),
        weak: false,
      });
  });
  return parties;
}
