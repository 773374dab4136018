/**
 * Corpus generator for `npm run bench`: N invented partnership articles with the
 * relations they state written down in a ground-truth file, so the benchmark can check
 * that the build still extracts the right graph at scale.
 *
 * - Companies are invented (syllable stems that are no GeoNames place, a sector word, a
 *   legal form of their home country), some with a defined acronym: "Kalvorex Energy
 *   ASA (KVE)". A few companies appear in many documents, most in few (Zipf-like).
 * - Places are real: countries and cities of a million people or more, each checked
 *   against the build's own gazetteer in the language it is written in.
 * - Articles are in English, French, German and Spanish, and state their relations with
 *   the cue phrasings of data/relation-cues.csv (partnership, supply, subsidiary, joint
 *   venture, investment, acquisition). Distractor sentences name two companies with no
 *   relation between them. About 30% of the documents are wrapped in web boilerplate:
 *   menus, "related articles" lists, a cookie banner, a newsletter line and a copyright.
 * - Everything is drawn from one seeded PRNG (./random.ts): the same seed and count give
 *   the same bytes.
 *
 * The generator lives in ./generate/ (types, places, names, world, vocabulary, sentences,
 * phrases, document, pages, corpus); this file re-exports what the rest of the bench
 * imports and is the command line.
 *
 * Run alone: `npx tsx src/bench/generate.ts --count 1000 --out /tmp/corpus [--seed 7]`, then
 * `npm run graph -- --in /tmp/corpus/documents`.
 */
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { generateCorpus, writeCorpus } from './generate/corpus.js';
import { DEFAULT_SEED } from './generate/types.js';

export {
  companyCount,
  generateCorpus,
  serialiseTruth,
  writeCorpus,
  type WrittenCorpus,
} from './generate/corpus.js';
export {
  BENCH_RELATION_TYPES,
  DEFAULT_SEED,
  DOCUMENTS_DIR,
  GROUND_TRUTH_FILE,
  SYMMETRIC_TYPES,
  type BenchRelationType,
  type Corpus,
  type GeneratedFile,
  type GenerateOptions,
  type GroundTruth,
  type Lang,
  type TruthCompany,
  type TruthDistractor,
  type TruthDocument,
  type TruthPerson,
  type TruthPlace,
  type TruthRelation,
} from './generate/types.js';

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      count: { type: 'string', default: '100' },
      out: { type: 'string' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
    },
  });
  if (!values.out) throw new Error('--out <dir> is required');
  const corpus = generateCorpus(Number(values.count), { seed: Number(values.seed) });
  const written = await writeCorpus(corpus, values.out);
  process.stdout.write(
    `${corpus.files.length} documents (${(written.bytes / 1e6).toFixed(1)} MB) -> ${written.documents}\n` +
      `${corpus.truth.relations.length} relations -> ${written.truth}\n`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  main(process.argv.slice(2)).catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
