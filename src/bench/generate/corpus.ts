/**
 * The whole corpus: draws the cast, plans and writes every document from one seeded PRNG,
 * keeps in the ground truth only the companies and people the documents name, and writes
 * documents and ground truth to disk.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadGazetteer } from '../../extract/geo/index.js';
import { DEFAULT_DATA_DIR } from '../../extract/knowledge/data-dir.js';
import { Random } from '../random.js';
import { generateDocument } from './document.js';
import { ROLE_TITLES } from './names.js';
import { placePool } from './places.js';
import {
  DEFAULT_SEED,
  DOCUMENTS_DIR,
  GROUND_TRUTH_FILE,
  type Corpus,
  type DocumentPlan,
  type GeneratedFile,
  type GenerateOptions,
  type GroundTruth,
  type Lang,
} from './types.js';
import { World } from './world.js';

/** How many invented companies a corpus of `count` documents talks about. */
export function companyCount(count: number): number {
  return Math.round(30 + count * 0.25);
}

/** Generates the corpus in memory. Same count and seed, same bytes. */
export function generateCorpus(count: number, options: GenerateOptions = {}): Corpus {
  const seed = options.seed ?? DEFAULT_SEED;
  const dataDir = path.resolve(options.dataDir ?? DEFAULT_DATA_DIR);
  const gazetteer = loadGazetteer(dataDir);
  const places = placePool(gazetteer, dataDir);
  const random = new Random(seed);
  const world = new World(random, places, gazetteer, companyCount(count));
  const truth: GroundTruth = {
    generator: 'partner-atlas-bench',
    version: 1,
    seed,
    count,
    companies: [],
    people: [],
    documents: [],
    relations: [],
    distractors: [],
  };
  const files: GeneratedFile[] = [];
  const width = Math.max(5, String(count).length);
  for (let i = 0; i < count; i++) {
    const lang = random.weighted<Lang>([
      ['en', 40],
      ['fr', 20],
      ['de', 20],
      ['es', 20],
    ]);
    const boilerplate = random.chance(0.3);
    const format = boilerplate && random.chance(0.5) ? 'html' : 'txt';
    const plan: DocumentPlan = {
      file: `${String(i).padStart(width, '0')}-${lang}.${format}`,
      lang,
      format,
      boilerplate,
      year: random.range(2012, 2024),
      month: random.range(1, 12),
      day: random.range(1, 28),
    };
    const content = generateDocument(random, world, places, plan, truth);
    const doc = truth.documents[truth.documents.length - 1];
    if (doc) doc.bytes = Buffer.byteLength(content);
    files.push({ file: plan.file, content });
  }
  // Only the companies and people the documents actually name.
  const named = new Set(truth.relations.flatMap((x) => [x.source, x.target]));
  for (const d of truth.distractors) named.add(d.a).add(d.b);
  truth.companies = world.companies
    .filter((c) => named.has(c.name) || c.person)
    .map((c) => ({
      name: c.name,
      legalName: c.legalName,
      ...(c.acronym ? { acronym: c.acronym } : {}),
      country: c.country,
    }));
  truth.people = world.people.map((p) => ({
    name: p.name,
    title: ROLE_TITLES[p.role].en[0],
    organization: p.company.name,
  }));
  return { files, truth };
}

export interface WrittenCorpus {
  /** The folder of documents, to pass to `npm run graph -- --in`. */
  documents: string;
  /** ground-truth.json, beside that folder. */
  truth: string;
  bytes: number;
}

/**
 * Writes the documents into `dir/documents/` and the ground truth into
 * `dir/ground-truth.json`, so the documents folder holds nothing else.
 */
export async function writeCorpus(corpus: Corpus, dir: string): Promise<WrittenCorpus> {
  const documents = path.join(dir, DOCUMENTS_DIR);
  await mkdir(documents, { recursive: true });
  let bytes = 0;
  for (const f of corpus.files) {
    await writeFile(path.join(documents, f.file), f.content);
    bytes += Buffer.byteLength(f.content);
  }
  const truth = path.join(dir, GROUND_TRUTH_FILE);
  await writeFile(truth, serialiseTruth(corpus.truth));
  return { documents, truth, bytes };
}

export function serialiseTruth(truth: GroundTruth): string {
  return `${JSON.stringify(truth, null, 1)}\n`;
}
