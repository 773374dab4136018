import { describe, expect, it } from 'vitest';
import {
  graphDocumentIds,
  graphForDocuments,
  scoreByLanguage,
  scoreByRelationType,
} from './breakdown.js';
import type { ScoredGraph } from './counting.js';
import { scoreQuality } from './score.js';
import { edge, gold, goldDoc, names, org } from './__fixtures__/build.js';

const twoLanguages = gold(
  goldDoc({
    doc: 'acme-en.txt',
    language: 'en',
    organizations: [{ name: 'Acme' }, { name: 'Globex' }],
    relations: [{ a: 'Acme', b: 'Globex', type: 'supply' }],
  }),
  goldDoc({
    doc: 'acme-fr.txt',
    language: 'fr',
    organizations: [{ name: 'Acme' }, { name: 'Initech' }],
    relations: [{ a: 'Acme', b: 'Initech', type: 'joint_venture' }],
  }),
);

const acme = org('Acme', { documents: ['en', 'fr'] });
const globex = org('Globex', { documents: ['en'] });
const initech = org('Initech', { documents: ['fr'] });
const tuesday = org('Tuesday', { documents: ['fr'] });
const builtGraph: ScoredGraph = {
  nodes: [acme, globex, initech, tuesday],
  edges: [
    edge('supply', acme, globex, { evidence: [{ document: 'en' }] }),
    edge('partnership', acme, initech, { evidence: [{ document: 'fr' }] }),
  ],
  documents: [
    { id: 'en', file: '/pages/acme-en.txt' },
    { id: 'fr', file: '/pages/acme-fr.txt' },
  ],
};

describe('graph documents for gold documents', () => {
  it('are found by file name or by id', () => {
    const ids = graphDocumentIds(
      {
        ...builtGraph,
        documents: [{ id: 'acme-fr.txt', file: 'x.csv' }, ...builtGraph.documents!],
      },
      twoLanguages,
    );
    expect(ids).toEqual(
      new Map([
        ['acme-en.txt', 'en'],
        ['acme-fr.txt', 'fr'],
      ]),
    );
  });

  it('cut the graph down to the nodes and edges of those documents', () => {
    const part = graphForDocuments(builtGraph, new Set(['en']));
    expect(part.nodes.map((n) => n.label)).toEqual(['Acme', 'Globex']);
    expect(part.edges).toHaveLength(1);
  });
});

describe('per language', () => {
  it('scores each language on its own documents, a shared node counting in both', () => {
    const [en, fr] = scoreByLanguage(builtGraph, twoLanguages, names);
    expect(en?.language).toBe('en');
    expect(en?.score.organisations.score).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(en?.score.relations.score).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(fr?.score.organisations.score).toMatchObject({ tp: 2, fp: 1, fn: 0 });
    expect(fr?.absent).toBe(0);
  });

  it('says how many documents of a language the graph lacks', () => {
    const [en] = scoreByLanguage({ ...builtGraph, documents: [] }, twoLanguages, names);
    expect(en?.absent).toBe(1);
    expect(en?.score.organisations.score.tp).toBe(0);
  });
});

describe('per relation type', () => {
  it('gives recall and type accuracy by gold type, and how the graph typed what it found', () => {
    const rows = scoreByRelationType(scoreQuality(builtGraph, twoLanguages, names).relations);
    expect(rows.map((r) => r.type)).toEqual(['partnership', 'supply', 'joint_venture']);
    const jointVenture = rows.find((r) => r.type === 'joint_venture');
    expect(jointVenture).toMatchObject({
      goldPairs: 1,
      found: 1,
      recall: 1,
      typeRight: 0,
      typeAccuracy: 0,
      foundAs: { partnership: 1 },
      graphPairs: 0,
    });
    expect(rows.find((r) => r.type === 'partnership')).toMatchObject({
      goldPairs: 0,
      recall: null,
      graphPairs: 1,
      graphPairsInGold: 1,
    });
  });
});
