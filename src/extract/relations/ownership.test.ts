import { describe, expect, it } from 'vitest';
import { possessiveUnit } from './ownership.js';
import { cueSite, shown, traced } from '../__fixtures__/relations.js';

describe('possessiveUnit', () => {
  it("links the unit named after the possessor's unit noun to the possessor", () => {
    const site = cueSite(
      "Orvalis Networks Ltd's Indian subsidiary, Tremon Cloud Inc, opened a plant.",
    );
    expect(shown(possessiveUnit.match(site))).toEqual([
      'subsidiary tremon-cloud -> orvalis-networks',
    ]);
  });

  it('does not link the subject before the possessor to it', () => {
    const found = traced(
      "Borealis Mining Ltd and Orvalis Networks Ltd's Indian subsidiary, Tremon Cloud Inc, formed a venture.",
    );
    expect(found).toContain('possessiveUnit: subsidiary tremon-cloud -> orvalis-networks');
    expect(
      found.filter((line) => line.includes('borealis') && line.includes('subsidiary')),
    ).toEqual([]);
  });

  it('leaves a unit noun without a named unit after it', () => {
    expect(
      possessiveUnit.match(cueSite("Orvalis Networks Ltd's subsidiary opened a plant.")),
    ).toBeNull();
  });

  it('reads no possessor that is not a name', () => {
    expect(traced("The group's subsidiary, Tremon Cloud Inc, opened a plant.")).toEqual([]);
  });
});

describe('possessiveDeterminerUnit', () => {
  const cases: [string, string][] = [
    ['en', 'Orvalis Networks Ltd, through its ports arm Tremon Cloud Inc, runs two terminals.'],
    ['fr', 'Orvalis SA et sa filiale Tremon Systèmes SAS ouvrent une usine.'],
    ['es', 'Grupo Solara SA y su filial Tremon Sistemas SA abren una planta.'],
    ['pt', 'A Borealis Mineração SA e sua subsidiária Tremon Sistemas SA abrem uma fábrica.'],
    [
      'it',
      'Borealis Minerali SpA e la sua controllata Tremon Sistemi SpA aprono uno stabilimento.',
    ],
  ];
  it.each(cases)('%s: %s', (language, sentence) => {
    const found = traced(sentence, language).filter((line) =>
      line.startsWith('possessiveDeterminerUnit:'),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/subsidiary tremon-[a-z-]+ -> /);
  });

  it('links nothing without a named unit or owner', () => {
    expect(traced('Orvalis Networks Ltd said its arm would grow.')).toEqual([]);
    expect(traced('Its subsidiary Tremon Cloud Inc opened a plant.')).toEqual([]);
  });
});
