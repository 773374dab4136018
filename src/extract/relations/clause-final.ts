/**
 * Verbs that end their clause, with both parties before them: German puts the participle
 * and the infinitive last ("Acme hat Beta übernommen", "Acme will Beta übernehmen") and
 * a separable verb's particle last ("Acme arbeitet mit Beta zusammen", "Acme steigt bei
 * Beta ein"). Such cues have the pattern 'final' in data/relation-cues.csv. In the clause
 * that the cue ends, the first party is the subject and the next one the object; a party
 * after a preposition is neither, except the partner after "with" and, in a passive
 * clause, the agent after "by" ("Beta wurde von Acme übernommen").
 */
import type { Cue } from '../knowledge/index.js';
import { SYMMETRIC_RELATIONS } from '../../schema/graph.js';
import type { RelationCandidate } from '../types.js';
import { wordMatches } from '../text/match.js';
import { OBJECT_AS_SOURCE, SUBJECT_AS_SOURCE, WITH_SUBJECT } from './confidence.js';
import { link, type CuePattern, type CueSite, type SentencePattern } from './pattern.js';
import { coordinated, governedByWith, type ParsedSentence, type Party } from './syntax.js';

/**
 * How far into its clause the subject may start, in tokens: it comes first or right after
 * the verb and a short adverbial ("Seit 2010 haben die Acme"); a name further on is an
 * object or a genitive ("hat im Juni die Sparte Beta des Herstellers Gamma übernommen").
 */
export const SUBJECT_REACH = 4;

const isFinalCue = (cue: Cue): boolean => cue.pattern === 'final';

/** Does the clause break between tokens `from` and `to`? A full stop in a sentence ends an ordinal or an abbreviation. */
function breaksBetween(sentence: ParsedSentence, from: number, to: number): boolean {
  const left = sentence.tokens[from];
  const right = sentence.tokens[to];
  return !left || !right || /[,;:()–—]/u.test(sentence.document.text.slice(left.end, right.start));
}

/** Does token `index` end its clause: the sentence's end, a punctuation mark or "and" next? */
function endsClause(sentence: ParsedSentence, index: number): boolean {
  const next = sentence.tokens[index + 1];
  return !next || breaksBetween(sentence, index, index + 1) || sentence.words.and.has(next.lower);
}

/** The first token of the clause that holds token `index`. */
function clauseStart(sentence: ParsedSentence, index: number): number {
  let start = index;
  while (start > 0 && !breaksBetween(sentence, start - 1, start)) start--;
  return start;
}

/** The words that may stand right before a party of the clause without governing it. */
function governingWord(sentence: ParsedSentence, word: string): 'agent' | 'other' | null {
  const { words } = sentence;
  if (words.reference.articles.has(word)) return null;
  if (words.constructions.agent.has(word)) return 'agent';
  return words.prepositions.has(word) || words.with.has(word) ? 'other' : null;
}

/** The preposition governing a party, looking past one article: "von der Acme" -> agent. */
function governorOf(sentence: ParsedSentence, party: Party): 'agent' | 'other' | null {
  const before = sentence.tokens.slice(Math.max(0, party.first - 2), party.first).reverse();
  for (const token of before) {
    const governing = governingWord(sentence, token.lower);
    if (governing) return governing;
  }
  return null;
}

/**
 * The parties of the clause from token `start` to the cue's last word, read for their roles.
 * A cue's words before its last that are prepositions mark its object: "an" in "Acme ist
 * an Beta beteiligt" (the cue "an beteiligt").
 */
