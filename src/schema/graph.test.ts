import { describe, expect, it } from 'vitest';
import seedJson from '../test-support/seed-graph.json';
import { validateGraph } from './graph';

/** The seed graph, written before nodes could carry a Wikidata item. */
const seed = () => structuredClone(seedJson) as { nodes: Record<string, unknown>[] };

describe('node wikidata and description', () => {
  it('are optional: a graph without them stays valid', () => {
    expect(seed().nodes.some((n) => 'wikidata' in n || 'description' in n)).toBe(false);
    expect(validateGraph(seed()).ok).toBe(true);
  });

  it('are kept when present', () => {
    const graph = seed();
    const node = graph.nodes.find((n) => n.type === 'company')!;
    node.wikidata = 'Q246';
    node.description = 'German automotive brand';
    const result = validateGraph(graph);
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(result.graph.nodes.find((n) => n.id === node.id)).toMatchObject({
        wikidata: 'Q246',
        description: 'German automotive brand',
      });
  });

  it('refuse an id that is not a Wikidata item', () => {
    for (const bad of ['246', 'P31', 'q246', 'Q', 'Q246 ', 'https://www.wikidata.org/wiki/Q246']) {
      const graph = seed();
      const index = graph.nodes.findIndex((n) => n.type === 'company');
      graph.nodes[index]!.wikidata = bad;
      const result = validateGraph(graph);
      expect(result.ok ? '' : result.error).toMatch(
        new RegExp(`^nodes\\[${index}\\]\\.wikidata: expected a Wikidata item id`),
      );
    }
  });
});
