import { describe, expect, it } from 'vitest';
import { fakePlaces, knowledge, place, sentenced } from '../__fixtures__/helpers.js';
import type { KnownOrganisation, OrganisationLookup } from '../knowledge/known-organisations.js';
import { extractEntities, type TraceEntry } from '../stages/entities.js';
import type { PlaceLookup } from '../types.js';

/** A made-up known-organisations table: only these names. */
const TABLE: Record<string, KnownOrganisation> = {
  kestrova: {
    wikidata: 'Q101',
    label: 'Kestrova',
    description: 'shipping company',
    ambiguous: false,
  },
  'velmar holdings': {
    wikidata: 'Q102',
    label: 'Velmar Holdings',
    description: 'investment company',
    ambiguous: false,
  },
  brisk: { wikidata: 'Q103', label: 'Brisk', description: 'retail chain', ambiguous: true },
  tandor: { wikidata: 'Q104', label: 'Tandor Group', description: 'bank', ambiguous: false },
  lagos: { wikidata: 'Q105', label: 'Lagos', description: 'bus operator', ambiguous: false },
  'tessel marin': {
    wikidata: 'Q106',
    label: 'Tessel Marin',
    description: 'ferry operator',
    ambiguous: false,
  },
};
const lookup: OrganisationLookup = (name) => TABLE[name.toLowerCase()];

function decisions(text: string, places: PlaceLookup = fakePlaces({})): string[] {
  const found: string[] = [];
  const trace = (entry: TraceEntry) =>
    found.push(`${entry.surface}: ${entry.decision} by ${entry.rule}`);
  const { mentions } = extractEntities(sentenced(text), knowledge, places, trace, lookup);
  for (const mention of mentions)
    if (mention.kind === 'org') found.push(`${mention.text} (${mention.strength})`);
  return found;
}

describe('weak names the known-organisations table lists', () => {
  it('makes a listed weak name a strong organisation', () => {
    const found = decisions('The new terminal will be run by Kestrova from next year.');
    expect(found).toContain('Kestrova: org by weakNameListed');
    expect(found).toContain('Kestrova (strong)');
  });

  it('takes a longer name the table writes the same way', () => {
    expect(decisions('The fund was set up with Velmar Holdings last year.')).toContain(
      'Velmar Holdings (strong)',
    );
  });

  it('needs nothing from the table without a lookup', () => {
    const { mentions } = extractEntities(
      sentenced('The new terminal will be run by Kestrova from next year.'),
      knowledge,
      fakePlaces({}),
    );
    expect(mentions.filter((m) => m.kind === 'org')).toEqual([]);
  });

  it.each([
    ['an ambiguous label (a word of the language)', 'The shop will be run by Brisk next year.'],
    ['a name a designator short of the label', 'The loan was arranged by Tandor next year.'],
    ['one word at a sentence start', 'Kestrova will run the new terminal.'],
    ['a title-case line', 'Kestrova Will Run The New Terminal From Next Year'],
  ])('accepts no %s', (_, text) => {
    expect(decisions(text).join()).not.toContain('weakNameListed');
  });

  it('accepts no one word where every noun is capitalised, and a longer name there', () => {
    const german = (text: string) => {
      const found: string[] = [];
      const trace = (entry: TraceEntry) => found.push(`${entry.surface}: ${entry.rule}`);
      extractEntities(sentenced(text, 'de'), knowledge, fakePlaces({}), trace, lookup);
      return found.join();
    };
    expect(german('Das neue Terminal betreibt künftig Kestrova.')).not.toContain('weakNameListed');
    expect(german('Das neue Terminal betreibt künftig Tessel Marin.')).toContain(
      'Tessel Marin: weakNameListed',
    );
  });

  it('leaves what the sentence says alone: a place stays a place', () => {
    const places = fakePlaces({ Lagos: place('region:city:1', 'Lagos', 'city') });
    const found = decisions('The new terminal will be run from Lagos next year.', places);
    expect(found).toContain('Lagos: place by placeFromGazetteer');
    expect(found.join()).not.toContain('weakNameListed');
  });

  it('leaves what the sentence says alone: a person stays a person', () => {
    const found = decisions('The terminal is a success, said Jane Kestrova.');
    expect(found.join()).not.toContain('weakNameListed');
  });

  it.each([
    ['en', 'Orvalis and Kestrova are rivals in the shipping market.'],
    ['fr', 'Orvalis et Kestrova sont rivaux sur le marché du transport maritime.'],
    ['es', 'Orvalis y Kestrova son rivales en el mercado del transporte marítimo.'],
    ['pt', 'Orvalis e Kestrova são rivais no mercado de transporte marítimo.'],
    ['it', 'Orvalis e Kestrova sono rivali nel mercato del trasporto marittimo.'],
  ])('makes a name coordinated with a listed one an organisation (%s)', (language, text) => {
    const found: string[] = [];
    const trace = (entry: TraceEntry) => found.push(`${entry.surface}: ${entry.rule}`);
    const { mentions } = extractEntities(
      sentenced(text, language),
      knowledge,
      fakePlaces({}),
      trace,
      lookup,
    );
    expect(found).toContain('Orvalis: listWithKnownOrganisation');
    const strong = mentions.filter((m) => m.kind === 'org' && m.strength === 'strong');
    expect(strong.map((m) => m.text).sort()).toEqual(['Kestrova', 'Orvalis']);
  });

  it('makes no organisation of a plural noun coordinated with a listed name', () => {
    const found = decisions('Analysts and Kestrova expect a rise in freight rates.');
    expect(found).toContain('Kestrova (strong)');
    expect(found.join()).not.toContain('Analysts (strong)');
  });
});
