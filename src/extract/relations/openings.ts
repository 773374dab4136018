/**
 * A sentence that opens with a possessive determiner and a unit noun: "Its subsidiary Beta
 * runs the terminal.", "Sa filiale Beta ...". The owner is the organisation the previous
 * sentences were about, when they name exactly one (relations/reference.ts).
 */
import type { RelationCandidate } from '../types.js';
import { UNIT_LIST } from './confidence.js';
import { constructionLink } from './constructions.js';
import { UNIT_MODIFIERS, UNIT_NAME_WINDOW } from './ownership.js';
import { parseSentence } from './parse.js';
import type { DocumentPattern } from './pattern.js';
import { antecedent } from './reference.js';
import { orgAfter, type DocumentSyntax } from './syntax.js';

/** Units of sentence `index` if it opens with "its <unit noun> Beta", with the noun's index. */
function openingUnit(syntax: DocumentSyntax, index: number) {
  const tokens = syntax.sentenceTokens[index] ?? [];
  const { possessives, unitNouns, reference } = syntax.words;
  // "Its subsidiary", or with an article first: "La sua controllata".
  const at = reference.articles.has(tokens[0]?.lower ?? '') ? 1 : 0;
  if (!possessives.has(tokens[at]?.lower ?? '')) return undefined;
  const noun = tokens.findIndex(
    (t, index) => index > at && index <= at + 1 + UNIT_MODIFIERS && unitNouns.has(t.lower),
  );
  if (noun < 0) return undefined;
  const sentence = parseSentence(syntax, index, undefined);
  const unit = orgAfter(sentence, noun, UNIT_NAME_WINDOW);
  return unit && { sentence, unit, noun };
}

/** "Acme runs ports. Its subsidiary Beta runs the terminal.": Beta -> Acme. */
export const openingPossessiveUnit: DocumentPattern = {
  name: 'openingPossessiveUnit',
  reads: 'document',
  match(syntax) {
    const found: RelationCandidate[] = [];
    syntax.document.sentences.forEach((sentence, index) => {
      if (sentence.peripheral) return;
      const opening = openingUnit(syntax, index);
      const owner = opening && antecedent(syntax, index, syntax.words.reference.leading);
      if (!opening || !owner) return;
      const { noun, unit } = opening;
      const party = { key: owner, first: 0, last: 0, possessive: false, weak: false };
      const trigger = { start: 0, end: noun, confidence: UNIT_LIST };
      found.push(...constructionLink(opening.sentence, trigger, 'subsidiary', unit, party));
    });
    return found;
  },
};
