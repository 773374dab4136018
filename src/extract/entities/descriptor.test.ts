import { describe, expect, it } from 'vitest';
import { fakePlaces, knowledge, sentenced } from '../__fixtures__/helpers.js';
import { extractEntities } from '../stages/entities.js';

const places = fakePlaces({});

/** The organisations of a text, and the rules that read a descriptor noun. */
function read(text: string, language = 'de') {
  const rules: string[] = [];
  const entities = extractEntities(sentenced(text, language), knowledge, places, (entry) => {
    if (entry.rule === 'nameAfterDescriptorNoun') rules.push(entry.surface);
  });
  const kinds = (kind: string) =>
    entities.mentions.filter((m) => m.kind === kind).map((m) => m.text);
  return { orgs: kinds('org'), all: entities.mentions.map((m) => m.text), rules };
}

describe('a noun describing the name after it (nameAfterDescriptorNoun)', () => {
  it('reads the name without a compound ending in an organisation noun (de)', () => {
    const found = read('Die Nordwind AG arbeitet mit der Energiefirma Borealis Mining GmbH.');
    expect(found.orgs).toContain('Borealis Mining GmbH');
    expect(found.all).not.toContain('Energiefirma Borealis Mining GmbH');
    expect(found.rules).toEqual(['Energiefirma Borealis Mining GmbH']);
  });

  it('reads the name without the organisation noun itself (de)', () => {
    const found = read('Der Konzern Tremon Systeme AG baut ein Werk.');
    expect(found.orgs).toEqual(['Tremon Systeme AG']);
    expect(read('Das Stromunternehmen Alpenwatt AG investiert.').orgs).toEqual(['Alpenwatt AG']);
    expect(read('Der Autozulieferer Kolbenwerk GmbH wächst.').orgs).toEqual(['Kolbenwerk GmbH']);
  });

  it('keeps a noun that is an organisation keyword ("Bank Austria", "Commerzbank")', () => {
    expect(read('Die Bank Solara AG wächst.').rules).toEqual([]);
    expect(read('Die Volksbank Nordwind AG wächst.').rules).toEqual([]);
  });

  it('keeps a name glued to the noun by a hyphen, and a lone noun', () => {
    expect(read('Der Nordwind-Konzern Acme AG wächst.').rules).toEqual([]);
    expect(read('Die Energiefirma wächst.').rules).toEqual([]);
  });

  it('applies only where every noun is capitalised', () => {
    expect(read('The Energiefirma Borealis Mining Ltd grew.', 'en').rules).toEqual([]);
  });
});
