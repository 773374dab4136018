import { describe, expect, it } from 'vitest';
import { parseGraphText } from './parseGraph';
import { seedGraph } from './testGraph';

describe('parseGraphText', () => {
  it('accepts the seed graph', () => {
    expect(parseGraphText(JSON.stringify(seedGraph())).ok).toBe(true);
  });
  it('names a JSON syntax error', () => {
    const r = parseGraphText('{"schemaVersion": 1,', 'graph.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^graph\.json is not valid JSON: /);
  });
  it('names the first bad field', () => {
    const g = seedGraph() as unknown as { nodes: { type: string }[] };
    g.nodes[3]!.type = 'firm';
    const r = parseGraphText(JSON.stringify(g));
    expect(r.ok ? '' : r.error).toMatch(/^nodes\[3\]\.type: /);
  });
  it('explains a newer schema version', () => {
    const r = parseGraphText(JSON.stringify({ ...seedGraph(), schemaVersion: 2 }));
    expect(r.ok ? '' : r.error).toMatch(
      /^schemaVersion 2 is newer than this app reads \(version 1\)/,
    );
  });
  it('explains a missing or unknown schema version', () => {
    const { schemaVersion: _, ...unversioned } = seedGraph();
    const missing = parseGraphText(JSON.stringify(unversioned));
    expect(missing.ok ? '' : missing.error).toMatch(/^schemaVersion is missing: /);
    for (const version of ['1.0', 0, 1.5, null]) {
      const r = parseGraphText(JSON.stringify({ ...seedGraph(), schemaVersion: version }));
      expect(r.ok ? '' : r.error).toBe(
        `schemaVersion ${JSON.stringify(version)} is not a version this app knows (it reads version 1). Rebuild the graph with this version.`,
      );
    }
  });
});