function clauseParties(site: CueSite, start: number) {
  const { sentence, cue, end } = site;
  const parties = sentence.orgs.filter((o) => o.first >= start && o.last < end && !o.possessive);
  const subject = parties.find((o) => !governorOf(sentence, o));
  if (!subject || subject.first - start > SUBJECT_REACH) return null;
  const also = coordinated(sentence, subject);
  const subjects = also && also.first > subject.last ? [subject, also] : [subject];
  const rest = parties.filter((o) => o.first > (subjects.at(-1) ?? subject).last);
  const markers = new Set(cue.words.slice(0, -1));
  const passive = sentence.tokens
    .slice(start, end + 2)
    .some((token) => sentence.words.passiveAuxiliaries.has(token.lower));
  return {
    subjects,
    object: rest.find((o) => !governorOf(sentence, o) || markedObject(sentence, o, markers)),
    partner: rest.find((o) => governedByWith(sentence, o)),
    agent: passive ? rest.find((o) => governorOf(sentence, o) === 'agent') : undefined,
  };
}

/** Is the party right after one of the cue's own prepositions, maybe past an article? */
function markedObject(sentence: ParsedSentence, party: Party, markers: ReadonlySet<string>) {
  const before = sentence.tokens.slice(Math.max(0, party.first - 2), party.first);
  return before.some((token) => markers.has(token.lower));
}

/** "acquires 30% of Beta" is an investment, not an acquisition. */
function typeIn(site: CueSite, from: number): RelationCandidate['type'] {
  const { tokens, words } = site.sentence;
  const stake = tokens.slice(from, site.end).some((t) => words.stakeWords.has(t.lower));
  return site.cue.type === 'acquisition' && stake ? 'investment' : site.cue.type;
}

/** The relations of a final cue read from its clause. */
export function readClauseFinal(site: CueSite): RelationCandidate[] {
  const { sentence, cue } = site;
  if (!endsClause(sentence, site.end)) return [];
  const parties = clauseParties(site, clauseStart(sentence, site.start));
  if (!parties) return [];
  const { subjects, object, partner, agent } = parties;
  const [subject, second] = subjects;
  if (!subject) return [];
  if (SYMMETRIC_RELATIONS.has(cue.type)) {
    if (partner) return subjects.flatMap((s) => link(site, cue.type, s, partner, WITH_SUBJECT));
    return second ? link(site, cue.type, subject, second, SUBJECT_AS_SOURCE) : [];
  }
  const type = typeIn(site, subject.last);
  if (agent) return link(site, type, agent, subject, OBJECT_AS_SOURCE);
  return object ? subjects.flatMap((s) => link(site, type, s, object, SUBJECT_AS_SOURCE)) : [];
}

/** "Acme hat Beta übernommen": a final cue read where its words stand together. */
export const clauseFinalCue: CuePattern = {
  name: 'clauseFinalCue',
  reads: 'cue',
  accepts: isFinalCue,
  match: readClauseFinal,
};

/**
 * Where a split cue stands from token `start`: its words in order within one clause, the
 * last one ending it and at least one word apart from the others (the words standing
 * together are read at the cue). The index of the last word, or -1.
 */
function splitEnd(sentence: ParsedSentence, cue: Cue, start: number): number {
  const { tokens } = sentence;
  let next = 0;
  let apart = false;
  for (let index = start; index < tokens.length; index++) {
    if (index > start && breaksBetween(sentence, index - 1, index)) return -1;
    const token = tokens[index];
    const word = cue.words[next];
    if (!token || word === undefined) return -1;
    if (!wordMatches(word, token)) {
      if (next === 0) return -1;
      apart = true;
      continue;
    }
    next++;
    if (next === cue.words.length) return apart && endsClause(sentence, index) ? index : -1;
  }
  return -1;
}

/** "Acme arbeitet mit Beta zusammen": a final cue whose words stand apart in their clause. */
export const splitClauseFinal: SentencePattern = {
  name: 'splitClauseFinal',
  reads: 'sentence',
  match(sentence) {
    const split = sentence.words.cues.filter((cue) => isFinalCue(cue) && cue.words.length > 1);
    const found: RelationCandidate[] = [];
    sentence.tokens.forEach((_token, start) => {
      for (const cue of split) {
        const end = splitEnd(sentence, cue, start);
        if (end >= 0) found.push(...readClauseFinal({ sentence, cue, start, end }));
      }
    });
    return found;
  },
};
