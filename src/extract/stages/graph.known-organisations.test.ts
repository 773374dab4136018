import { describe, expect, it } from 'vitest';
import { fakePlaces, knowledge, sentenced } from '../__fixtures__/helpers.js';
import type { KnownOrganisation, OrganisationLookup } from '../knowledge/known-organisations.js';
import { attachDates } from './dates.js';
import { extractEntities } from './entities.js';
import { buildGraph, type GraphOptions } from './graph.js';
import { extractRelations } from './relations.js';
import { resolveCorpus } from './resolve.js';

/** A made-up table, looked up by the name without its legal form, as the real one is. */
const TABLE: Record<string, KnownOrganisation> = {
  kestrova: {
    wikidata: 'Q101',
    label: 'Kestrova',
    description: 'Ruritanian shipping company',
    ambiguous: false,
  },
  brisk: { wikidata: 'Q102', label: 'Brisk', description: 'retail chain', ambiguous: true },
};
const lookup: OrganisationLookup = (name) =>
  TABLE[name.replace(/\s+(Ltd|S\.A\.)$/u, '').toLowerCase()];

function graphOf(text: string, organisations?: OrganisationLookup) {
  const places = fakePlaces({});
  const entities = extractEntities(sentenced(text), knowledge, places);
  const resolved = resolveCorpus([entities], { knowledge, places });
  const dated = resolved.map((doc) => attachDates(extractRelations(doc, knowledge)));
  const options: GraphOptions = {
    regions: { region: () => undefined },
    texts: 'inline',
    ...(organisations ? { organisations } : {}),
  };
  return buildGraph(dated, options);
}

const node = (graph: ReturnType<typeof graphOf>, label: string) =>
  graph.nodes.find((n) => n.label === label);

describe('known organisations in the graph', () => {
  const text = 'Orvalis Ltd signed a supply agreement with Kestrova Ltd in 2021.';

  it('gives a node the table knows its Wikidata item and description', () => {
    const kestrova = node(graphOf(text, lookup), 'Kestrova');
    expect(kestrova?.wikidata).toBe('Q101');
    expect(kestrova?.description).toBe('Ruritanian shipping company');
  });

  it('leaves nodes the table does not know, and every node without a lookup, as they were', () => {
    expect(node(graphOf(text, lookup), 'Orvalis')?.wikidata).toBeUndefined();
    expect(node(graphOf(text), 'Kestrova')?.wikidata).toBeUndefined();
  });

  it('gives an ambiguous label nothing, unless the text writes it with a legal form', () => {
    const plain = graphOf('Orvalis Ltd signed a supply agreement with the retailer Brisk.', lookup);
    expect(node(plain, 'Brisk')).toBeDefined();
    expect(node(plain, 'Brisk')?.wikidata).toBeUndefined();
    const legal = graphOf('Orvalis Ltd signed a supply agreement with Brisk S.A. in 2021.', lookup);
    expect(node(legal, 'Brisk')?.wikidata).toBe('Q102');
  });
});
