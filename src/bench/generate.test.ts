import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from '../extract/geo/index.js';
import { DEFAULT_DATA_DIR } from '../extract/knowledge/data-dir.js';
import { runPipeline } from '../extract/runner.js';
import { loadInputs } from '../extract/stages/load.js';
import { BENCH_RELATION_TYPES, generateCorpus, serialiseTruth, type Corpus } from './generate.js';

let corpus: Corpus;
const content = (file: string) => corpus.files.find((f) => f.file === file)?.content ?? '';

beforeAll(() => {
  corpus = generateCorpus(200);
});

describe('generateCorpus', () => {
  it('gives the same bytes for the same seed, and others for another seed', () => {
    const again = generateCorpus(200);
    expect(again.files).toEqual(corpus.files);
    expect(serialiseTruth(again.truth)).toBe(serialiseTruth(corpus.truth));
    const other = generateCorpus(200, { seed: 7 });
    expect(other.files.map((f) => f.content)).not.toEqual(corpus.files.map((f) => f.content));
  });

  it('writes N documents in four languages, about 30% in web boilerplate', () => {
    expect(corpus.files).toHaveLength(200);
    expect(new Set(corpus.files.map((f) => f.file)).size).toBe(200);
    expect(corpus.truth.documents.map((d) => d.file)).toEqual(corpus.files.map((f) => f.file));
    expect(new Set(corpus.truth.documents.map((d) => d.language))).toEqual(
      new Set(['en', 'fr', 'de', 'es']),
    );
    const wrapped = corpus.truth.documents.filter((d) => d.boilerplate);
    expect(wrapped.length / 200).toBeGreaterThan(0.2);
    expect(wrapped.length / 200).toBeLessThan(0.4);
    for (const d of wrapped) {
      const text = content(d.file);
      expect(text).toMatch(/cookies/i);
      expect(text).toMatch(
        /Related articles|Articles similaires|Verwandte Artikel|Noticias relacionadas/,
      );
      expect(text).toContain('©');
    }
    for (const d of corpus.truth.documents) {
      expect(Buffer.byteLength(content(d.file))).toBe(d.bytes);
      // Every document carries its date: a dateline, a leading date line or metadata.
      const [y, m, day] = d.date.split('-');
      expect(content(d.file)).toMatch(new RegExp(`${y}-${m}|\\b${Number(day)}\\b.{0,20}${y}|${y}`));
    }
  });

  it('states every ground-truth relation in its document, with its names, year and place', () => {
    const g = loadGazetteer(DEFAULT_DATA_DIR);
    const forms = new Map(
      corpus.truth.companies.map((c) => [c.name, [c.name, c.legalName, c.acronym].filter(Boolean)]),
    );
    expect(new Set(corpus.truth.relations.map((r) => r.type))).toEqual(
      new Set(BENCH_RELATION_TYPES),
    );
    for (const r of corpus.truth.relations) {
      expect(content(r.document)).toContain(r.sentence);
      for (const name of [r.source, r.target]) {
        const written = forms.get(name) ?? [];
        expect(
          written.some((f) => f && r.sentence.includes(f)),
          `${name} in ${r.sentence}`,
        ).toBe(true);
      }
      if (r.yearSource === 'text') expect(r.sentence).toContain(String(r.year));
      else {
        expect(r.sentence).not.toMatch(/\b(19|20)\d\d\b/);
        const doc = corpus.truth.documents.find((d) => d.file === r.document);
        expect(doc?.date.startsWith(String(r.year))).toBe(true);
      }
      if (r.place) expect(g.region(r.place.id)?.name).toBe(r.place.name);
    }
    for (const d of corpus.truth.distractors) {
      expect(content(d.document)).toContain(d.sentence);
      expect(d.a).not.toBe(d.b);
    }
  });

  it('invents companies with unique names and acronyms', () => {
    const names = corpus.truth.companies.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    const acronyms = corpus.truth.companies.flatMap((c) => (c.acronym ? [c.acronym] : []));
    expect(acronyms.length).toBeGreaterThan(10);
    expect(new Set(acronyms).size).toBe(acronyms.length);
    for (const c of corpus.truth.companies) expect(c.legalName.startsWith(c.name)).toBe(true);
    const people = corpus.truth.people.map((p) => p.name);
    expect(new Set(people).size).toBe(people.length);
  });

  it("names none of the seed corpus's organisations", async () => {
    const { documents } = await loadInputs([path.resolve(import.meta.dirname, '../../seeds')]);
    const seed = runPipeline(documents, { dataDir: DEFAULT_DATA_DIR }).graph;
    const seedNames = seed.nodes
      .filter((n) => n.type === 'company' || n.type === 'organization')
      .flatMap((n) => [n.label, ...n.aliases])
      .map((s) => s.toLowerCase());
    expect(seedNames.length).toBeGreaterThan(5);
    for (const c of corpus.truth.companies) {
      for (const form of [c.name, c.legalName, c.acronym ?? ''].map((s) => s.toLowerCase())) {
        if (!form) continue;
        expect(seedNames).not.toContain(form);
        for (const s of seedNames) expect(form.includes(s), `${form} contains ${s}`).toBe(false);
      }
    }
  });
});
