/**
 * Stage `entities`: finds organisations, people and places in each sentence.
 *
 * Names are capitalised runs (text/runs.ts), split at role titles and trimmed in front
 * (entities/spans.ts). Each candidate is then classified by the first of the ordered rules in
 * entities/rules.ts that decides: drops, places, people, organisations, and weak names that
 * become organisations only when the rest of the document supports them (entities/weak.ts).
 * Demonyms ("Kenyan", "zimbabwéen") and "Lagos-based" become place mentions of their own.
 */
import type { Knowledge } from '../knowledge/index.js';
import type { OrganisationLookup } from '../knowledge/known-organisations.js';
import type { EntityDocument, PlaceLookup, SentencedDocument } from '../types.js';
import { findRuns, isTitleCase, joinPlaceRuns } from '../text/runs.js';
import { tokenize, type Token } from '../text/tokens.js';
import { startsDate } from '../text/dates.js';
import { Candidate, type Span } from '../entities/candidate.js';
import { entityContext, type EntityContext } from '../entities/context.js';
import { markDatelines } from '../entities/datelines.js';
import { applyDecision } from '../entities/apply.js';
import { Findings, type EntityTrace } from '../entities/findings.js';
import { opensOwnerPhrase } from '../entities/descriptors.js';
import { dropFinalStop, isLegal } from '../entities/lexicons.js';
import { sortMentions } from '../entities/order.js';
import { findPlaceWords, lookupPlace } from '../entities/places.js';
import { surnamesOfPeople } from '../entities/people.js';
import { capitaliseNameParticles } from '../entities/person-name.js';
import { linkRoles } from '../entities/roles.js';
import { withCompassWord } from '../entities/compass.js';
import { withDivisionWord } from '../entities/places.js';
import { findPublicBodies, publicBodyMention } from '../entities/public-bodies.js';
import { decide } from '../entities/rules.js';
import { townsInSlots } from '../entities/settlements.js';
import { spanOf, splitAtTitles, type SentenceFacts } from '../entities/spans.js';
import { acceptWeak, cuePositions } from '../entities/weak.js';

// For the modules that import the gazetteer's interface from this stage.
export type { EntityTrace, TraceEntry } from '../entities/findings.js';

export function extractEntities(
  document: SentencedDocument,
  knowledge: Knowledge,
  places: PlaceLookup,
  /** Called with every rule's decision, for explaining the graph; costs nothing when absent. */
  trace?: EntityTrace,
  /** Known organisations: a weak name the table lists is one (entities/weak.ts). */
  organisations?: OrganisationLookup,
): EntityDocument {
  const context = entityContext(document, knowledge, places, startsDate);
  const findings = new Findings(document, trace);
  const sentenceTokens = document.sentences.map((sentence) =>
    capitaliseNameParticles(
      dropFinalStop(tokenize(sentence.text, sentence.start, context.words.dotted), knowledge),
      context.words,
    ),
  );
  sentenceTokens.forEach((tokens, sentence) => findInSentence(context, findings, sentence, tokens));

  const { mentions, acronyms, firstPerson } = findings;
  townsInSlots(context, findings);
  surnamesOfPeople(document, findings);
  const lowerWords = lowerCaseWords(sentenceTokens);
  acceptWeak(document, knowledge, findings, lowerWords, context.words, { places, organisations });
  const roleLinks = linkRoles(
    document,
    mentions,
    findings.pendingRoles,
    findings.orgBeforeTitle,
    sentenceTokens,
    context.words,
    knowledge,
  );
  markDatelines(document, mentions);
  return {
    ...document,
    mentions: sortMentions(mentions, roleLinks, acronyms, firstPerson),
    acronyms,
    roleLinks,
    firstPerson,
  };
}

function findInSentence(
  context: EntityContext,
  findings: Findings,
  sentence: number,
  tokens: Token[],
): void {
  const { document, knowledge, words } = context;
  const facts: SentenceFacts = {
    sentence,
    tokens,
    cues: cuePositions(knowledge, document.language, tokens),
    titleCase: isTitleCase(tokens, words.functionWords, context.nounsCapitalised),
  };
  // Tokens that a name took: no demonym there ("Malaysian" in front of a name is one).
  const used = new Set<number>();
  for (const body of findPublicBodies(context, tokens)) {
    findings.add(publicBodyMention(context, tokens, sentence, body), 'org', 'publicBody');
    for (let i = body.first; i <= body.last; i++) used.add(i);
  }
  for (const run of nameRuns(context, sentence, tokens)) {
    if (overlapsUsed(run, used)) continue;
    for (const piece of splitAtTitles(context, tokens, run)) {
      const span = spanOf(context, facts, piece);
      const made = span ? classify(context, findings, span) : null;
      const mention = made === null ? undefined : findings.mentions[made];
      if (span && mention) for (let i = mention.firstToken; i <= span.last; i++) used.add(i);
    }
  }
  findPlaceWords(context, findings, sentence, tokens, used);
}

/** A run sharing a token with a public body already found ("Gobierno" of "Gobierno mexicano"). */
function overlapsUsed(run: { first: number; last: number }, used: ReadonlySet<number>): boolean {
  for (let i = run.first; i <= run.last; i++) if (used.has(i)) return true;
  return false;
}

/** Capitalised runs, with "Dar es Salaam" and the like joined into one where the whole is a place. */
function nameRuns(context: EntityContext, sentence: number, tokens: readonly Token[]) {
  const { document, knowledge, words } = context;
  const { text, start } = document.sentences[sentence] ?? { text: '', start: 0 };
  const runs = findRuns(tokens, text, start, words.connectors, knowledge.lowerCaseLegal, (at) =>
    opensOwnerPhrase(context, tokens, at),
  );
  // "En Côte d’Ivoire": a sentence's capitalised first word may be a preposition.
  const opensWithFunctionWord = (first: number) =>
    first === 0 && words.functionWords.has(tokens[first]?.lower ?? '');
  const joined = joinPlaceRuns(
    runs,
    tokens,
    text,
    start,
    (first, last) =>
      !isLegal(knowledge, tokens[last]) &&
      !knowledge.orgKeywords.has(tokens[last]?.lower ?? '') &&
      (lookupPlace(context, tokens, first, last) !== null ||
        (opensWithFunctionWord(first) && lookupPlace(context, tokens, first + 1, last) !== null)),
  );
  return joined.map((run) =>
    withCompassWord(context, tokens, withDivisionWord(context, tokens, run)),
  );
}

/** Classifies one candidate and records the outcome; the mention made, if any. */
function classify(context: EntityContext, findings: Findings, span: Span): number | null {
  const candidate = new Candidate(context, span);
  return applyDecision(findings, candidate, decide(candidate), (rest) =>
    classify(context, findings, rest.span),
  );
}

/** Every word the document writes in lower case somewhere. */
function lowerCaseWords(sentenceTokens: readonly Token[][]): Set<string> {
  const lower = new Set<string>();
  for (const tokens of sentenceTokens)
    for (const token of tokens) if (!token.cap) lower.add(token.lower);
  return lower;
}
