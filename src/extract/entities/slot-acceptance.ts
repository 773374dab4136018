/**
 * When a weak name's slot (entities/slots.ts) makes it an organisation on its own. The slot
 * says where the name stands; the guards here say what it is not: a person, a place or a
 * demonym, a product ("Covid-19", "Maersk-vessels"), the tail of a longer name ("Côte
 * d’Ivoire"), or a common noun (German "die Kompetenz", "Analysts" at a sentence start).
 * weak.ts has already ruled out the words the document writes in lower case, owned products
 * and model numbers; headlines in title case give no slot.
 */
import type { Knowledge } from '../knowledge/index.js';
import { isCommonWord } from '../text/common-words.js';
import type { Token } from '../text/tokens.js';
import type { PlaceLookup, SentencedDocument } from '../types.js';
import { nlp } from '../vendor.js';
import type { Candidate } from './candidate.js';
import type { Findings } from './findings.js';
import { textOf, type Lexicons, type Part } from './lexicons.js';
import type { EntityRule } from './rules.js';
import { slotOf, slotWords, type Scene, type SlotWords } from './slots.js';

/** What the slot rules and their guards know about the document. */
export interface SlotEvidence {
  document: SentencedDocument;
  words: SlotWords;
  /** Organisation names made on evidence of their own: legal forms, keywords, slots. */
  knownNames: Set<string>;
  /** Every word of the people the document names ("Jane", "Roe"). */
  personWords: ReadonlySet<string>;
  nounsCapitalised: boolean;
  /** Function words that may stand before a noun: all but "and", "with" and "of" words. */
  determiners: ReadonlySet<string>;
  places: PlaceLookup;
}

export function slotEvidence(
  document: SentencedDocument,
  knowledge: Knowledge,
  findings: Findings,
  words: Lexicons,
  places: PlaceLookup,
): SlotEvidence {
  const slots = slotWords(knowledge, document.language, words);
  const determiners = new Set(
    [...words.functionWords].filter(
      (word) => !slots.andWords.has(word) && !slots.linking.has(word),
    ),
  );
  const knownNames = new Set<string>();
  const personWords = new Set<string>();
  for (const mention of findings.mentions) {
    if (mention.kind === 'org' && mention.strength === 'strong') knownNames.add(mention.text);
    if (mention.kind === 'person')
      for (const word of mention.text.split(/\s+/u)) personWords.add(word);
  }
  return {
    document,
    words: slots,
    knownNames,
    personWords,
    nounsCapitalised: knowledge.lexicon('capitalised_nouns', document.language).has('yes'),
    determiners,
    places,
  };
}

/** The slot's name and the part it accepts (without a class noun in front), or null. */
export function slotAcceptance(
  evidence: SlotEvidence,
  part: Part,
): { reason: string; part: Part } | null {
  if (part.titleCase) return null;
  const name = withoutClassNoun(evidence, part);
  if (!mayFillSlot(evidence, name)) return null;
  const scene: Scene = {
    document: evidence.document,
    tokens: name.tokens,
    first: name.first,
    last: name.last,
    words: evidence.words,
    knownNames: evidence.knownNames,
  };
  const reason = slotOf(scene);
  return reason ? { reason, part: name } : null;
}

/** "Konzerne Bosch": German capitalises the class noun, so it heads the name's run. */
function withoutClassNoun(evidence: SlotEvidence, part: Part): Part {
  const head = part.tokens[part.first];
  return part.last > part.first && head && evidence.words.orgPlurals.has(head.lower)
    ? { ...part, first: part.first + 1, sentenceInitial: false }
    : part;
}

/** The guards, in order: each says what a name in a slot may still be instead. */
function mayFillSlot(evidence: SlotEvidence, part: Part): boolean {
  const words = part.tokens.slice(part.first, part.last + 1);
  const text = textOf(evidence.document, part.tokens, part.first, part.last);
  return !(
    words.some(isProductWord) ||
    words.some((token) => token.cap && evidence.personWords.has(token.text)) ||
    looksLikePerson(text) ||
    placeOrDemonym(evidence, part, text) ||
    tailOfName(evidence, part) ||
    commonNoun(evidence, part)
  );
}

