import { describe, expect, it } from 'vitest';
import { describeRelation, groupConnections } from './connections';
import { idOf, seedIndex } from './testGraph';

const index = seedIndex();
const label = (id: string) => index.nodeById.get(id)!.label;

describe('groupConnections', () => {
  it('groups China Telecom Global relations by type and direction', () => {
    const groups = groupConnections(index, idOf(index, 'China Telecom Global'));
    const byTitle = Object.fromEntries(
      groups.map((g) => [g.title, g.items.map((i) => label(i.other))]),
    );
    expect(byTitle['Partners']).toEqual(['Liquid Telecom', 'ZTE']);
    expect(byTitle['Suppliers']).toEqual(['ZTE']);
    expect(byTitle['Subsidiary of']).toEqual(['China Telecom']);
    expect(byTitle['People']).toEqual(['Donald Tan']);
    // Organisation relations come before place links and people.
    expect(groups[0]!.title).toBe('Partners');
  });

  it('shows the other side of directed relations', () => {
    const groups = groupConnections(index, idOf(index, 'China Telecom'));
    expect(
      groups.find((g) => g.title === 'Subsidiaries')!.items.map((i) => label(i.other)),
    ).toEqual(['China Telecom Americas', 'China Telecom Global']);
  });

  it('applies the keep predicate', () => {
    const groups = groupConnections(index, idOf(index, 'ZTE'), (e) => e.type === 'active_in');
    expect(groups.map((g) => g.title)).toEqual(['Active in']);
  });

  it('reads relations as sentences', () => {
    expect(describeRelation('subsidiary', 'CTG', 'China Telecom')).toBe(
      'CTG is a subsidiary of China Telecom',
    );
  });
});
