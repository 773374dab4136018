/**
 * Stage `relations`: typed links stated in a sentence.
 *
 * Runs the patterns of RELATION_PATTERNS (src/extract/relations/patterns.ts) over each
 * sentence and the document, then lets follow-up sentences ("both parties ... in Asia")
 * add their places, and merges what one sentence says twice.
 */
import type { Knowledge } from '../knowledge/index.js';
import type {
  PlaceLookup,
  RelatedDocument,
  RelationCandidate,
  ResolvedDocument,
} from '../types.js';
import { addAnaphoricRegions, speakerOrgs } from '../relations/discourse.js';
import { documentSyntax, parseSentence } from '../relations/parse.js';
import {
  cueSites,
  type CuePattern,
  type DocumentPattern,
  type RelationPattern,
  type RelationTrace,
  type SentencePattern,
} from '../relations/pattern.js';
import { RELATION_PATTERNS } from '../relations/patterns.js';

export type { RelationTrace, TracedRelation } from '../relations/pattern.js';

const cuePatterns = RELATION_PATTERNS.filter((p): p is CuePattern => p.reads === 'cue');
const sentencePatterns = RELATION_PATTERNS.filter(
  (p): p is SentencePattern => p.reads === 'sentence',
);
const documentPatterns = RELATION_PATTERNS.filter(
  (p): p is DocumentPattern => p.reads === 'document',
);

/**
 * `trace`, when given, hears of every relation found and the pattern that found it;
 * `places`, the gazetteer, lets a pattern ask whether a word is a place.
 */
export function extractRelations(
  document: ResolvedDocument,
  knowledge: Knowledge,
  trace?: RelationTrace,
  places?: PlaceLookup,
): RelatedDocument {
  const syntax = documentSyntax(document, knowledge, places);
  const relations: RelationCandidate[] = [];
  const record = (pattern: RelationPattern, found: readonly RelationCandidate[]) => {
    for (const relation of found) {
      relations.push(relation);
      trace?.({ pattern: pattern.name, relation: { ...relation } });
    }
  };
  const speakers = speakerOrgs(syntax);
  document.sentences.forEach((_sentence, index) => {
    // "we"/"our": the speaker's organisation inside a quote, else the page owner.
    const sentence = parseSentence(syntax, index, speakers.get(index) ?? document.owner);
    if (sentence.orgs.length === 0) return;
    for (const site of cueSites(sentence)) {
      for (const pattern of cuePatterns) {
        const found = pattern.accepts(site.cue) ? pattern.match(site) : null;
        if (found === null) continue;
        record(pattern, found);
        break;
      }
    }
    for (const pattern of sentencePatterns) record(pattern, pattern.match(sentence));
  });
  for (const pattern of documentPatterns) record(pattern, pattern.match(syntax));
  addAnaphoricRegions(syntax, relations);
  return { ...document, relations: dedupe(relations) };
}

/** One relation per type, parties and sentence: the highest confidence, every region. */
function dedupe(relations: readonly RelationCandidate[]): RelationCandidate[] {
  const seen = new Map<string, RelationCandidate>();
  for (const relation of relations) {
    const id = `${relation.type}|${relation.source}|${relation.target}|${relation.sentence}`;
    const first = seen.get(id);
    if (!first) seen.set(id, relation);
    else {
      first.confidence = Math.max(first.confidence, relation.confidence);
      first.regions = [...new Set([...first.regions, ...relation.regions])];
    }
  }
  return [...seen.values()];
}
