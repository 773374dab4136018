/**
 * Entity rules that read a name's slot (entities/slots.ts) while the candidate is classified:
 * one word after a speech verb that no person of the document bears, and a short form in an
 * organisation's slot that no longer name of the document spells out.
 */
import { isNonNounWord } from '../text/common-words.js';
import type { SentencedDocument } from '../types.js';
import type { Candidate } from './candidate.js';
import type { EntityContext } from './context.js';
import { escapeRegExp } from './lexicons.js';
import type { EntityRule } from './rule.js';
import { isProductWord, looksLikePerson } from './slot-guards.js';
import {
  afterSpeechVerb,
  listOfClass,
  slotOf,
  slotWords,
  subjectOfSpeechVerb,
  type Scene,
  type SlotWords,
} from './slots.js';

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
    return { kind: 'weak', commonWord: isNonNounWord(word.lower) };
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

/** The slots where a short form is as clear as a name: a speaker, and a list of a class. */
const ACRONYM_SLOTS = [subjectOfSpeechVerb, afterSpeechVerb, listOfClass];

/**
 * "ACX said", "customers such as ACX and Acme": an all-capitals short form standing where
 * only an organisation stands is one in its own right, unless a longer name of the document
 * spells it out (resolution then joins the two). Deal cues do not count here: "LNG supply",
 * "AI partnership" are no companies.
 */
export const acronymInSlot: EntityRule = {
  name: 'acronymInSlot',
  decide(candidate) {
    const word = candidate.lastToken;
    if (!candidate.acronymLike || candidate.span.titleCase || !word || isProductWord(word))
      return undefined;
    if (!slotOf(sceneOf(candidate), ACRONYM_SLOTS)) return undefined;
    return spelledOut(candidate.document, word.text) ? undefined : { kind: 'org' };
  },
};

const wordsCache = new WeakMap<EntityContext, SlotWords>();

function sceneOf(candidate: Candidate): Scene {
  const { context, span } = candidate;
  let words = wordsCache.get(context);
  if (!words) {
    words = slotWords(context.knowledge, context.document.language, context.words);
    wordsCache.set(context, words);
  }
  return {
    document: context.document,
    tokens: span.tokens,
    first: span.first,
    last: candidate.nameLast,
    words,
    knownNames: new Set(),
  };
}

const spelledCache = new WeakMap<SentencedDocument, Map<string, boolean>>();

/** Does the document name something whose words start with the short form's letters? */
function spelledOut(document: SentencedDocument, acronym: string): boolean {
  let known = spelledCache.get(document);
  if (!known) spelledCache.set(document, (known = new Map()));
  let spelled = known.get(acronym);
  if (spelled === undefined) {
    const letters = [...acronym.replace(/[^\p{Lu}]/gu, '')];
    // Up to two lower-case words between the capitalised ones: "Sociedad Química y Minera".
    const words = letters.map((letter) => `${letter}\\p{Ll}[\\p{L}\\p{M}’'.-]*`);
    const pattern = new RegExp(words.join(`(?:\\s+(?:\\p{Ll}+\\s+){0,2}|-)`), 'u');
    // Or the short form heads the longer name itself: "ACME Advanced Materials".
    const head = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(acronym)}\\s+\\p{Lu}`, 'u');
    spelled = letters.length >= 2 && (pattern.test(document.text) || head.test(document.text));
    known.set(acronym, spelled);
  }
  return spelled;
}
