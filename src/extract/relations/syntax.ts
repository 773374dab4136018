/**
 * The syntax the relation patterns read: a sentence's parties (organisation slots) and
 * places in its token stream, coordination ("A and B"), "with" phrases, and cue matching.
 */
import type { Cue } from '../knowledge/index.js';
import type { PlaceLookup, ResolvedDocument, ResolvedMention } from '../types.js';
import type { Token } from '../text/tokens.js';
import { indexOf } from '../text/match.js';
import type { RelationWords } from './words.js';

/** An organisation slot: a mention, or a first-person pronoun standing for one. */
export interface Party {
  key: string;
  first: number; // token index
  last: number;
  possessive: boolean;
  weak: boolean;
  /** A definite "the company" standing for an earlier subject (relations/reference.ts). */
  reference?: boolean;
}

/** A place mention, by token positions. */
export interface PlaceSlot {
  key: string;
  first: number;
  last: number;
  /** Found through a nationality word ("the Kenyan operator"). */
  demonym: boolean;
  /** After a locative preposition ("in Lagos"), or in a list after one. */
  locative: boolean;
  /** "Lagos-based". */
  basedIn: boolean;
}

/** A document as the relation stage reads it: its words, mentions and tokens by sentence. */
export interface DocumentSyntax {
  document: ResolvedDocument;
  words: RelationWords;
  mentionsBySentence: ReadonlyMap<number, ResolvedMention[]>;
  /** Each sentence's tokens, made once and shared by every check. */
  sentenceTokens: readonly Token[][];
  /** The gazetteer, for the patterns that ask what a word names (relations/local-units.ts). */
  places?: PlaceLookup | undefined;
}

/** One sentence as the relation patterns read it. */
export interface ParsedSentence {
  document: ResolvedDocument;
  /** The sentence's index in the document. */
  index: number;
  tokens: Token[];
  /** Parties in token order. */
  orgs: Party[];
  places: PlaceSlot[];
  /** Region ids the sentence's relations happen in: its places, except nationalities and "X-based". */
  regions: string[];
  words: RelationWords;
}

/** How far before a cue its subject may end, in tokens. */
export const SUBJECT_WINDOW = 12;
/** How far after a cue its object may start, in tokens. */
export const OBJECT_WINDOW = 10;
/** "A and B <cue>": how far before the cue the coordinated subject may end. */
export const COORDINATED_WINDOW = 7;
/** "one of B's partners": how far before the cue the possessor may end. */
export const POSSESSOR_REACH = 4;
/** A name and the words describing it ("the Kenyan operator Acme") within one noun phrase. */
export const NOUN_PHRASE_REACH = 4;

export function cueAt(cues: readonly Cue[], tokens: readonly Token[], index: number): Cue | null {
  return indexOf(cues, (cue) => cue.words).at(tokens, index);
}

/** Token index range of a mention, by offsets. */
export function tokenRange(
  tokens: readonly Token[],
  mention: { start: number; end: number },
): [number, number] | null {
  let first = -1;
  let last = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    if (first < 0 && token.end > mention.start) first = i;
    if (token.start < mention.end) last = i;
  }
  return first >= 0 && last >= first ? [first, last] : null;
}

export function hasComma(
  document: ResolvedDocument,
  tokens: readonly Token[],
  from: number,
  to: number,
): boolean {
  const left = tokens[from];
  const right = tokens[to];
  return (
    left !== undefined &&
    right !== undefined &&
    /[,;:—–]/.test(document.text.slice(left.end, right.start))
  );
}

/** The party right after token `index` (allowing one article), or undefined. */
export function orgAfter(sentence: ParsedSentence, index: number, maxGap = 2): Party | undefined {
  return sentence.orgs.find((o) => o.first > index && o.first - index <= maxGap);
}

/** "A y el grupo chino B": at most this many words describe the noun of a member. */
export const MEMBER_ADJECTIVES = 2;

/**
 * "el grupo chino", "le groupe chinois" before a member of "A and B": an article, a noun
 * for a kind of organisation and a few lower-case words describing it.
 */
export function describesMember(words: RelationWords, phrase: readonly Token[]): boolean {
  const [article, noun, ...adjectives] = phrase;
  return (
    article !== undefined &&
    noun !== undefined &&
    words.articles.has(article.lower) &&
    words.orgNouns.has(noun.lower) &&
    adjectives.length <= MEMBER_ADJECTIVES &&
    adjectives.every(
      (word) =>
        !word.cap &&
        !words.articles.has(word.lower) &&
        !words.of.has(word.lower) &&
        !words.relatives.has(word.lower),
    )
  );
}

/** "A and B": the party coordinated with `party`, if any. */
export function coordinated(sentence: ParsedSentence, party: Party): Party | undefined {
  const { tokens, words } = sentence;
  // Between the two: "and", maybe followed by an article ("A und die B", "A and the B").
  const joins = (from: number, to: number) => {
    const between = tokens.slice(from, to);
    return (
      (between.length === 1 ||
        (between.length === 2 && words.articles.has(between[1]?.lower ?? '')) ||
        describesMember(words, between.slice(1))) &&
      words.and.has(between[0]?.lower ?? '')
    );
  };
  return sentence.orgs.find(
    (o) =>
      (o.first > party.last && joins(party.last + 1, o.first)) ||
      (o.last < party.first && joins(o.last + 1, party.first)),
  );
}

/** "... with A" or "... with A and B": the party is the object of "with". */
export function governedByWith(sentence: ParsedSentence, party: Party): boolean {
  const { tokens, words } = sentence;
  const before = tokens[party.first - 1]?.lower ?? '';
  const twoBefore = tokens[party.first - 2]?.lower ?? '';
  const partner = coordinated(sentence, party);
  const partnerBefore =
    partner && partner.first < party.first ? (tokens[partner.first - 1]?.lower ?? '') : '';
  return words.with.has(before) || words.with.has(twoBefore) || words.with.has(partnerBefore);
}

/**
 * "Acme Holding Group (Acme Holding) and Beta": the short form in parentheses is the
 * same party, so it joins the name before it and "and Beta" coordinates with both.
 */
export function mergeParenthesised(
  document: ResolvedDocument,
  tokens: readonly Token[],
  orgs: Party[],
): void {
  for (let i = orgs.length - 1; i > 0; i--) {
    const current = orgs[i];
    const previous = orgs[i - 1];
    if (!current || !previous || current.key !== previous.key) continue;
    const nameEnd = tokens[previous.last];
    const shortStart = tokens[current.first];
    // The name's token may stop before the full stop of its legal form: "Acme Inc. (AI)".
    if (
      nameEnd &&
      shortStart &&
      /^\.?\s*\(\s*[“"]?$/u.test(document.text.slice(nameEnd.end, shortStart.start))
    ) {
      // The closing parenthesis belongs to the party too: the next token follows it.
      previous.last = current.last;
      previous.possessive = current.possessive;
      orgs.splice(i, 1);
    }
  }
}

/** Does a sentence break or more than a noun phrase's words separate tokens `from` and `to`? */
export function hasVerbBetween(
  document: ResolvedDocument,
  tokens: readonly Token[],
  from: number,
  to: number,
): boolean {
  const left = tokens[from];
  const right = tokens[to];
  if (!left || !right) return true;
  // A nationality describes a name only within its own noun phrase.
  return (
    /[.;:!?]/.test(document.text.slice(left.end, right.start)) || to - from > NOUN_PHRASE_REACH
  );
}
