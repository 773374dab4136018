/**
 * The pipeline, declared once: the stages in order, what each reads (`requires`) and what
 * it adds (`assigns`).
 *
 * A `document` stage runs on one document at a time; consecutive document stages form a
 * phase, which runs on worker threads for large corpora. A `corpus` stage runs once, on
 * all documents, in the main thread. runner.ts and parallel.ts run this list; nothing
 * else says the order. Each stage gets the Context (knowledge/context.ts): everything from
 * data/, loaded once; no stage reads a file.
 *
 * Reading the input and writing graph.json are I/O, done by cli.ts before and after the
 * list (stages/load.ts, stages/write.ts): LOAD and WRITE declare their fields.
 *
 * A field is a document field ("language"), a field of each item of a document's list
 * ("mentions.key"), or a field of the corpus ("graph").
 */
import type { Graph } from '../schema/graph.js';
import type { Context } from './knowledge/context.js';
import { clean } from './stages/clean.js';
import { attachDates } from './stages/dates.js';
import { extractEntities } from './stages/entities.js';
import { buildGraph } from './stages/graph.js';
import { detectLanguage } from './stages/language.js';
import { layoutGraph, type LayoutOptions } from './stages/layout.js';
import { extractRelations } from './stages/relations.js';
import { resolveCorpus } from './stages/resolve.js';
import { splitSentences } from './stages/sentences.js';
import { validateForWrite } from './stages/write.js';
import { entityTraceFor, relationTraceFor } from './trace.js';
import type {
  CleanDocument,
  DatedDocument,
  EntityDocument,
  LanguageDocument,
  RawDocument,
  RelatedDocument,
  ResolvedDocument,
  SentencedDocument,
} from './types.js';

/** Folder beside graph.json for document texts, when they are not inline. */
export const TEXT_DIR = 'graph-texts';

/** What every document carries from load on: problems are reported by file. */
export interface PipelineDocument {
  id: string;
  file: string;
}

/** Above this much text in total, "auto" puts the texts in files beside graph.json. */
export const DEFAULT_INLINE_LIMIT_CHARS = 4_000_000;

/** Settings of the corpus stages. */
export interface CorpusOptions {
  /** Where document texts go; "auto" puts them in files above inlineLimitChars in total. */
  texts?: 'inline' | 'files' | 'auto';
  inlineLimitChars?: number;
  /** Layout settings (seed, algorithm); the defaults suit every corpus size. */
  layout?: LayoutOptions;
}

/** What corpus stages take and give. */
export interface Corpus<Document = PipelineDocument> {
  readonly documents: readonly Document[];
  readonly graph: Graph | null;
  /** Document texts by id, for writing beside graph.json when texts are in files. */
  readonly texts: Map<string, string>;
  readonly options: CorpusOptions;
}

interface Declaration {
  readonly name: string;
  readonly requires: readonly string[];
  readonly assigns: readonly string[];
}

export interface DocumentStage<In = PipelineDocument, Out = PipelineDocument> extends Declaration {
  readonly scope: 'document';
  run(document: In, context: Context): Out;
}

export interface CorpusStage<In = PipelineDocument, Out = PipelineDocument> extends Declaration {
  readonly scope: 'corpus';
  run(corpus: Corpus<In>, context: Context): Corpus<Out>;
}

export type Stage = DocumentStage | CorpusStage;

/** What stages/load.ts gives every document (cli.ts runs it before the stages). */
export const LOAD = {
  name: 'load',
  assigns: ['id', 'file', 'format', 'title', 'date', 'url', 'text'],
} as const;

/** What stages/write.ts reads (cli.ts runs it after the stages). */
export const WRITE = { name: 'write', requires: ['graph', 'texts'] } as const;

/** The cleaned text of a page that is all furniture (menus, cookie text) has nothing to read. */
function requireArticleText(doc: CleanDocument): CleanDocument {
  if (!/[\p{L}\p{N}]/u.test(doc.text))
    throw new Error('no article text left after removing page furniture');
  return doc;
}

function graphOf(corpus: Corpus<unknown>): Graph {
  if (!corpus.graph) throw new Error('no graph yet: the graph stage must come first');
  return corpus.graph;
}

