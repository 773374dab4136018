import { describe, expect, it } from 'vitest';
import { fakePlaces, place } from '../__fixtures__/helpers.js';
import { activeIn, basedIn, locatedInCue, nationality } from './places.js';
import { cueSite, parsed, shown } from '../__fixtures__/relations.js';

const places = fakePlaces(
  {
    Lagos: place('region:city:1', 'Lagos', 'city'),
    Accra: place('region:city:2', 'Accra', 'city'),
  },
  { kenyan: place('region:country:KE', 'Kenya') },
);

/** The relations a sentence pattern finds in the last sentence. */
function sentenceMatch(pattern: typeof activeIn, text: string, language = 'en') {
  const sentence = parsed(text, language, places).sentences.at(-1);
  if (!sentence) throw new Error('no sentence');
  return shown(pattern.match(sentence));
}

describe('locatedInCue', () => {
  it('places the subject of "headquartered in", "basée à", "mit Sitz in"', () => {
    const en = cueSite(
      'Orvalis Networks Ltd, headquartered in Lagos, builds towers.',
      'en',
      places,
    );
    expect(shown(locatedInCue.match(en))).toEqual(['located_in orvalis-networks -> 1']);
    const fr = cueSite('Orvalis Networks SA, basée à Lagos, construit des tours.', 'fr', places);
    expect(shown(locatedInCue.match(fr))).toEqual(['located_in orvalis-networks -> 1']);
    const de = cueSite('Die Orvalis Networks AG mit Sitz in Lagos baut Masten.', 'de', places);
    expect(shown(locatedInCue.match(de))).toEqual(['located_in orvalis-networks -> 1']);
  });

  it('reads the cue and finds nothing without a place after it', () => {
    const site = cueSite('Orvalis Networks Ltd, headquartered in a tower, builds towers.', 'en');
    expect(locatedInCue.match(site)).toEqual([]);
  });
});

describe('activeIn', () => {
  it('places an organisation before "in" and a list of places', () => {
    expect(
      sentenceMatch(activeIn, 'Orvalis Networks Ltd opened offices in Lagos and Accra.'),
    ).toEqual(['active_in orvalis-networks -> 1', 'active_in orvalis-networks -> 2']);
  });

  it('does not place an organisation named after the place', () => {
    expect(sentenceMatch(activeIn, 'In Lagos, Orvalis Networks Ltd opened offices.')).toEqual([]);
  });
});

describe('basedIn', () => {
  it('places the name after or before "X-based"', () => {
    expect(
      sentenceMatch(basedIn, 'The Lagos-based lender Orvalis Finance Ltd raised money.'),
    ).toEqual(['located_in orvalis-finance -> 1']);
    expect(
      sentenceMatch(basedIn, 'Orvalis Finance Ltd, a Lagos-based lender, raised money.'),
    ).toEqual(['located_in orvalis-finance -> 1']);
  });
});

describe('nationality', () => {
  it('places the name a nationality describes', () => {
    expect(
      sentenceMatch(nationality, 'The Kenyan operator Orvalis Networks Ltd raised money.'),
    ).toEqual(['located_in orvalis-networks -> KE']);
  });

  it('does not reach beyond the noun phrase', () => {
    expect(
      sentenceMatch(
        nationality,
        'Kenyan buyers of towers and masts now favour Orvalis Networks Ltd.',
      ),
    ).toEqual([]);
  });
});
