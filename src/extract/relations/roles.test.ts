import { describe, expect, it } from 'vitest';
import { fakePlaces, place } from '../__fixtures__/helpers.js';
import { worksFor } from './roles.js';
import { parsed } from '../__fixtures__/relations.js';

const places = fakePlaces({ Kenya: place('region:country:KE', 'Kenya') });

function roles(text: string) {
  return worksFor
    .match(parsed(text, 'en', places).syntax)
    .map((r) => `${r.source} -> ${r.target} (${r.role}) @${r.regions.join(',')}`);
}

describe('worksFor', () => {
  it('links a person to the organisation of their title, with the places in the title', () => {
    expect(roles('Jane Roe, managing director of Orvalis Networks Ltd in Kenya, spoke.')).toEqual([
      'person:jane-roe -> org:orvalis-networks (managing director) @region:country:KE',
    ]);
  });

  it('leaves out places after the title’s phrase', () => {
    expect(roles('Jane Roe, managing director of Orvalis Networks Ltd, spoke in Kenya.')).toEqual([
      'person:jane-roe -> org:orvalis-networks (managing director) @',
    ]);
  });
});
