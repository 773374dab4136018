/**
 * Weak candidates: capitalised runs with no legal form, keyword or title. They become
 * organisations only when the document gives more evidence: the name is known as an
 * organisation elsewhere, it is used at least twice inside running text while never written
 * in lower case, it stands near a relation cue, it is coordinated with a known
 * organisation ("Acme and Beta"), or the known-organisations table lists it.
 */
import type { Knowledge } from '../knowledge/index.js';
import type { OrganisationLookup } from '../knowledge/known-organisations.js';
import { indexOf } from '../text/match.js';
import type { Token } from '../text/tokens.js';
import type { PlaceLookup, SentencedDocument } from '../types.js';
import type { Findings } from './findings.js';
import { textOf, type Lexicons, type Part } from './lexicons.js';
import { slotAcceptance, slotEvidence, type SlotEvidence } from './slot-acceptance.js';
import { townNames, withoutTown } from './towns.js';

/** How near a relation cue a weak name must stand, in tokens. */
const CUE_REACH = 12;
/** At a sentence start only an apposition next to the cue counts ("Beta, a subsidiary of"). */
const SENTENCE_START_CUE_REACH = 3;
/** Rounds of acceptance: "Acme and Beta" accepts Beta, then Beta's later uses follow. */
const ROUNDS = 2;
/** The evidence of the known-organisations table: from outside the document, so the mention is strong. */
const LISTED = 'weakNameListed';

/** Where relation cues start in a sentence (any relation type). */
export function cuePositions(
  knowledge: Knowledge,
  language: string,
  tokens: readonly Token[],
): number[] {
  const index = indexOf(knowledge.cues(language), (cue) => cue.words);
  const positions: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (index.at(tokens, i)) positions.push(i);
  return positions;
}

/** What the document says about its weak names. */
interface Evidence {
  document: SentencedDocument;
  knowledge: Knowledge;
  words: Lexicons;
  /** Names the document gives as organisations, with their short forms. */
  orgNames: Set<string>;
  /** Uses of each weak name in running text (not headlines, not sentence starts). */
  uses: Map<string, number>;
  /** Words the document writes in lower case somewhere. */
  lowerWords: ReadonlySet<string>;
  possessives: ReadonlySet<string>;
  nounsCapitalised: boolean;
  /** What the slot rules need (entities/slots.ts). */
  slots: SlotEvidence;
  /** Names the document writes as towns (entities/towns.ts). */
  towns: ReadonlySet<string>;
  /** The known-organisations table, when the build has one. */
  organisations?: OrganisationLookup | undefined;
}

/** Adds an organisation mention for every weak candidate the document supports. */
export function acceptWeak(
  document: SentencedDocument,
  knowledge: Knowledge,
  findings: Findings,
  lowerWords: ReadonlySet<string>,
  words: Lexicons,
  where: { places: PlaceLookup; organisations?: OrganisationLookup | undefined },
): void {
  const towns = townNames(
    document,
    findings.weak,
    knowledge.lexicon('locative', document.language),
  );
  findings.weak.forEach((part, i) => (findings.weak[i] = withoutTown(part, towns)));
  const evidence = gatherEvidence(document, knowledge, findings, lowerWords, words, {
    places: where.places,
    towns,
  });
  evidence.organisations = where.organisations;
  const accepted = new Set<Part>();
  // A name in an organisation's slot stands on its own; the rest needs the document. A first
  // look at every slot finds the full names that short forms in a slot stand for.
  const slotOf = (part: Part) =>
    excluded(evidence, part)
      ? null
      : slotAcceptance(evidence.slots, part, hasCommonWord(evidence, part));
  findings.weak.forEach(slotOf);
  for (let round = 0; round < ROUNDS; round++)
    for (const part of findings.weak) {
      if (accepted.has(part)) continue;
      const slotted = slotOf(part);
      const reason = slotted?.reason ?? acceptance(evidence, part);
      if (!reason) continue;
      const strong = slotted !== null || reason === LISTED;
      const name = addOrganisation(findings, slotted?.part ?? part, reason, strong);
      evidence.orgNames.add(name);
      // A name the table lists is known from outside the document: a weak name coordinated
      // with it ("Acme and Beta are rivals") stands in a list of organisations.
      if (strong) evidence.slots.knownNames.add(name);
      accepted.add(part);
    }
}

