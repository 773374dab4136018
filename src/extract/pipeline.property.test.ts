/**
 * Property-based tests of the pipeline, on in-memory documents.
 *
 * Documents are either arbitrary Unicode (any code point, lone surrogates, controls,
 * bidi and zero-width characters) or mixtures of a small vocabulary of company names,
 * relation cues, places, years and punctuation, so that the properties are checked on
 * graphs that actually hold relations, not only on empty ones. Runs are bounded and
 * texts short so the suite stays fast; nothing here depends on timing.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkIntegrity, validateGraph, type Graph } from '../schema/graph.js';
import { createContext, type Context } from './knowledge/context.js';
import { DEFAULT_DATA_DIR } from './knowledge/data-dir.js';
import { STAGES } from './pipeline.js';
import { documentPhases, runDocumentStages, runPipeline } from './runner.js';
import type { EntityDocument, RawDocument } from './types.js';

let context: Context;
beforeAll(() => {
  context = createContext(DEFAULT_DATA_DIR);
});

const build = (docs: readonly RawDocument[]) =>
  runPipeline(docs, { dataDir: DEFAULT_DATA_DIR, texts: 'inline' }, context);

/** The first document phase (clean to entities) on one document. */
const analyse = (raw: RawDocument): EntityDocument =>
  runDocumentStages(documentPhases(STAGES)[0] ?? [], raw, context) as EntityDocument;

// ---------------------------------------------------------------------------
// Generators

const ORGS = [
  'Acme Holdings',
  'Globex Corporation',
  'Initech',
  'Nordvind Energy',
  'Fjordkraft',
  'Société Générale',
  'China Telecom Global (CTG)',
  'CTG',
  'ZTE Corporation',
  'Huawei',
  'Banco Andino S.A.',
  'Müller Logistik GmbH',
];
/** Names that appear only in "unrelated" documents. */
const OTHER_ORGS = ['Zephyr Mining', 'Quarry Metals Ltd', 'Borealis Shipping', 'Tundra Foods'];
const CUES = [
  'signed a partnership agreement with',
  'and',
  'partnered with',
  'supplies',
  'supplies equipment to',
  'acquired',
  'was acquired by',
  'formed a joint venture with',
  'is a subsidiary of',
  'invested in',
  'a signé un accord de partenariat avec',
  'filiale de',
  'both won contracts from',
  'said',
  'with',
  'between',
];
const PLACES = [
  'in Kenya',
  'in Norway',
  'in Hong Kong',
  'in Nairobi',
  'in the Middle East',
  'en France',
];
const YEARS = ['in 2019', 'in 2021', '2018', 'since 2015'];
const PEOPLE = ['Jane Roe, CEO of', 'John Smith, chief executive of', 'Mme Dupont, directrice de'];
const PUNCTUATION = [
  '.',
  ',',
  ';',
  '(',
  ')',
  '"',
  '“',
  '”',
  '—',
  '-',
  "'s",
  '\n',
  '\n\n',
  ' ',
  '...',
];
const TRICKY = [
  '\u200b', // zero-width space
  '\u200f', // right-to-left mark
  '\u202e', // right-to-left override
  '\u2067', // right-to-left isolate
  '\ufeff', // BOM
  '\u00ad', // soft hyphen
  '\ud800', // lone high surrogate
  '\udfff', // lone low surrogate
  'شركة',
  'עברית',
  '中国电信',
  '\u0000',
  '\r\n',
  'U.\nS.',
  '<script>alert("Evil Corp")</script>',
  '<img src=x onerror="alert(1)">',
  '](',
  '[',
  // A name of a hundred capitalised words: its id must stay within the schema's 300.
  `${Array.from({ length: 100 }, (_, i) => `Kor${String.fromCharCode(97 + (i % 26))}${i}`).join(' ')} Corporation`,
];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ORGS) },
  { weight: 4, arbitrary: fc.constantFrom(...CUES) },
  { weight: 2, arbitrary: fc.constantFrom(...PLACES) },
  { weight: 2, arbitrary: fc.constantFrom(...YEARS) },
  { weight: 1, arbitrary: fc.constantFrom(...PEOPLE) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 1, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);

/** "A cue B in P in Y." sentences, so that relations are produced. */
const sentence = fc
  .tuple(
    fc.constantFrom(...ORGS),
    fc.constantFrom(...CUES),
    fc.constantFrom(...ORGS),
    fc.option(fc.constantFrom(...PLACES), { nil: '' }),
    fc.option(fc.constantFrom(...YEARS), { nil: '' }),
  )
  .map((parts) => `${parts.filter(Boolean).join(' ')}.`);

