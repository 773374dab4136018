/**
 * The shapes the corpus generator works with: the ground truth it writes beside the
 * documents (what score.ts checks a built graph against), its options, and the plan of one
 * document. Public names are re-exported by ../generate.ts.
 */
export const DEFAULT_SEED = 20240521;
export const GROUND_TRUTH_FILE = 'ground-truth.json';
export const DOCUMENTS_DIR = 'documents';

export type Lang = 'en' | 'fr' | 'de' | 'es';
export const BENCH_RELATION_TYPES = [
  'partnership',
  'supply',
  'subsidiary',
  'joint_venture',
  'investment',
  'acquisition',
] as const;
export type BenchRelationType = (typeof BENCH_RELATION_TYPES)[number];
/** Relations whose direction carries no meaning. */
export const SYMMETRIC_TYPES: ReadonlySet<BenchRelationType> = new Set([
  'partnership',
  'joint_venture',
]);

export interface TruthCompany {
  /** How the graph should label it: the name without its legal form. */
  name: string;
  /** The name with its legal form, as written at first mention. */
  legalName: string;
  acronym?: string;
  /** ISO alpha-2 of the home country. */
  country: string;
}

export interface TruthPerson {
  name: string;
  /** English title; the documents write it in their own language. */
  title: string;
  organization: string;
}

export interface TruthPlace {
  /** The gazetteer's name of the place. */
  name: string;
  /** Region node id, e.g. "region:city:2643743". */
  id: string;
}

export interface TruthRelation {
  document: string;
  type: BenchRelationType;
  /** Company names (TruthCompany.name). Supply: source supplies target; subsidiary:
   *  source is owned by target; investment: source invests in target; acquisition:
   *  source buys target. */
  source: string;
  target: string;
  year: number;
  /** "text" when the sentence gives the year, "document" when only the date does. */
  yearSource: 'text' | 'document';
  place: TruthPlace | null;
  /** The sentence that states the relation, as written. */
  sentence: string;
}

/** Two companies named in one sentence with no relation stated between them. */
export interface TruthDistractor {
  document: string;
  a: string;
  b: string;
  sentence: string;
}

export interface TruthDocument {
  file: string;
  language: Lang;
  format: 'txt' | 'html';
  boilerplate: boolean;
  /** Publication date, YYYY-MM-DD. */
  date: string;
  bytes: number;
}

export interface GroundTruth {
  generator: 'partner-atlas-bench';
  version: 1;
  seed: number;
  count: number;
  companies: TruthCompany[];
  people: TruthPerson[];
  documents: TruthDocument[];
  relations: TruthRelation[];
  distractors: TruthDistractor[];
}

export interface GeneratedFile {
  file: string;
  content: string;
}

export interface Corpus {
  files: GeneratedFile[];
  truth: GroundTruth;
}

export interface GenerateOptions {
  seed?: number;
  dataDir?: string;
}

/** One document as drawn before its text: file name, language, format and date. */
export interface DocumentPlan {
  file: string;
  lang: Lang;
  format: 'txt' | 'html';
  boilerplate: boolean;
  year: number;
  month: number;
  day: number;
}