function addOrganisation(findings: Findings, part: Part, reason: string, strong: boolean): string {
  const name = textOf(findings.document, part.tokens, part.first, part.last);
  const firstToken = part.tokens[part.first];
  const lastToken = part.tokens[part.last];
  const mention = {
    start: firstToken?.start ?? 0,
    end: lastToken?.end ?? 0,
    text: name,
    kind: 'org' as const,
    orgType: 'company' as const,
    sentence: part.sentence,
    strength: strong ? ('strong' as const) : ('weak' as const),
    firstToken: part.first,
    lastToken: part.last,
    ...(lastToken?.possessive ? { possessive: true } : {}),
  };
  findings.add(mention, 'org', reason);
  return name;
}

function gatherEvidence(
  document: SentencedDocument,
  knowledge: Knowledge,
  findings: Findings,
  lowerWords: ReadonlySet<string>,
  words: Lexicons,
  where: { places: PlaceLookup; towns: ReadonlySet<string> },
): Evidence {
  const orgNames = new Set<string>();
  for (const mention of findings.mentions)
    if (mention.kind === 'org')
      for (const name of shortForms(mention.text, knowledge)) orgNames.add(name);
  // Short names defined in parentheses ("Acme Logistics Ltd. (“Acme”)") are known names.
  for (const definition of findings.acronyms) orgNames.add(definition.acronym);
  const uses = new Map<string, number>();
  for (const part of findings.weak) {
    if (part.titleCase || part.sentenceInitial) continue;
    const name = textOf(document, part.tokens, part.first, part.last);
    uses.set(name, (uses.get(name) ?? 0) + 1);
  }
  return {
    document,
    knowledge,
    words,
    orgNames,
    uses,
    lowerWords,
    possessives: knowledge.lexicon('possessive', document.language),
    nounsCapitalised: knowledge.lexicon('capitalised_nouns', document.language).has('yes'),
    slots: slotEvidence(document, knowledge, findings, words, where.places),
    towns: where.towns,
  };
}

/** The name of the evidence that makes the part an organisation, or null. */
function acceptance(evidence: Evidence, part: Part): string | null {
  const name = textOf(evidence.document, part.tokens, part.first, part.last);
  if (evidence.knowledge.exclusions.has(name.toLowerCase()) || evidence.towns.has(name))
    return null;
  // A name the document gives as an organisation elsewhere ("Acme Solar plc") stays one
  // even where its words are common ("solar panels").
  if (evidence.orgNames.has(name)) return 'weakNameKnown';
  if (ordinaryWords(evidence, part)) return null;
  if (listed(evidence, part, name)) return LISTED;
  // Where every noun is capitalised (German), or at a sentence start, one word alone needs
  // more than a nearby cue or repetition.
  const initialWord =
    (part.sentenceInitial || evidence.nounsCapitalised) && part.first === part.last;
  if ((evidence.uses.get(name) ?? 0) >= 2 && !part.titleCase && !initialWord)
    return 'weakNameRepeated';
  // In the slot of a relation cue: "Kestrel Turbines signed an agreement with ...".
  const reach = initialWord
    ? evidence.nounsCapitalised
      ? -1
      : SENTENCE_START_CUE_REACH
    : CUE_REACH;
  const nearCue = part.cues.some(
    (cue) => Math.abs(cue - part.first) <= reach || Math.abs(cue - part.last) <= reach,
  );
  if (!part.titleCase && nearCue) return 'weakNameNearCue';
  if (!part.titleCase && coordinated(evidence, part)) return 'weakNameCoordinated';
  return null;
}

