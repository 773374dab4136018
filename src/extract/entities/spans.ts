/**
 * From capitalised runs to name candidates: a run is split at the role titles inside it
 * ("Acme VP Jane Roe" -> [Acme] VP [Jane Roe]), and each piece loses the words in front that
 * are not part of the name (entities/front.ts).
 */
import type { Token } from '../text/tokens.js';
import type { Run } from '../text/runs.js';
import type { Span } from './candidate.js';
import type { EntityContext } from './context.js';
import { trimFront } from './front.js';
import { MAX_NAME_TOKENS, textOf, titleAt } from './lexicons.js';
import { articleOfPlace } from './places.js';

/** A run, or the part of it between role titles. */
export interface Piece {
  first: number;
  last: number;
  titleBefore?: string;
  titleAfter?: string;
}

/** What a sentence gives every candidate in it. */
export type SentenceFacts = Pick<Span, 'sentence' | 'tokens' | 'cues' | 'titleCase'>;

export function splitAtTitles(context: EntityContext, tokens: readonly Token[], run: Run): Piece[] {
  const pieces: Piece[] = [];
  let start = run.first;
  let pendingTitle: string | undefined;
  for (let i = run.first; i <= run.last; i++) {
    const end = titleAt(context.words, tokens, i);
    if (end > 0 && end - 1 <= run.last) {
      const title = textOf(context.document, tokens, i, end - 1);
      if (i > start)
        pieces.push({
          first: start,
          last: i - 1,
          ...(pendingTitle ? { titleBefore: pendingTitle } : {}),
          titleAfter: title,
        });
      pendingTitle = title;
      start = end;
      i = end - 1;
    }
  }
  if (start <= run.last)
    pieces.push({
      first: start,
      last: run.last,
      ...(pendingTitle ? { titleBefore: pendingTitle } : {}),
    });
  return pieces;
}

/**
 * The candidate a piece names once function words, honorifics, "of" after a title, amounts
 * and head nouns ("Shares of") are off its front; null when nothing is left or the rest is
 * too long for a name.
 */
export function spanOf(context: EntityContext, sentence: SentenceFacts, piece: Piece): Span | null {
  const { tokens, titleCase } = sentence;
  const { knowledge, words, document } = context;
  const { last } = piece;
  const front = trimFront(tokens, piece.first, last, words, knowledge, document.language);
  const { honorific, ofTitle } = front;
  // "Los Angeles", "The Hague": the article stays when the whole is a place.
  const keepArticle =
    !honorific && !ofTitle && articleOfPlace(context, tokens, piece.first, front.first, last);
  const first = keepArticle ? piece.first : front.first;
  if (first > last) return null;
  if (last - first + 1 > MAX_NAME_TOKENS && !titleCase) return null;
  // "CEO of Acme": Acme is the title's organisation, not a titled person.
  const titleBefore = ofTitle ? undefined : piece.titleBefore;
  return { ...sentence, first, last, titleBefore, titleAfter: piece.titleAfter, honorific };
}
