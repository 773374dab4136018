import { describe, expect, it } from 'vitest';
import { validateGraph } from '../../schema/graph';
import invalid from '../../test-support/invalid-graph.json';
import seed from '../../test-support/seed-graph.json';

describe('shared graph fixtures', () => {
  it('the seed fixture is a valid graph', () => {
    const r = validateGraph(structuredClone(seed));
    expect(r.ok ? 'ok' : r.error).toBe('ok');
  });

  it('the invalid fixture fails with a message naming the field', () => {
    const r = validateGraph(structuredClone(invalid));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^nodes\[3\]\.type: .*"firm"/);
  });
});
