/**
 * Everything the stages read from data/, loaded once per build (and once per worker
 * thread) and passed to every stage: no stage reads a file.
 */
import { loadGazetteer, type Gazetteer } from '../geo/index.js';
import { loadKnowledge, type Knowledge } from './index.js';
import type { IndexCache } from './index-cache.js';
import { organisationLookup, type OrganisationLookup } from './known-organisations.js';
import { loadTextKnowledge, type TextKnowledge } from './text.js';
import type { RuleTrace } from '../types.js';

export interface Context {
  /** Lexicons, relation cues, legal forms, titles, aliases (knowledge/index.ts). */
  knowledge: Knowledge;
  /** Boilerplate rules and abbreviations (knowledge/text.ts). */
  text: TextKnowledge;
  /** The gazetteer of places (geo/). */
  places: Gazetteer;
  /** Known organisations (knowledge/known-organisations.ts), indexed once per thread. */
  organisations: OrganisationLookup;
  /** Hears every rule decision when set (in-process runs only; see trace.ts). */
  trace?: RuleTrace;
}

/**
 * The knowledge of `dataDir`, with a corrections file's fixes when one is given. With an
 * IndexCache (whose version covers both), built indexes are read from disk when kept.
 * `deferIndexes` builds (or reads) the known-organisations index on first use rather than
 * now: for a thread whose documents go to workers.
 */
export function createContext(
  dataDir: string,
  correctionsFile?: string,
  indexCache?: IndexCache,
  deferIndexes = false,
): Context {
  const knowledge = loadKnowledge(dataDir, correctionsFile);
  return {
    knowledge,
    text: loadTextKnowledge(dataDir, knowledge),
    places: loadGazetteer(dataDir),
    organisations: organisationLookup(knowledge, indexCache, deferIndexes),
  };
}