/**
 * "Covid-19", "XR-1", "Maersk-vessels": digits, or a hyphen before a lower-case word; and
 * "Quest'anno", an elided common word at a sentence start.
 */
const isProductWord = (token: Token) => /\d|-\p{Ll}|['’]\p{Ll}{2}/u.test(token.text);

/** "Malaysian Gentari", "Saudi Arabian", "Ásia": the gazetteer missed it, the words did not. */
function placeOrDemonym(evidence: SlotEvidence, part: Part, text: string): boolean {
  const { language } = evidence.document;
  const head = part.tokens[part.first]?.text ?? '';
  if (evidence.places.demonym(head, language)) return true;
  return part.first === part.last && taggedAs(text, '#Place');
}

/**
 * "Côte d’Ivoire", "Agua de la Falda": the words before the name belong to it. Not where
 * every noun is capitalised: "die Übernahme von Acme" is no name.
 */
function tailOfName(evidence: SlotEvidence, part: Part): boolean {
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
 * Kompetenz"), a sentence starts with a capital ("Analysts were in agreement"), and a noun
 * takes its "of" ("Il Piano di sviluppo").
 */
function commonNoun(evidence: SlotEvidence, part: Part): boolean {
  if (part.first !== part.last) return false;
  const { tokens, first } = part;
  const before = tokens[first - 1];
  if (evidence.nounsCapitalised && before && evidence.determiners.has(before.lower)) return true;
  if (part.sentenceInitial && taggedAs(tokens[first]?.lower ?? '', '#Plural')) return true;
  const of = tokens[first + 1];
  return (
    of !== undefined && evidence.words.linking.has(of.lower) && tokens[first + 2]?.cap === false
  );
}

const tagCache = new Map<string, boolean>();
const TAG_CACHE_SIZE = 20_000;

/** Does the English tagger give the text this tag? Memoised: names recur across documents. */
function taggedAs(text: string, tag: string): boolean {
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
const looksLikePerson = (text: string) => taggedAs(text, '#Person');

/**
 * "ha detto Acme", "said Acme": one word after a speech verb names a person only as the
 * surname of someone the document names in full ("Jane Roe ... said Roe") or one the
 * tagger knows. Otherwise it is a weak name, and the speech verb its slot.
 */
export const oneWordAfterSpeechVerb: EntityRule = {
  name: 'oneWordAfterSpeechVerb',
  decide(candidate) {
    const word = candidate.lastToken;
    if (!candidate.single || !word || !candidate.personShaped || !candidate.afterSpeechVerb)
      return undefined;
    // "said Tuesday": a date, which monthOfDate drops.
    if (candidate.context.startsDate(candidate.textFromName, candidate.document.language))
      return undefined;
    if (looksLikePerson(word.text) || isSurname(candidate, word.text)) return undefined;
    return { kind: 'weak', commonWord: isCommonWord(word.lower) };
  },
};

const surnameCache = new WeakMap<SentencedDocument, Set<string>>();
const NAME_PAIR = /(\p{Lu}[\p{L}’'.-]*)\s+(?=(\p{Lu}[\p{L}’'.-]*))/gu;

/** Does the document write the word after a capitalised word that is no article ("Jane Roe")? */
function isSurname(candidate: Candidate, word: string): boolean {
  const { document, words } = candidate.context;
  let surnames = surnameCache.get(document);
  if (!surnames) {
    surnames = new Set();
    for (const [, previous = '', next = ''] of document.text.matchAll(NAME_PAIR)) {
      const lower = previous.toLowerCase();
      if (!words.functionWords.has(lower) && !words.connectors.has(lower))
        surnames.add(next.replace(/[.’']+$/u, ''));
    }
    surnameCache.set(document, surnames);
  }
  return surnames.has(word);
}
