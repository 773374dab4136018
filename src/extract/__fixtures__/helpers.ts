/**
 * Test helpers: build stage inputs by hand, so entity and relation tests do not
 * depend on the cleaning and sentence stages or on the full gazetteer.
 */
import path from 'node:path';
import { loadKnowledge } from '../knowledge/index.js';
import { extractEntities } from '../stages/entities.js';
import type { PlaceLookup } from '../types.js';
import { extractRelations } from '../stages/relations.js';
import { resolveCorpus } from '../stages/resolve.js';
import type { PlaceRef, SentencedDocument } from '../types.js';

export const knowledge = loadKnowledge(path.resolve(import.meta.dirname, '../../../data'));

/** A tiny gazetteer for unit tests: name -> place. */
export function fakePlaces(
  entries: Record<string, PlaceRef>,
  demonyms: Record<string, PlaceRef> = {},
): PlaceLookup {
  const byName = new Map(Object.entries(entries).map(([k, v]) => [k.toLowerCase(), v]));
  const byDemonym = new Map(Object.entries(demonyms).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    lookup: (surface) => byName.get(surface.toLowerCase()) ?? null,
    demonym: (word) => byDemonym.get(word.toLowerCase()) ?? null,
  };
}

export const place = (
  id: string,
  name: string,
  level: PlaceRef['level'] = 'country',
): PlaceRef => ({ id, name, level });

/** One sentence per line; blank lines separate paragraphs. */
export function sentenced(text: string, language = 'en'): SentencedDocument {
  const sentences: SentencedDocument['sentences'] = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    if (line.trim())
      sentences.push({ start: pos, end: pos + line.length, text: line, peripheral: false });
    pos += line.length + 1;
  }
  return {
    id: 'doc',
    file: 'doc.txt',
    title: '',
    date: null,
    text,
    zones: [{ start: 0, end: text.length, kind: 'body' }],
    language,
    sentences,
  };
}

/**
 * Entities, resolution and relations on one hand-made document (one sentence per line):
 * organisation mentions as written, and relations as "type source -> target" with the
 * slugs of the keys ("acquisition acme -> beta-systems").
 */
export function relate(
  text: string,
  language = 'en',
  places: PlaceLookup = fakePlaces({}),
): { orgs: string[]; rel: string[] } {
  const ents = extractEntities(sentenced(text, language), knowledge, places);
  const [resolved] = resolveCorpus([ents], { knowledge, places });
  if (!resolved) throw new Error('no document');
  const label = (key: string) => key.replace(/^org:|^person:|^region:\w+:/, '');
  return {
    orgs: resolved.mentions.filter((m) => m.kind === 'org').map((m) => m.text),
    rel: extractRelations(resolved, knowledge).relations.map(
      (r) => `${r.type} ${label(r.source)} -> ${label(r.target)}`,
    ),
  };
}
