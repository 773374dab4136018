import { describe, expect, it } from 'vitest';
import { validateGraph } from '../../schema/graph';
import invalid from '../../../e2e/fixtures/invalid-graph.json';
import seed from '../../../e2e/fixtures/seed-graph.json';

describe('e2e fixtures', () => {
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
