/**
 * "Acme – a subsidiary of Beta – signed an agreement with Gamma", "Acme, through its unit
 * Beta, completed its purchase of Gamma": a phrase set off by commas, dashes or
 * parentheses between a subject and its cue describes the subject; the names inside it
 * are no party of the cue. The cue is read as the cue patterns read it, with the
 * apposition's names left out.
 */
import { backwardCue, forwardCue, possessorObject, turnedCue } from './directed.js';
import { mutualWithDescribed } from './described.js';
import { listCoordinated, listWith } from './lists.js';
import { mutualCoordinated, mutualPossessor, mutualWith } from './mutual.js';
import { isLocatedInCue, type CuePattern, type CueSite } from './pattern.js';
import { SUBJECT_WINDOW, type ParsedSentence, type Party } from './syntax.js';

/** How many tokens an apposition may span. */
export const APPOSITION_REACH = 12;

/** The punctuation that opens an apposition after a name, and the one that closes it. */
const OPENERS: readonly { open: RegExp; close: RegExp }[] = [
  { open: /^\s*,\s*$/u, close: /^\s*,\s*$/u },
  { open: /^\s+[–—-]\s+$/u, close: /^\s+[–—-]\s+$/u },
  { open: /^\s*\(\s*$/u, close: /^\s*\)\s*,?\s*$/u },
];

/** The patterns that read a cue's subject, in RELATION_PATTERNS order. */
export const SUBJECT_READERS: readonly CuePattern[] = [
  listWith,
  mutualWith,
  mutualWithDescribed,
  mutualPossessor,
  listCoordinated,
  mutualCoordinated,
  possessorObject,
  turnedCue,
  forwardCue,
  backwardCue,
];

/** "a unit of Beta", "oil major Beta": the words an apposition has before its name. */
export const DESCRIPTION_WORDS = 2;

const LOWER_START = /^\p{Ll}/u;

/** The text between tokens `left` and `left + 1`. */
function gapAfter(sentence: ParsedSentence, left: number): string {
  const { tokens, document } = sentence;
  const token = tokens[left];
  const next = tokens[left + 1];
  return token && next ? document.text.slice(token.end, next.start) : '';
}

/** "another Gamma subsidiary", "a Gamma company": lower-case words after the name close the phrase. */
function qualifiesNoun(sentence: ParsedSentence, name: Party, last: number): boolean {
  const after = sentence.tokens.slice(name.last + 1, last + 1);
  return after.length > 0 && after.every((token) => LOWER_START.test(token.text));
}

/**
 * The token span of an apposition after a party that closes before `cueStart` and holds
 * a name: its first and last token. The phrase starts with a lower-case word ("a unit
 * of", "through its arm") and has two words before its name ("formerly Beta" is a former
 * name), so a list of names ("Acme, Beta and Gamma") is none, and an
 * "and" right after it makes it a list member ("Acme, a unit of Beta, and Gamma").
 */
export function appositionBefore(
  sentence: ParsedSentence,
  cueStart: number,
): { first: number; last: number } | undefined {
  const { tokens, orgs, words } = sentence;
  for (const host of orgs) {
    if (host.last >= cueStart || cueStart - host.last > APPOSITION_REACH + SUBJECT_WINDOW) continue;
    const gap = gapAfter(sentence, host.last);
    const opener = OPENERS.find(({ open }) => open.test(gap));
    const first = host.last + 1;
    if (!opener || !LOWER_START.test(tokens[first]?.text ?? '')) continue;
    for (let last = first; last < cueStart && last - first < APPOSITION_REACH; last++) {
      if (!opener.close.test(gapAfter(sentence, last))) continue;
      const inside = orgs.find((o) => o.first >= first && o.last <= last);
      if (!inside || words.and.has(tokens[last + 1]?.lower ?? '')) break;
      // "Beta (formerly Gamma)" gives a former name, not a description; "Beta, another
      // Gamma subsidiary," does describe Beta: the name only qualifies the noun after it.
      if (inside.first - first < DESCRIPTION_WORDS && !qualifiesNoun(sentence, inside, last)) break;
      return { first, last };
    }
  }
  return undefined;
}

/** "Acme – a subsidiary of Beta – signed an agreement with Gamma": Acme - Gamma. */
export const appositiveSubject: CuePattern = {
  name: 'appositiveSubject',
  reads: 'cue',
  accepts: (cue) => !isLocatedInCue(cue),
  match(site) {
    const { sentence } = site;
    const apposition = appositionBefore(sentence, site.start);
    if (!apposition) return null;
    const orgs = sentence.orgs.filter(
      (o) => o.first < apposition.first || o.last > apposition.last,
    );
    return readSubject({ ...site, sentence: { ...sentence, orgs } });
  },
};

/** The cue read by the first of SUBJECT_READERS that reads it, or null. */
export function readSubject(site: CueSite): ReturnType<CuePattern['match']> {
  for (const reader of SUBJECT_READERS) {
    if (!reader.accepts(site.cue)) continue;
    const found = reader.match(site);
    if (found !== null) return found;
  }
  return null;
}