/** Texts inline in graph.json, or in files beside it when "auto" finds them too long. */
function textPlacement(corpus: Corpus<DatedDocument>): 'inline' | 'files' {
  const { texts = 'auto', inlineLimitChars = DEFAULT_INLINE_LIMIT_CHARS } = corpus.options;
  if (texts !== 'auto') return texts;
  const totalChars = corpus.documents.reduce((sum, doc) => sum + doc.text.length, 0);
  return totalChars > inlineLimitChars ? 'files' : 'inline';
}

/** The stages, in the order they run. */
export const STAGES = [
  {
    name: 'clean',
    scope: 'document',
    requires: ['text', 'title'],
    assigns: ['text', 'title', 'zones'],
    run: (doc: RawDocument, context: Context): CleanDocument =>
      requireArticleText(clean(doc, context.text)),
  },
  {
    name: 'language',
    scope: 'document',
    requires: ['text', 'zones'],
    assigns: ['language'],
    run: (doc: CleanDocument): LanguageDocument => detectLanguage(doc),
  },
  {
    name: 'sentences',
    scope: 'document',
    requires: ['text', 'zones', 'language'],
    assigns: ['sentences'],
    run: (doc: LanguageDocument, context: Context): SentencedDocument =>
      splitSentences(doc, context.text),
  },
  {
    name: 'entities',
    scope: 'document',
    requires: ['text', 'language', 'sentences'],
    assigns: ['mentions', 'acronyms', 'roleLinks', 'firstPerson'],
    run: (doc: SentencedDocument, context: Context): EntityDocument =>
      extractEntities(
        doc,
        context.knowledge,
        context.places,
        context.trace && entityTraceFor(doc.id, context.trace),
        context.organisations,
      ),
  },
  {
    name: 'resolve',
    scope: 'corpus',
    requires: ['sentences', 'mentions', 'acronyms', 'roleLinks', 'firstPerson'],
    assigns: ['mentions.key', 'mentions.name', 'roles', 'owner'],
    run: (corpus: Corpus<EntityDocument>, context: Context): Corpus<ResolvedDocument> => ({
      ...corpus,
      documents: resolveCorpus(corpus.documents, context),
    }),
  },
  {
    name: 'relations',
    scope: 'document',
    requires: ['text', 'language', 'sentences', 'mentions.key', 'roles', 'owner'],
    assigns: ['relations'],
    run: (doc: ResolvedDocument, context: Context): RelatedDocument =>
      extractRelations(
        doc,
        context.knowledge,
        context.trace && relationTraceFor(doc, context.trace),
        context.places,
      ),
  },
  {
    name: 'dates',
    scope: 'document',
    requires: ['text', 'language', 'date', 'sentences', 'relations'],
    assigns: ['relations.years', 'relations.yearSource', 'date', 'years'],
    run: (doc: RelatedDocument, context: Context): DatedDocument =>
      attachDates(doc, context.knowledge),
  },
  {
    name: 'graph',
    scope: 'corpus',
    requires: [
      'id',
      'file',
      'title',
      'language',
      'date',
      'url',
      'text',
      'years',
      'roles',
      'mentions.key',
      'mentions.name',
      'relations',
      'relations.years',
    ],
    assigns: ['graph', 'texts'],
    run: (corpus: Corpus<DatedDocument>, context: Context): Corpus<DatedDocument> => ({
      ...corpus,
      graph: buildGraph(corpus.documents, {
        regions: context.places,
        rejectedRelations: context.knowledge.rejectedRelations,
        texts: textPlacement(corpus),
        textDir: TEXT_DIR,
        organisations: context.organisations,
      }),
      texts: new Map(corpus.documents.map((doc) => [doc.id, doc.text])),
    }),
  },
  {
    name: 'layout',
    scope: 'corpus',
    requires: ['graph'],
    assigns: ['graph.positions'],
    run: (corpus: Corpus<DatedDocument>): Corpus<DatedDocument> => ({
      ...corpus,
      graph: layoutGraph(graphOf(corpus), corpus.options.layout),
    }),
  },
  {
    name: 'validate',
    scope: 'corpus',
    requires: ['graph', 'texts'],
    assigns: [],
    run: (corpus: Corpus<DatedDocument>): Corpus<DatedDocument> => {
      const graph = graphOf(corpus);
      const texts = graph.texts === 'files' ? corpus.texts : undefined;
      return { ...corpus, graph: validateForWrite(graph, texts) };
    },
  },
] as const satisfies readonly Stage[];
