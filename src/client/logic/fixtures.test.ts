import { describe, expect, it } from 'vitest';
import { validateGraph } from '../../schema/graph';
import invalid from '../../test-support/invalid-graph.json';
import atlas from '../../test-support/atlas-graph.json';
import seed from '../../test-support/seed-graph.json';

describe('shared graph fixtures', () => {
  it('the seed fixture is a valid graph', () => {
    const r = validateGraph(structuredClone(seed));
    expect(r.ok ? 'ok' : r.error).toBe('ok');
  });

  it('the atlas fixture (built by the extractor) is a valid graph of about 300 nodes', () => {
    const r = validateGraph(structuredClone(atlas));
    expect(r.ok ? 'ok' : r.error).toBe('ok');
    expect(atlas.nodes.length).toBeGreaterThan(250);
    expect(new Set(atlas.documents.map((d) => d.language))).toEqual(
      new Set(['en', 'fr', 'de', 'es', 'pt', 'it']),
    );
  });

  it('the invalid fixture fails with a message naming the field', () => {
    const r = validateGraph(structuredClone(invalid));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^nodes\[3\]\.type: .*"firm"/);
  });
});
