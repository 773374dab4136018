/**
 * What a relation pattern is. Patterns read one of three things:
 *   - a cue in a sentence (data/relation-cues.csv): at each cue, the patterns that accept
 *     it are tried in list order and the first that reads it decides;
 *   - a whole sentence, after its cues: every sentence pattern runs;
 *   - the whole document, after its sentences: every document pattern runs.
 * RELATION_PATTERNS (relations/patterns.ts) lists them in that order.
 */
import type { Cue } from '../knowledge/index.js';
import type { RelationCandidate } from '../types.js';
import { round, WEAK_PARTY } from './confidence.js';
import { cueAt, type DocumentSyntax, type ParsedSentence, type Party } from './syntax.js';

/** A cue found in a sentence, from token `start` to token `end`. */
export interface CueSite {
  sentence: ParsedSentence;
  cue: Cue;
  start: number;
  end: number;
}

export interface CuePattern {
  name: string;
  reads: 'cue';
  accepts(cue: Cue): boolean;
  /**
   * The relations at the cue, or null when the pattern does not read it so the next one
   * may. An empty list means: this pattern reads the cue and finds nothing.
   */
  match(site: CueSite): RelationCandidate[] | null;
}

export interface SentencePattern {
  name: string;
  reads: 'sentence';
  match(sentence: ParsedSentence): RelationCandidate[];
}

export interface DocumentPattern {
  name: string;
  reads: 'document';
  match(syntax: DocumentSyntax): RelationCandidate[];
}

export type RelationPattern = CuePattern | SentencePattern | DocumentPattern;

/** The cues of a sentence, left to right; a cue's words are not read again. */
export function* cueSites(sentence: ParsedSentence): Generator<CueSite> {
  const { tokens, words } = sentence;
  for (let start = 0; start < tokens.length; start++) {
    const cue = cueAt(words.cues, tokens, start);
    if (!cue) continue;
    const end = start + cue.words.length - 1;
    yield { sentence, cue, start, end };
    start = end;
  }
}

/** A relation as found, with the name of the pattern that found it. */
export interface TracedRelation {
  pattern: string;
  relation: RelationCandidate;
}

/** Receives every relation found, before duplicates in one sentence are merged. */
export type RelationTrace = (found: TracedRelation) => void;

/** A cue that places an organisation ("headquartered in"). */
export const isLocatedInCue = (cue: Cue): boolean => cue.type === 'located_in';

/** "A and B signed an agreement": the parties are peers. */
export const isMutualCue = (cue: Cue): boolean => !isLocatedInCue(cue) && cue.pattern === 'mutual';

/**
 * "contract with", "contrat entre": a mutual cue whose last word introduces the other party.
 * "A and B won a contract with the city" links A and B to the city, not to each other.
 */
export function namesCounterpartAfter(site: CueSite): boolean {
  const { words } = site.sentence;
  const last = site.cue.words[site.cue.words.length - 1] ?? '';
  return site.cue.words.length > 1 && (words.with.has(last) || words.between.has(last));
}

/** "A supplies B", "A was acquired by B". */
export const isDirectedCue = (cue: Cue): boolean =>
  !isLocatedInCue(cue) && cue.pattern !== 'mutual';

/**
 * The relation between two parties at a cue: the cue's confidence times `factor`, lower
 * when a party was found by weak evidence. None between a party and itself or a person.
 */
export function link(
  site: CueSite,
  type: RelationCandidate['type'],
  source: Party,
  target: Party,
  factor: number,
): RelationCandidate[] {
  if (
    source.key === target.key ||
    source.key.startsWith('person:') ||
    target.key.startsWith('person:')
  )
    return [];
  const weak = source.weak || target.weak ? WEAK_PARTY : 1;
  return [
    {
      type,
      source: source.key,
      target: target.key,
      sentence: site.sentence.index,
      regions: [...site.sentence.regions],
      cue: site.cue.text,
      confidence: round(site.cue.confidence * factor * weak),
    },
  ];
}
