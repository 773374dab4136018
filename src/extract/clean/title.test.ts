import { describe, expect, it } from 'vitest';
import { clean } from '../stages/clean.js';
import { loadTextKnowledge } from '../knowledge/text.js';
import { DEFAULT_DATA_DIR } from '../knowledge/data-dir.js';
import { loadKnowledge } from '../knowledge/index.js';
import type { RawDocument } from '../types.js';
import { cutAtWord, isCaption, isHeadline } from './title.js';

const knowledge = loadTextKnowledge(DEFAULT_DATA_DIR, loadKnowledge(DEFAULT_DATA_DIR));
const captions = knowledge.boilerplate.captionPatterns;

/** The title the clean stage gives a plain-text page without one of its own. */
const titleOf = (text: string, file = 'pages/page-17.txt') => {
  const doc: RawDocument = { id: 'page-17', file, format: 'txt', date: null, text };
  return clean(doc, knowledge).title;
};

const BODY =
  'Orvalis Energy signed a supply agreement with Tremon Mining on Monday, the two companies said in a statement.';

describe('headline', () => {
  it.each([
    ['en', 'Orvalis Energy signs supply deal with Tremon Mining'],
    ['fr', 'Orvalis Énergie signe un accord avec Tremon Mining'],
    ['de', 'Orvalis Energie schließt Liefervertrag mit Tremon Mining'],
    ['es', 'Orvalis Energía firma un acuerdo con Tremon Minería'],
    ['pt', 'Orvalis Energia assina acordo com Tremon Mineração'],
    ['it', 'Orvalis Energia firma un accordo con Tremon Miniere'],
  ])('takes the headline above the body (%s)', (_language, headline) => {
    expect(titleOf(`${headline}\n\n${BODY}`)).toBe(headline);
  });

  it('skips menu words, bylines, section names, dates and captions above it', () => {
    const page = [
      'Skip to main content',
      'Jane Roe',
      'Economy',
      '2021 March 4 12:05',
      'Wind turbines, solar panels and power lines',
      'Photo: Jane Roe/Newsly',
      'Orvalis Energy signs supply deal with Tremon Mining',
      '',
      BODY,
    ].join('\n');
    expect(titleOf(page)).toBe('Orvalis Energy signs supply deal with Tremon Mining');
  });

  it('isHeadline: names something in a few words, and is no date', () => {
    expect(isHeadline('Orvalis buys Tremon for $2bn')).toBe(true);
    expect(isHeadline('Wind turbines, solar panels and power lines')).toBe(false);
    expect(isHeadline('Thursday, 8 April 2021')).toBe(false);
    expect(isHeadline('Jane Roe')).toBe(false);
    expect(isHeadline('Orvalis buys Tremon')).toBe(true);
    expect(isHeadline('Jane Maria Roe')).toBe(false);
  });
});

describe('first sentence', () => {
  it('without a headline, the first sentence cut at a word', () => {
    const long = `${BODY.slice(0, -1)} after months of talks about the price of ore and the length of the contract.`;
    const title = titleOf(`${long}\n\nThe deal runs for ten years.`);
    expect(title.endsWith('…')).toBe(true);
    expect(title.length).toBeLessThanOrEqual(121);
    expect(long.startsWith(title.slice(0, -1))).toBe(true);
  });

  it.each([
    ['a dateline', `LAKEVIEW, March 4 ${BODY}`],
    ['an agency credit', `LAKEVIEW (Newsly) - ${BODY}`],
    ['a note to editors', `(Repeats to widen distribution)\n\n${BODY}`],
    ['a photo caption', `The Orvalis plant in Lakeview in this file photo.\n\n${BODY}`],
    ['a place line', `Lakeview/Borgo. ${BODY}`],
  ])('skips %s', (_what, text) => {
    expect(titleOf(text)).toBe(cutAtWord(BODY));
  });

  it('the file name only when the text has no sentence', () => {
    expect(titleOf('Orvalis.\n\nTremon.')).toBe('page-17');
  });
});

describe('isCaption', () => {
  it.each([
    'Photo: Jane Roe',
    'Jane Roe/Newsly',
    'A worker at the Orvalis plant in this file photo.',
    'Crédit photo : Jane Roe',
    'Foto: Jane Roe',
    'Foto de archivo de una planta de Orvalis.',
    'Foto de arquivo de uma fábrica da Orvalis.',
    "Foto d'archivio di uno stabilimento Orvalis.",
  ])('a caption or credit: %s', (text) => {
    expect(isCaption(text, captions)).toBe(true);
  });

  it('not a sentence of the story', () => {
    expect(isCaption(BODY, captions)).toBe(false);
  });
});
