/**
 * Places as the entity stage finds them in running text, with the real gazetteer: the
 * constructions of each language that name a place (sentences written for these tests).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledge, sentenced } from '../__fixtures__/helpers.js';
import { extractEntities } from '../stages/entities.js';
import { loadGazetteer } from './index.js';

const gazetteer = loadGazetteer(path.resolve(import.meta.dirname, '../../../data'));

/** The place mentions of a text (one sentence per line) as "surface=Region name". */
function placesIn(text: string, language: string): string[] {
  const found = extractEntities(sentenced(text, language), knowledge, gazetteer);
  return found.mentions
    .filter((mention) => mention.kind === 'place' && !mention.viaDemonym)
    .map((mention) => `${mention.text}=${mention.place?.name ?? '?'}`);
}

describe('a country name with an elided word inside', () => {
  it.each([
    ['fr', 'Orvalis SA ouvre une usine en Côte d’Ivoire.', 'Côte d’Ivoire=Ivory Coast'],
    ['fr', "En Côte d'Ivoire, Orvalis SA ouvre une usine.", "Côte d'Ivoire=Ivory Coast"],
    ['it', 'Orvalis SpA apre una fabbrica in Costa d’Avorio.', 'Costa d’Avorio=Ivory Coast'],
  ])('%s: %s', (language, text, expected) => {
    expect(placesIn(text, language)).toContain(expected);
  });

  it('does not make an organisation of the part after the elision', () => {
    const found = extractEntities(
      sentenced('Orvalis SA ouvre une usine en Côte d’Ivoire.', 'fr'),
      knowledge,
      gazetteer,
    );
    expect(found.mentions.filter((m) => m.kind === 'org').map((m) => m.text)).toEqual([
      'Orvalis SA',
    ]);
  });
});