const mixture = fc
  .array(fc.oneof({ weight: 2, arbitrary: sentence }, { weight: 3, arbitrary: piece }), {
    maxLength: 30,
  })
  .chain((parts) =>
    fc
      .array(fc.constantFrom(' ', '', '\n'), { minLength: parts.length, maxLength: parts.length })
      .map((seps) => parts.map((p, i) => `${p}${seps[i] ?? ' '}`).join('')),
  );

/** Any Unicode at all: every code point, plus the vocabulary-driven mixtures. */
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  mixture,
);

const formats: RawDocument['format'][] = ['txt', 'md', 'html', 'csv'];

const corpus = (texts: fc.Arbitrary<string>, maxLength = 4) =>
  fc
    .array(
      fc.record({
        text: texts,
        format: fc.constantFrom(...formats),
        date: fc.constantFrom(null, '2020', '2017-06'),
      }),
      { minLength: 1, maxLength },
    )
    .map((docs) =>
      docs.map((d, i): RawDocument => ({
        id: `doc-${i}`,
        file: `docs/doc-${i}.${d.format}`,
        format: d.format,
        date: d.date,
        text: d.text,
      })),
    );

// ---------------------------------------------------------------------------
// Checks

/** Offsets, references and the schema, checked here one by one, not only by the schema. */
function expectConsistent(graph: Graph): void {
  expect(validateGraph(graph)).toMatchObject({ ok: true });
  expect(checkIntegrity(graph)).toBeNull();
  const docs = new Map(graph.documents.map((d) => [d.id, d]));
  const nodes = new Set(graph.nodes.map((n) => n.id));
  for (const doc of graph.documents) {
    expect(doc.text?.length).toBe(doc.length);
    for (const span of doc.entities) {
      expect(nodes.has(span.node), span.node).toBe(true);
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeGreaterThan(span.start);
      expect(span.end).toBeLessThanOrEqual(doc.length);
    }
  }
  for (const edge of graph.edges) {
    expect(nodes.has(edge.source), edge.source).toBe(true);
    expect(nodes.has(edge.target), edge.target).toBe(true);
    for (const r of edge.regions) expect(nodes.has(r), r).toBe(true);
    expect(edge.evidence.length).toBeGreaterThan(0);
    for (const ev of edge.evidence) {
      const doc = docs.get(ev.document);
      expect(doc, ev.document).toBeDefined();
      expect(ev.start).toBeGreaterThanOrEqual(0);
      expect(ev.end).toBeGreaterThan(ev.start);
      expect(ev.end).toBeLessThanOrEqual(doc?.length ?? -1);
      expect(doc?.text?.slice(ev.start, ev.end)).toBe(ev.text);
    }
  }
  for (const node of graph.nodes) {
    if (node.parent !== undefined) expect(nodes.has(node.parent), node.parent).toBe(true);
    for (const m of node.memberOf ?? []) expect(nodes.has(m), m).toBe(true);
    for (const role of node.roles ?? []) expect(nodes.has(role.organization)).toBe(true);
    for (const d of node.documents) expect(docs.has(d), d).toBe(true);
  }
}

/** A permutation of `items` chosen by fast-check. */
const shuffled = <T>(items: readonly T[]) =>
  fc.array(fc.nat(), { minLength: items.length, maxLength: items.length }).map((keys) =>
    items
      .map((item, i) => ({ item, key: keys[i] ?? 0, i }))
      .sort((a, b) => a.key - b.key || b.i - a.i)
      .map((x) => x.item),
  );

// ---------------------------------------------------------------------------
// Properties

