/**
 * When a weak name's slot (entities/slots.ts) makes it an organisation on its own: the slot
 * says where the name stands, the guards (entities/slot-guards.ts) what it is not. weak.ts
 * has already ruled out the words the document writes in lower case, owned products and
 * model numbers; headlines in title case give no slot.
 */
import type { Knowledge } from '../knowledge/index.js';
import type { PlaceLookup, SentencedDocument } from '../types.js';
import type { Findings } from './findings.js';
import type { Lexicons, Part } from './lexicons.js';
import { commonWordHere, mayFillSlot, type GuardFacts } from './slot-guards.js';
import { slotOf, slotWords, type Scene } from './slots.js';

/** What the slot rules and their guards know about the document. */
export interface SlotEvidence extends GuardFacts {
  /** Organisation names made on evidence of their own: legal forms, keywords, slots. */
  knownNames: Set<string>;
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
  const determiners = new Set(
    [...words.functionWords].filter((word) => !slots.andWords.has(word) && !withWords.has(word)),
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
    personWords,
    nounsCapitalised: knowledge.lexicon('capitalised_nouns', document.language).has('yes'),
    determiners,
    places,
    // "la Banque mondiale", "la Société": the kind of organisation, not its name.
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
): { reason: string; part: Part } | null {
  if (part.titleCase || commonWordHere(part, evidence.document.language)) return null;
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
