/**
 * Test helpers for the relation patterns: hand-written sentences taken through the
 * entity and resolve stages, then parsed as the relation stage parses them.
 */
import { fakePlaces, knowledge, sentenced } from './helpers.js';
import { extractEntities } from '../stages/entities.js';
import type { PlaceLookup } from '../types.js';
import { extractRelations } from '../stages/relations.js';
import { resolveCorpus } from '../stages/resolve.js';
import type { RelationCandidate } from '../types.js';
import { speakerOrgs } from '../relations/discourse.js';
import { documentSyntax, parseSentence } from '../relations/parse.js';
import type { CueSite } from '../relations/pattern.js';
import { cueAt, type DocumentSyntax, type ParsedSentence } from '../relations/syntax.js';

function resolved(text: string, language: string, places: PlaceLookup) {
  const entities = extractEntities(sentenced(text, language), knowledge, places);
  const [document] = resolveCorpus([entities], { knowledge, places });
  if (!document) throw new Error('no document');
  return document;
}

/** One sentence per line; every sentence parsed for the relation patterns. */
export function parsed(
  text: string,
  language = 'en',
  places: PlaceLookup = fakePlaces({}),
): { syntax: DocumentSyntax; sentences: ParsedSentence[] } {
  const document = resolved(text, language, places);
  const syntax = documentSyntax(document, knowledge);
  const speakers = speakerOrgs(syntax);
  const sentences = document.sentences.map((_s, index) =>
    parseSentence(syntax, index, speakers.get(index) ?? document.owner),
  );
  return { syntax, sentences };
}

/** The first cue of the last sentence (earlier lines give context). */
export function cueSite(
  text: string,
  language = 'en',
  places: PlaceLookup = fakePlaces({}),
): CueSite {
  const sentence = parsed(text, language, places).sentences.at(-1);
  if (!sentence) throw new Error('no sentence');
  for (let start = 0; start < sentence.tokens.length; start++) {
    const cue = cueAt(sentence.words.cues, sentence.tokens, start);
    if (cue) return { sentence, cue, start, end: start + cue.words.length - 1 };
  }
  throw new Error(`no cue in "${text}"`);
}

const label = (key: string) => key.replace(/^org:|^person:|^region:\w+:/, '');

/** Relations as "type source -> target", with slugs of the keys; null stays null. */
export function shown(found: readonly RelationCandidate[] | null): string[] | null {
  return found && found.map((r) => `${r.type} ${label(r.source)} -> ${label(r.target)}`);
}

/** The whole stage on a text: "pattern: type source -> target" for every relation found. */
export function traced(
  text: string,
  language = 'en',
  places: PlaceLookup = fakePlaces({}),
): string[] {
  const lines: string[] = [];
  extractRelations(
    resolved(text, language, places),
    knowledge,
    ({ pattern, relation }) => lines.push(`${pattern}: ${shown([relation])?.[0] ?? ''}`),
    places,
  );
  return lines;
}
