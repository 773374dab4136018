/**
 * A local unit named after its parent and the place it serves: "Acme Chile", "Acme Italia",
 * "Acme Maputo" in a document that also names "Acme". The words after the parent's name
 * must be a country, a state or a city the gazetteer knows, so "Acme Energy" beside "Acme"
 * is no unit. Nothing is read without the gazetteer.
 */
import type { RegionLevel } from '../../schema/graph.js';
import type { ResolvedMention, RelationCandidate } from '../types.js';
import { LOCAL_UNIT } from './confidence.js';
import { constructionLink } from './constructions.js';
import { parseSentence } from './parse.js';
import type { DocumentPattern } from './pattern.js';
import type { DocumentSyntax } from './syntax.js';

/** "Acme Rio de Janeiro": at most this many words name the place after the parent. */
export const PLACE_WORDS = 3;
const UNIT_PLACES: ReadonlySet<RegionLevel> = new Set(['country', 'state', 'city']);

/** The parent a unit's name starts with, when the rest of the name is a place. */
function parentOf(
  syntax: DocumentSyntax,
  unit: ResolvedMention,
  names: ReadonlyMap<string, string>,
): string | undefined {
  const { places, document } = syntax;
  const words = unit.text.split(' ');
  for (let rest = 1; rest <= PLACE_WORDS && rest < words.length; rest++) {
    const parent = names.get(words.slice(0, -rest).join(' '));
    if (!parent || parent === unit.key) continue;
    const place = places?.lookup(words.slice(-rest).join(' '), { language: document.language });
    if (place && UNIT_PLACES.has(place.level)) return parent;
  }
  return undefined;
}

/** "Acme Chile" beside "Acme": Acme Chile -> Acme, a subsidiary. */
export const localUnit: DocumentPattern = {
  name: 'localUnit',
  reads: 'document',
  match(syntax) {
    if (!syntax.places) return [];
    const orgs = syntax.document.mentions.filter((m) => m.kind === 'org');
    const names = new Map(orgs.map((m) => [m.text, m.key]));
    const found: RelationCandidate[] = [];
    const linked = new Set<string>();
    for (const unit of orgs) {
      if (linked.has(unit.key)) continue;
      const parent = parentOf(syntax, unit, names);
      if (!parent) continue;
      linked.add(unit.key);
      const sentence = parseSentence(syntax, unit.sentence, undefined);
      const party = sentence.orgs.find((o) => o.key === unit.key);
      if (!party) continue;
      const owner = {
        key: parent,
        first: party.first,
        last: party.first,
        possessive: false,
        weak: false,
      };
      const trigger = { start: party.first, end: party.last, confidence: LOCAL_UNIT };
      found.push(...constructionLink(sentence, trigger, 'subsidiary', party, owner));
    }
    return found;
  },
};
