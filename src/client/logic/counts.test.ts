import { describe, expect, it } from 'vitest';
import { countEdgeTypes, countNodeTypes, countOf, statusText } from './counts';
import { applyFilters, DEFAULT_FILTERS } from './filter';
import { seedIndex } from './testGraph';

const index = seedIndex();

describe('counts', () => {
  it('names each type as the legend does, singular or plural', () => {
    expect(countOf('company', 1)).toBe('1 company');
    expect(countOf('organization', 2)).toBe('2 organisations');
    expect(countOf('person', 5)).toBe('5 people');
    expect(countOf('region', 19)).toBe('19 places');
  });

  it('the status line adds up to what is shown, type by type', () => {
    const visible = applyFilters(index, { ...DEFAULT_FILTERS, entityTypes: ['company', 'region'] });
    const text = statusText(index, visible);
    const byType = countNodeTypes(index, visible.nodes);
    expect(text).toBe(
      `${byType.get('company')} companies · 0 organisations · 0 people · ${byType.get('region')} places · ${visible.edges.size} relations shown (of ${index.graph.edges.length})`,
    );
    const edgeCounts = countEdgeTypes(index, visible.edges);
    expect([...edgeCounts.values()].reduce((a, b) => a + b, 0)).toBe(visible.edges.size);
    expect(edgeCounts.has('works_for')).toBe(false);
  });
});
