/**
 * When a weak name's slot (entities/slots.ts) makes it an organisation on its own: the slot
 * says where the name stands, the guards (entities/slot-guards.ts) what it is not. weak.ts
 * has already ruled out the words the document writes in lower case, owned products and
 * model numbers; headlines in title case give no slot.
 */
import type { Knowledge } from '../knowledge/index.js';
import type { PlaceLookup, SentencedDocument } from '../types.js';
import type { Findings } from './findings.js';
import { textOf, type Lexicons, type Part } from './lexicons.js';
import { commonWordHere, mayFillSlot, type GuardFacts } from './slot-guards.js';
import {
  afterSpeechVerb,
  listOfClass,
  listWithKnownOrganisation,
  objectOfCue,
  SLOT_RULES,
  slotOf,
  slotWords,
  subjectOfSpeechVerb,
  type Scene,
} from './slots.js';

/** The evidence of a full name whose short form stands in a slot. */
export const FULL_NAME_OF_SLOT = 'fullNameOfSlot';
/** The evidence of a common word standing as the object of a deal cue. */
export const COMMON_WORD_OBJECT = 'commonWordObjectOfCue';

/** What the slot rules and their guards know about the document. */
export interface SlotEvidence extends GuardFacts {
  /** Organisation names made on evidence of their own: legal forms, keywords, slots. */
  knownNames: Set<string>;
  /** Names of the document that may be a name in full ("Acme Atlantico" of "Acme"). */
  longerNames: readonly string[];
  /** Full names whose short form stands in a slot ("Acme Atlantico" of "Acme’s plant"). */
  fullNames: Set<string>;
  /** Each weak part's slot among the rules that need no known names, or null. */
  fixedSlots: WeakMap<Part, string | null>;
  /** The guards' verdict by "sentence:first:last". */
  guardVerdicts: Map<string, boolean>;
}

export function slotEvidence(
  document: SentencedDocument,
  knowledge: Knowledge,
  findings: Findings,
  words: Lexicons,
  places: PlaceLookup,
): SlotEvidence {
  const slots = slotWords(knowledge, document.language, words);
  // German "der" is an article as well as an "of": it stays a determiner.
  const withWords = new Set([
    ...knowledge.lexicon('with', document.language),
    ...knowledge.lexicon('between', document.language),
  ]);
  // English function words stand in every language's list; one the language has as a
  // preposition English lacks (German "an": "Beteiligung an Acme") is no determiner there.
  const englishPrepositions = knowledge.lexicon('preposition', 'en');
  const foreignPreposition = (word: string) =>
    slots.prepositions.has(word) && !englishPrepositions.has(word);
  const determiners = new Set(
    [...words.functionWords].filter(
      (word) => !slots.andWords.has(word) && !withWords.has(word) && !foreignPreposition(word),
    ),
  );
  const references = knowledge.lexicon('org_reference', document.language);
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
    longerNames: [
      ...findings.mentions
        .filter((mention) => mention.kind === 'org')
        .map((mention) => mention.text),
      ...findings.weak.map((part) => textOf(document, part.tokens, part.first, part.last)),
    ],
    fullNames: new Set(),
    fixedSlots: new WeakMap(),
    guardVerdicts: new Map(),
    personWords,
    nounsCapitalised: knowledge.lexicon('capitalised_nouns', document.language).has('yes'),
    determiners,
    places,
    // "la Banque centrale", "la Société": the kind of organisation, not its name.
    isKindWord: (lower) =>
      knowledge.orgKeywords.has(lower) ||
      knowledge.legalSuffixes.has(lower) ||
      references.has(lower) ||
      slots.orgPlurals.has(lower),
  };
}