describe('pipeline properties', () => {
  it('never throws on any Unicode text, and reports only documents with nothing to read', () => {
    const nothingToRead = /no article text/;
    fc.assert(
      fc.property(text, fc.constantFrom(...formats), (t, format) => {
        const raw: RawDocument = { id: 'doc', file: 'doc.txt', format, date: null, text: t };
        let analysed;
        try {
          analysed = analyse(raw);
        } catch (err) {
          expect(String(err)).toMatch(nothingToRead);
          return;
        }
        for (const m of analysed.mentions) expect(analysed.text.slice(m.start, m.end)).toBe(m.text);
        const result = build([raw]);
        expect(result.problems).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('keeps every offset inside its document, every slice equal to its evidence, every reference resolvable', () => {
    let edges = 0;
    let relations = 0;
    fc.assert(
      fc.property(corpus(text), (docs) => {
        const { graph, problems } = build(docs);
        for (const p of problems) expect(p.reason).toMatch(/no article text/);
        expectConsistent(graph);
        edges += graph.edges.length;
        relations += graph.edges.filter(
          (e) => !['active_in', 'located_in', 'works_for'].includes(e.type),
        ).length;
      }),
      { numRuns: 60 },
    );
    // The generator exercises relations, not only empty graphs.
    expect(edges).toBeGreaterThan(20);
    expect(relations).toBeGreaterThan(10);
  });

  it('gives the same graph whatever the order of the documents', () => {
    fc.assert(
      fc.property(
        corpus(mixture, 5).chain((docs) => fc.tuple(fc.constant(docs), shuffled(docs))),
        ([docs, reordered]) => {
          const a = JSON.stringify(build(docs).graph);
          const b = JSON.stringify(build(reordered).graph);
          expect(b === a).toBe(true);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('never loses a relation when an unrelated document is added', () => {
    const unrelated = fc
      .array(
        fc
          .tuple(
            fc.constantFrom(...OTHER_ORGS),
            fc.constantFrom(...CUES),
            fc.constantFrom(...OTHER_ORGS),
            fc.option(fc.constantFrom(...PLACES, 'in Chile', 'in Peru'), { nil: '' }),
            fc.option(fc.constantFrom(...YEARS), { nil: '' }),
          )
          .map((parts) => `${parts.filter(Boolean).join(' ')}.`),
        { minLength: 1, maxLength: 4 },
      )
      // Its id sorts before, between or after the others: the order stages see documents in.
      .chain((sentences) =>
        fc.tuple(fc.constant(sentences), fc.constantFrom('aaa', 'doc-0a', 'zzz')),
      )
      .map(([sentences, id]): RawDocument => ({
        id,
        file: `docs/${id}.txt`,
        format: 'txt',
        date: null,
        text: sentences.join(' '),
      }));
    let kept = 0;
    fc.assert(
      fc.property(corpus(mixture, 4), unrelated, (docs, extra) => {
        const small = build(docs).graph;
        const large = build([...docs, extra]).graph;
        const largeIds = new Set(large.edges.map((e) => e.id));
        const lost = small.edges.map((e) => e.id).filter((id) => !largeIds.has(id));
        expect(lost).toEqual([]);
        kept += small.edges.length;
      }),
      { numRuns: 30 },
    );
    expect(kept).toBeGreaterThan(10);
  });
});

// ---------------------------------------------------------------------------
describe('pipeline: documents with nothing to read', () => {
  // A document whose text is all page furniture (menus, short lines) cleans to nothing:
  // it is a Problem with its file and the reason, not a document of length 0.
  it('reports a document that cleans to no text instead of publishing it empty', () => {
    const menu: RawDocument = {
      id: 'menu',
      file: 'docs/menu.txt',
      format: 'txt',
      date: null,
      text: 'Home\nMenu\nContact\nNews\nSubscribe',
    };
    const good: RawDocument = {
      id: 'good',
      file: 'docs/good.txt',
      format: 'txt',
      date: null,
      text: 'Nordvind Energy signed a partnership agreement with Fjordkraft in Norway in 2021.',
    };
    const { graph, problems } = build([menu, good]);
    expect(graph.documents.map((d) => d.id)).toEqual(['good']);
    expect(problems).toEqual([{ file: 'docs/menu.txt', reason: expect.stringMatching(/text/) }]);
  });
});

describe('entities: generic company words', () => {
  // Press releases call their issuer "the Company" or "the Group"; a word that is only a
  // legal form or a designator is not a name, so it is dropped.
  it('never makes a node of "the Company", "the Group" or a bare legal form', () => {
    const doc: RawDocument = {
      id: 'release',
      file: 'docs/release.txt',
      format: 'txt',
      date: null,
      text: [
        'Globex Corporation reported results on Monday.',
        'The Company signed a partnership agreement with Initech in Kenya in 2019.',
        'The Group also signed a supply agreement with Hooli in Ghana in 2020.',
        'GmbH & Co. KG signed a partnership agreement with Ltd. Inc. in Kenya in 2019.',
      ].join(' '),
    };
    const { graph } = build([doc]);
    const labels = graph.nodes.filter((n) => n.type !== 'region').map((n) => n.label);
    expect(labels).toContain('Globex');
    for (const generic of ['Company', 'Group', 'GmbH &', 'Ltd.', 'Inc.'])
      expect(labels).not.toContain(generic);
  });
});
