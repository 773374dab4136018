/**
 * What a name standing in an organisation's slot may still be instead: a person, a place, a
 * point of the compass or a demonym, a product ("Covid-19", "Acme-branded"), the tail of a longer name ("Côte
 * d’Azur"), or a common noun (German "die Kompetenz", "Analysts" at a sentence start).
 */
import type { Token } from '../text/tokens.js';
import type { PlaceLookup, SentencedDocument } from '../types.js';
import { nlp } from '../vendor.js';
import { textOf, type Part } from './lexicons.js';
import type { SlotWords } from './slots.js';

/** What the guards know about the document. */
export interface GuardFacts {
  document: SentencedDocument;
  words: SlotWords;
  /** Every word of the people the document names ("Jane", "Roe"). */
  personWords: ReadonlySet<string>;
  nounsCapitalised: boolean;
  /** Function words that may stand before a noun: all but "and" and "with" words. */
  determiners: ReadonlySet<string>;
  places: PlaceLookup;
  /** A word that names a kind of organisation ("Banque", "Société", "Group", "operator"). */
  isKindWord(lower: string): boolean;
}

/** The guards, in order: each says what a name in a slot may still be instead. */
export function mayFillSlot(evidence: GuardFacts, part: Part): boolean {
  const words = part.tokens.slice(part.first, part.last + 1);
  const text = textOf(evidence.document, part.tokens, part.first, part.last);
  return !(
    words.some(isProductWord) ||
    words.some((token) => token.cap && evidence.personWords.has(token.text)) ||
    (part.first === part.last && evidence.isKindWord(words[0]?.lower ?? '')) ||
    (part.first === part.last && evidence.words.compassPoints.has(words[0]?.lower ?? '')) ||
    personsFullName(part, text) ||
    placeOrDemonym(evidence, part, text) ||
    tailOfName(evidence, part) ||
    commonNoun(evidence, part)
  );
}

/**
 * "Covid-19", "XR-1", "Acme-branded": digits, or a hyphen before a lower-case word; and
 * "Quest'anno", an elided common word at a sentence start.
 */
export const isProductWord = (token: Token) => /\d|-\p{Ll}|['’]\p{Ll}{2}/u.test(token.text);

/** "Malaysian Acme", "Saudi Arabian", "Ásia": the gazetteer missed it, the words did not. */
function placeOrDemonym(evidence: GuardFacts, part: Part, text: string): boolean {
  const { language } = evidence.document;
  const head = part.tokens[part.first]?.text ?? '';
  if (evidence.places.demonym(head, language)) return true;
  return part.first === part.last && taggedAs(text, '#Place');
}

/**
 * "Côte d’Azur", "Monte de la Plata": the words before the name belong to it. Not where
 * every noun is capitalised: "die Übernahme von Acme" is no name.
 */
function tailOfName(evidence: GuardFacts, part: Part): boolean {
  if (evidence.nounsCapitalised) return false;
  const { connectors, articles } = evidence.words;
  let connected = false;
  for (let i = part.first - 1; i >= Math.max(0, part.first - 2); i--) {
    const token = part.tokens[i];
    if (!token) return false;
    if (token.cap) return connected;
    if (connectors.has(token.lower)) connected = true;
    else if (!articles.has(token.lower)) return false;
  }
  return connected && part.tokens[part.first - 3]?.cap === true;
}

/**
 * One word that is a common noun all the same: German capitalises every noun ("die
 * Kompetenz"), a sentence starts with a capital ("Analysts expect a deal"), and a noun
 * takes its "of" ("il Piano di rilancio").
 */
function commonNoun(evidence: GuardFacts, part: Part): boolean {
  if (part.first !== part.last) return false;
  const { tokens, first } = part;
  const before = tokens[first - 1];
  if (evidence.nounsCapitalised && before && evidence.determiners.has(before.lower)) return true;
  const word = tokens[first];
  if (part.sentenceInitial && word && !innerCapital(word) && taggedAs(word.lower, '#Plural'))
    return true;
  const of = tokens[first + 1];
  return (
    of !== undefined && evidence.words.linking.has(of.lower) && tokens[first + 2]?.cap === false
  );
}

/** "NordWind", "OrvaLink": a capital inside a word marks a name, never a common plural. */
const innerCapital = (token: Token) => /\p{Ll}\p{Lu}/u.test(token.text);

const tagCache = new Map<string, boolean>();
const TAG_CACHE_SIZE = 20_000;

/** Does the English tagger give the text this tag? Memoised: names recur across documents. */
export function taggedAs(text: string, tag: string): boolean {
  const key = `${tag} ${text}`;
  let tagged = tagCache.get(key);
  if (tagged === undefined) {
    tagged = nlp(text).has(tag);
    if (tagCache.size >= TAG_CACHE_SIZE) tagCache.clear();
    tagCache.set(key, tagged);
  }
  return tagged;
}

/** "Jane Roe", "Smith": a first name or a surname the English tagger knows. */
export const looksLikePerson = (text: string) => taggedAs(text, '#Person');

/**
 * A person's name in full opens with a given name ("Jane Roe"): a longer name whose first
 * word the tagger knows as none ("Baker Hughes", "Tremon Controls") is a surname-shaped
 * company name. One word is judged whole ("Smith").
 */
export function personsFullName(part: Part, text: string): boolean {
  if (part.first === part.last) return looksLikePerson(text);
  const first = part.tokens[part.first]?.text ?? '';
  return looksLikePerson(text) && taggedAs(first, '#FirstName');
}

/**
 * A single word the English tagger calls a common word ("Total", "Independent") is a name
 * only where the document names it otherwise. In another language the tagger only guesses
 * from English endings ("Ferrandial" looks like an adjective): there only a word it knows counts.
 */
export function commonWordHere(part: Part, language: string): boolean {
  if (!part.commonWord) return false;
  return language === 'en' || taggerKnows(part.tokens[part.first]?.lower ?? '');
}

let lexicon: Readonly<Record<string, unknown>> | undefined;

/** Is the word in the tagger's own lexicon (not a guess from its ending)? */
function taggerKnows(word: string): boolean {
  const world = (nlp('') as unknown as { world: TaggerWorld }).world;
  lexicon ??= world.model.one.lexicon;
  return Object.hasOwn(lexicon, word);
}

interface TaggerWorld {
  model: { one: { lexicon: Record<string, unknown> } };
}