/**
 * Excluded, what a company owns or a model number: no name in any slot. (A word the tagger
 * calls common, or one the document writes in lower case, is for the slot to judge.)
 */
function excluded(evidence: Evidence, part: Part): boolean {
  const name = textOf(evidence.document, part.tokens, part.first, part.last);
  return (
    evidence.knowledge.exclusions.has(name.toLowerCase()) ||
    evidence.towns.has(name) ||
    owned(evidence, part) ||
    isModel(part)
  );
}

function ordinaryWords(evidence: Evidence, part: Part): boolean {
  return part.commonWord || hasCommonWord(evidence, part) || owned(evidence, part) || isModel(part);
}

/**
 * The known-organisations table lists the name as written ("Nordwind Energie", "Banque Solara"):
 * not a one-word name that is also an English word ("Orange"), nor one a designator short
 * of the label ("Energia" for "Energia Group"), nor one word at a sentence start or where
 * every noun is capitalised ("Industrie"), nor any name in a title-case line: there
 * capitals say nothing.
 */
function listed(evidence: Evidence, part: Part, name: string): boolean {
  if (!evidence.organisations || part.titleCase) return false;
  const single = part.first === part.last;
  if (single && (part.sentenceInitial || evidence.nounsCapitalised)) return false;
  const known = evidence.organisations(name);
  return !!known && !known.ambiguous && known.label.toLowerCase() === name.toLowerCase();
}

/**
 * Connectors inside a name ("Casa dos Ventos") are lower case by nature; the rest is judged.
 * A longer name is judged by its first word: "Acme Cabin" names a company even where the
 * text also speaks of a "cabin", "Revenue Growth" does not.
 */
function hasCommonWord(evidence: Evidence, part: Part): boolean {
  return part.tokens
    .slice(part.first, part.last + 1)
    .some(
      (token, i) =>
        token.cap &&
        ((i === 0 && evidence.lowerWords.has(token.lower)) ||
          evidence.words.functionWords.has(token.lower)),
    );
}

/** "its Widget portfolio", "sua plataforma Widget": what a company owns is a product. */
function owned(evidence: Evidence, part: Part): boolean {
  const before = part.tokens[part.first - 1];
  return before !== undefined && !before.cap && evidence.possessives.has(before.lower);
}

/** "Acme and Beta", "Beta and Acme" with Acme a known organisation. */
function coordinated(evidence: Evidence, part: Part): boolean {
  const { andWords } = evidence.words;
  const before = part.tokens[part.first - 1];
  const after = part.tokens[part.last + 1];
  const nextName = part.tokens[part.last + 2];
  const previousName = part.tokens[part.first - 2];
  return Boolean(
    (after && andWords.has(after.lower) && nextName && evidence.orgNames.has(nextName.text)) ||
    (before &&
      andWords.has(before.lower) &&
      previousName &&
      evidence.orgNames.has(previousName.text)),
  );
}

/**
 * Model and product designations: a word with three digits or more ("A350", "777X",
 * "XR-1000") names an aircraft, a phone or a chip, not its maker.
 */
export function isModel(part: Part): boolean {
  for (let i = part.first; i <= part.last; i++) {
    const word = part.tokens[i]?.text ?? '';
    if (/\d{3}/u.test(word) && /\p{L}/u.test(word)) return true;
  }
  return false;
}

/**
 * A name as written and without its legal forms and designators: "Acme Holdings Ltd",
 * "Acme Holdings", "Acme". A document that names "Acme Ltd" in full knows "Acme" too.
 */
function shortForms(name: string, knowledge: Knowledge): string[] {
  const forms = [name];
  let end = name.length;
  for (let space = name.lastIndexOf(' '); space > 0; space = name.lastIndexOf(' ', end - 1)) {
    if (!knowledge.legalSuffixes.has(name.slice(space + 1, end).toLowerCase())) break;
    end = space;
    forms.push(name.slice(0, end));
  }
  return forms;
}
