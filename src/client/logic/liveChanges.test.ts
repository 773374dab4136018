import { describe, expect, it } from 'vitest';
import { describeGraphChange, graphChange, liveNotice } from './liveChanges';
import { makeGraph } from './testGraph';

const before = makeGraph(
  [
    { id: 'org:acme', label: 'Acme Motors' },
    { id: 'org:borealis', label: 'Borealis Energy' },
    { id: 'org:wfu', label: 'World Farming Union', type: 'organization' },
    { id: 'org:wfu-2', label: 'WFU', type: 'organization' },
    { id: 'person:ada', label: 'Ada Quill', type: 'person' },
  ],
  [
    { id: 'p:acme-borealis', source: 'org:acme', target: 'org:borealis' },
    { id: 'p:acme-wfu2', source: 'org:acme', target: 'org:wfu-2' },
  ],
);

describe('graphChange', () => {
  it('counts relations added and removed, by id', () => {
    const after = makeGraph(before.nodes, [
      { id: 'p:acme-borealis', source: 'org:acme', target: 'org:borealis' },
      { id: 'p:borealis-wfu', source: 'org:borealis', target: 'org:wfu' },
      { id: 'p:acme-wfu', source: 'org:acme', target: 'org:wfu' },
    ]);
    const change = graphChange(before, after);
    expect(change.relationsAdded).toBe(2);
    expect(change.relationsRemoved).toBe(1);
  });

  it('tells a node merged into another (its name now an alias) from a node gone', () => {
    const after = makeGraph(
      [
        { id: 'org:acme', label: 'Acme Motors' },
        { id: 'org:borealis', label: 'Borealis Energy' },
        { id: 'org:wfu', label: 'World Farming Union', type: 'organization', aliases: ['wfu'] },
        { id: 'org:cobalt', label: 'Cobalt Rail' },
        { id: 'org:delta', label: 'Delta Shipping' },
      ],
      [],
    );
    const change = graphChange(before, after);
    expect([...change.merged]).toEqual([['organization', 1]]);
    expect([...change.nodesRemoved]).toEqual([['person', 1]]);
    expect([...change.nodesAdded]).toEqual([['company', 2]]);
  });
});

describe('describeGraphChange and liveNotice', () => {
  it('says what changed in the legend words, singular or plural', () => {
    const none = new Map();
    expect(
      describeGraphChange({
        relationsAdded: 3,
        relationsRemoved: 0,
        nodesAdded: none,
        nodesRemoved: none,
        merged: new Map([['organization', 1]]),
      }),
    ).toBe('+3 relations, 1 organisation merged');
    expect(
      describeGraphChange({
        relationsAdded: 1,
        relationsRemoved: 2,
        nodesAdded: new Map([['company', 1]]),
        nodesRemoved: new Map([
          ['region', 2],
          ['person', 1],
        ]),
        merged: none,
      }),
    ).toBe('+1 relation, −2 relations, +1 company, −1 person, −2 places');
  });

  it('is a notice of the change, or of no change', () => {
    const after = makeGraph(before.nodes, [
      ...before.edges,
      { id: 'p:borealis-wfu', source: 'org:borealis', target: 'org:wfu' },
    ]);
    expect(liveNotice(before, after)).toBe('Graph updated: +1 relation');
    expect(liveNotice(before, before)).toBe('Graph rebuilt: nothing changed');
  });
});
