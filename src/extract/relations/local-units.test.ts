import { describe, expect, it } from 'vitest';
import { fakePlaces, place } from '../__fixtures__/helpers.js';
import { traced } from '../__fixtures__/relations.js';

const places = fakePlaces({
  Chile: place('region:country:CL', 'Chile'),
  Maputo: place('region:city:1040652', 'Maputo', 'city'),
  Mining: place('region:macro:mining', 'Mining', 'macro'),
});

const byUnit = (text: string, language = 'en') =>
  traced(text, language, places)
    .filter((line) => line.startsWith('localUnit:'))
    .map((line) => line.slice('localUnit: '.length));

describe('localUnit', () => {
  it('links a unit named after its parent and a country or a city to the parent', () => {
    const text =
      'Orvalis Networks Ltd said on Monday that it would expand. Orvalis Networks Chile will open a plant and Orvalis Networks Maputo will run the terminal, Orvalis Networks said.';
    expect(byUnit(text)).toEqual([
      'subsidiary orvalis-networks-chile -> orvalis-networks',
      'subsidiary orvalis-networks-maputo -> orvalis-networks',
    ]);
  });

  it('needs the rest of the name to be a country, a state or a city', () => {
    const text =
      'Orvalis Networks Ltd said on Monday that Orvalis Networks Mining will open a plant, Orvalis Networks said.';
    expect(byUnit(text)).toEqual([]);
  });

  it('needs the parent named on its own in the document', () => {
    expect(byUnit('Orvalis Networks Chile said on Monday that it will open a plant.')).toEqual([]);
  });

  it('reads nothing when the gazetteer knows no such place', () => {
    const text =
      'Orvalis Networks Ltd said on Monday that Orvalis Networks Chile will open a plant, Orvalis Networks said.';
    expect(traced(text, 'en').some((line) => line.startsWith('localUnit:'))).toBe(false);
  });
});
