/**
 * The two cue patterns: mutual ("A and B signed an agreement", "A partnered with B",
 * "cooperation between A and B") and directed ("A supplies B", "A was acquired by B").
 */
import type { Cue } from '../knowledge/index.js';
import type { RelationCandidate, ResolvedDocument } from '../types.js';
import {
  COORDINATED_WINDOW,
  OBJECT_WINDOW,
  SUBJECT_WINDOW,
  coordinated,
  governedByWith,
  hasComma,
  orgAfter,
  type Ctx,
  type Party,
} from './syntax.js';

export type Emit = (t: RelationCandidate['type'], a: Party, b: Party, c: Cue, f: number) => void;

export function mutual(
  ctx: Ctx,
  i: number,
  cueEnd: number,
  cue: Cue,
  emit: (t: RelationCandidate['type'], a: Party, b: Party, c: Cue, f: number) => void,
  doc: ResolvedDocument,
): void {
  const { tokens, orgs, sets } = ctx;
  // "<cue> between A and B"
  if (sets.between.has(tokens[cueEnd + 1]?.lower ?? '')) {
    const a = orgAfter(ctx, cueEnd + 1);
    const b = a && coordinated(ctx, a);
    if (a && b) emit(cue.type, a, b, cue, 1);
    return;
  }
  // "A <cue> with B" (with B before or after the cue)
  const withIdx = tokens.findIndex(
    (t, j) => sets.with.has(t.lower) && j > i - 6 && j <= cueEnd + 6 && j !== i,
  );
  const b = withIdx >= 0 ? orgAfter(ctx, withIdx) : undefined;
  if (b) {
    const subject = [...orgs]
      .reverse()
      .find(
        (o) =>
          o.last < Math.min(i, withIdx) &&
          Math.min(i, withIdx) - o.last <= SUBJECT_WINDOW &&
          !governedByWith(ctx, o),
      );
    if (subject) {
      emit(cue.type, subject, b, cue, 0.95);
      const co = coordinated(ctx, subject);
      if (co && co.key !== b.key) emit(cue.type, co, b, cue, 0.9);
    }
    return;
  }
  // "A ... one of B's <cue>"
  const possessor = [...orgs].reverse().find((o) => o.possessive && o.last < i && i - o.last <= 4);
  if (possessor) {
    const subject = [...orgs]
      .reverse()
      .find((o) => o.last < possessor.first && possessor.first - o.last <= SUBJECT_WINDOW);
    if (subject) emit(cue.type, subject, possessor, cue, 0.8);
    return;
  }
  // "A and B <cue>": a coordinated subject right before the cue, no comma between.
  const b2 = [...orgs].reverse().find((o) => o.last < i && i - o.last <= COORDINATED_WINDOW);
  const a2 = b2 && coordinated(ctx, b2);
  if (
    b2 &&
    a2 &&
    a2.first < b2.first &&
    !hasComma(doc, tokens, b2.last, i) &&
    !governedByWith(ctx, a2)
  )
    emit(cue.type, a2, b2, cue, 0.85);
}

export function directed(
  ctx: Ctx,
  i: number,
  cueEnd: number,
  cue: Cue,
  emit: (t: RelationCandidate['type'], a: Party, b: Party, c: Cue, f: number) => void,
): void {
  const { orgs } = ctx;
  // The sentence's first organisation is its grammatical subject more often than not, and
  // may stand further back: "Acme (“Acme”, “we”) is a Lagos-based firm and a subsidiary of".
  const subject = [...orgs]
    .reverse()
    .find(
      (o) =>
        o.last < i &&
        i - o.last <= (o === orgs[0] ? 2 * SUBJECT_WINDOW : SUBJECT_WINDOW) &&
        !o.possessive,
    );
  if (!subject) return;
  // "A became one of B's suppliers": the possessor between subject and cue is the object.
  const possessor = orgs.find(
    (o) =>
      o.possessive &&
      o.key !== subject.key &&
      o.first > subject.last &&
      o.last < i &&
      i - o.last <= 4,
  );
  // A cue ending in a preposition ("supplier to", "filiale de") takes the name right after it;
  // "fournisseur de services ... Acme" describes Acme, it does not link to it.
  const window = ctx.prepositions.has(cue.words[cue.words.length - 1] ?? '') ? 3 : OBJECT_WINDOW;
  const object = possessor ?? orgs.find((o) => o.first > cueEnd && o.first - cueEnd <= window);
  if (!object) return;
  // "acquires a 30% stake in Beta" is an investment, not an acquisition.
  const stake =
    cue.type === 'acquisition' &&
    ctx.tokens.slice(cueEnd + 1, object.first).some((t) => ctx.stakeWords.has(t.lower));
  const type = stake ? 'investment' : cue.type;
  // "Acme and its subsidiary Beta": a possessive determiner before the cue turns it round.
  // Only role nouns turn round ("its subsidiary Beta"); actions do not ("its acquisition of Beta").
  const roleNoun = !ctx.prepositions.has(cue.words[cue.words.length - 1] ?? '');
  // A word inside a name is no determiner: in "Acme SA rachète Beta" the legal form "SA"
  // is spelt like French "sa" ("its") but ends the subject's name.
  const inName = ctx.orgs.some((o) => o.first <= i - 1 && i - 1 <= o.last);
  const reversed =
    roleNoun &&
    !inName &&
    ctx.possessives.has(ctx.tokens[i - 1]?.lower ?? '') &&
    object.first - cueEnd <= 2;
  if ((cue.pattern === 'forward') !== reversed)
    emit(type, subject, object, cue, possessor ? 0.85 : 0.9);
  else emit(type, object, subject, cue, 0.85);
}