/** The slot's name and the part it accepts (without a class noun in front), or null. */
export function slotAcceptance(
  evidence: SlotEvidence,
  part: Part,
  /** The document writes the name's first word in lower case ("cobalt" of "Cobalt Meridian"). */
  lowerCaseWord: boolean,
): { reason: string; part: Part } | null {
  if (part.titleCase) return null;
  if (commonWordHere(part, evidence.document.language)) return commonWordAsObject(evidence, part);
  if (fullNameOfSlot(evidence, part)) return { reason: FULL_NAME_OF_SLOT, part };
  // With such a word only a speaker or a list of companies makes a name of a longer run.
  if (lowerCaseWord && part.first === part.last) return null;
  const name = withoutClassNoun(evidence, part);
  const scene: Scene = {
    document: evidence.document,
    tokens: name.tokens,
    first: name.first,
    last: name.last,
    words: evidence.words,
    knownNames: evidence.knownNames,
  };
  // The slot first: the guards ask the tagger, which costs more.
  const reason = lowerCaseWord
    ? slotOf(scene, SPEAKER_OR_CLASS_SLOTS)
    : slotIn(evidence, part, scene);
  if (!reason || !fits(evidence, name)) return null;
  const fullNames = longerNames(evidence, name);
  for (const fullName of fullNames) evidence.fullNames.add(fullName);
  return fullNames.length === 0 ? { reason, part: name } : null;
}

/**
 * "a unit of Orange", "a partnership with Apple": mid-sentence, a capitalised common word
 * right after a deal cue is the company's name. Not at a sentence start, where every word is
 * capitalised, nor where every noun is (German).
 */
function commonWordAsObject(
  evidence: SlotEvidence,
  part: Part,
): { reason: string; part: Part } | null {
  if (part.sentenceInitial || evidence.nounsCapitalised || part.first !== part.last) return null;
  const scene: Scene = {
    document: evidence.document,
    tokens: part.tokens,
    first: part.first,
    last: part.last,
    words: evidence.words,
    knownNames: evidence.knownNames,
  };
  return objectOfCue.holds(scene) && fits(evidence, part)
    ? { reason: COMMON_WORD_OBJECT, part }
    : null;
}

/**
 * Not where every noun is capitalised: runs glue names to nouns there ("Acme Möglichkeiten").
 * Not in quotes: "the “Acme Wallet” app" names a product.
 */
function fullNameOfSlot(evidence: SlotEvidence, part: Part): boolean {
  const { document } = evidence;
  const text = textOf(document, part.tokens, part.first, part.last);
  const start = part.tokens[part.first]?.start ?? 0;
  const quoted = /[“"‘«]\s*$/u.test(document.text.slice(Math.max(0, start - 2), start));
  return (
    evidence.fullNames.has(text) && !evidence.nounsCapitalised && !quoted && fits(evidence, part)
  );
}

/**
 * "Acme" where the document names "Acme Atlantico": a short form. The full name, a weak name
 * of the document, takes the slot's evidence (one node, not two).
 */
function longerNames(evidence: SlotEvidence, name: Part): string[] {
  const text = textOf(evidence.document, name.tokens, name.first, name.last);
  return evidence.longerNames.filter((longer) => longer.startsWith(`${text} `));
}

/** The slots clear enough for a name with a common word: "Cobalt Meridian said". */
const SPEAKER_OR_CLASS_SLOTS = [subjectOfSpeechVerb, afterSpeechVerb, listOfClass];

/** The slot rules whose answer does not change as names are accepted. */
const FIXED_SLOTS = SLOT_RULES.filter((rule) => rule !== listWithKnownOrganisation);

/** Only a coordination with a known organisation can appear in a later round. */
function slotIn(evidence: SlotEvidence, part: Part, scene: Scene): string | null {
  let fixed = evidence.fixedSlots.get(part);
  if (fixed === undefined) {
    fixed = slotOf(scene, FIXED_SLOTS);
    evidence.fixedSlots.set(part, fixed);
  }
  return fixed ?? (listWithKnownOrganisation.holds(scene) ? listWithKnownOrganisation.name : null);
}

/** The guards' verdict on a name, asked once. */
function fits(evidence: SlotEvidence, name: Part): boolean {
  const key = `${name.sentence}:${name.first}:${name.last}`;
  let verdict = evidence.guardVerdicts.get(key);
  if (verdict === undefined) {
    verdict = mayFillSlot(evidence, name);
    evidence.guardVerdicts.set(key, verdict);
  }
  return verdict;
}

/** "Konzerne Acme": German capitalises the class noun, so it heads the name's run. */
function withoutClassNoun(evidence: SlotEvidence, part: Part): Part {
  const head = part.tokens[part.first];
  return part.last > part.first && head && evidence.words.orgPlurals.has(head.lower)
    ? { ...part, first: part.first + 1, sentenceInitial: false }
    : part;
}
