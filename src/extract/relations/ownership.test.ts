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
