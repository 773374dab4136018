/**
 * The syntax the relation stage reads: parties (organisation slots) in a token stream,
 * coordination ("A and B"), "with" phrases, and cue matching.
 */
import type { Cue } from '../knowledge/index.js';
import type { ResolvedDocument } from '../types.js';
import type { Token } from '../text/tokens.js';
import { indexOf } from '../text/match.js';

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

export interface Ctx {
  tokens: Token[];
  orgs: Party[];
  places: {
    key: string;
    first: number;
    last: number;
    demonym: boolean;
    locative: boolean;
    basedIn: boolean;
  }[];
  /** Words ending a prepositional cue ("of", "de", "to"). */
  prepositions: ReadonlySet<string>;
  possessives: ReadonlySet<string>;
  stakeWords: ReadonlySet<string>;
  sets: {
    with: ReadonlySet<string>;
    between: ReadonlySet<string>;
    and: ReadonlySet<string>;
    articles: ReadonlySet<string>;
  };
}

export const SUBJECT_WINDOW = 12;
export const OBJECT_WINDOW = 10;
export const COORDINATED_WINDOW = 7;

export function cueAt(cues: readonly Cue[], tokens: readonly Token[], i: number): Cue | null {
  return indexOf(cues, (c) => c.words).at(tokens, i);
}

/** Token index range of a mention, by offsets. */
export function tokenRange(
  tokens: readonly Token[],
  m: { start: number; end: number },
): [number, number] | null {
  let a = -1;
  let b = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (a < 0 && t.end > m.start) a = i;
    if (t.start < m.end) b = i;
  }
  return a >= 0 && b >= a ? [a, b] : null;
}

export function hasComma(
  doc: ResolvedDocument,
  tokens: readonly Token[],
  from: number,
  to: number,
): boolean {
  const a = tokens[from];
  const b = tokens[to];
  return a !== undefined && b !== undefined && /[,;:—–]/.test(doc.text.slice(a.end, b.start));
}

/** The org immediately after token i (allowing one article), or undefined. */
export function orgAfter(ctx: Ctx, i: number, maxGap = 2): Party | undefined {
  return ctx.orgs.find((o) => o.first > i && o.first - i <= maxGap);
}

/** "A and B": the org coordinated with `p`, if any. */
export function coordinated(ctx: Ctx, p: Party): Party | undefined {
  // Between the two: "and", maybe followed by an article ("A und die B", "A and the B").
  const joins = (from: number, to: number) => {
    const between = ctx.tokens.slice(from, to);
    return (
      (between.length === 1 ||
        (between.length === 2 && ctx.sets.articles.has(between[1]?.lower ?? ''))) &&
      ctx.sets.and.has(between[0]?.lower ?? '')
    );
  };
  return ctx.orgs.find(
    (o) =>
      (o.first > p.last && joins(p.last + 1, o.first)) ||
      (o.last < p.first && joins(o.last + 1, p.first)),
  );
}

export function governedByWith(ctx: Ctx, p: Party): boolean {
  const before = ctx.tokens[p.first - 1]?.lower ?? '';
  const before2 = ctx.tokens[p.first - 2]?.lower ?? '';
  const co = coordinated(ctx, p);
  const coBefore = co && co.first < p.first ? (ctx.tokens[co.first - 1]?.lower ?? '') : '';
  return ctx.sets.with.has(before) || ctx.sets.with.has(before2) || ctx.sets.with.has(coBefore);
}

/**
 * "Acme Holding Group (Acme Holding) and Beta": the short form in parentheses is the
 * same party, so it joins the name before it and "and Beta" coordinates with both.
 */
export function mergeParenthesised(
  doc: ResolvedDocument,
  tokens: readonly Token[],
  orgs: Party[],
): void {
  for (let i = orgs.length - 1; i > 0; i--) {
    const cur = orgs[i];
    const prev = orgs[i - 1];
    if (!cur || !prev || cur.key !== prev.key) continue;
    const a = tokens[prev.last];
    const b = tokens[cur.first];
    // The name's token may stop before the full stop of its legal form: "Acme Inc. (AI)".
    if (a && b && /^\.?\s*\(\s*[“"]?$/u.test(doc.text.slice(a.end, b.start))) {
      // The closing parenthesis belongs to the party too: the next token follows it.
      prev.last = cur.last;
      prev.possessive = cur.possessive;
      orgs.splice(i, 1);
    }
  }
}

export function hasVerbBetween(
  doc: ResolvedDocument,
  tokens: readonly Token[],
  a: number,
  b: number,
): boolean {
  const from = tokens[a];
  const to = tokens[b];
  if (!from || !to) return true;
  // A nationality describes a name only within its own noun phrase.
  return /[.;:!?]/.test(doc.text.slice(from.end, to.start)) || b - a > 4;
}

export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
