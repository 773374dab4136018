import { describe, expect, it } from 'vitest';
import { fakePlaces, knowledge, sentenced } from '../__fixtures__/helpers.js';
import { extractEntities } from '../stages/entities.js';

const places = fakePlaces({});

function orgs(text: string, language: string): string[] {
  const { mentions } = extractEntities(sentenced(text, language), knowledge, places);
  return mentions.filter((m) => m.kind === 'org').map((m) => m.text);
}

// "OPA" (offre / oferta / offerta pública de adquisición): a takeover bid, an event
// (data/org-keywords.csv); the bidder after its "de" may be a name.
describe('a takeover bid ("OPA de Acme") names no organisation, its bidder may', () => {
  it.each([
    ['fr', "L'OPA de Solvane Énergie SA sur Tremon a réussi.", 'Solvane Énergie SA'],
    ['es', 'La OPA de Grupo Solara sobre Tremon fue aprobada.', 'Grupo Solara'],
    ['pt', 'A OPA da Borealis Mining sobre a Tremon foi aprovada.', 'Borealis Mining'],
    ['it', "L'OPA di Velmar Holding su Tremon è riuscita.", 'Velmar Holding'],
  ])('(%s) %s', (language, text, bidder) => {
    const found = orgs(text, language);
    expect(found.filter((name) => name.startsWith('OPA'))).toEqual([]);
    expect(found).toContain(bidder);
  });
});
