/**
 * Person-organisation links: a role the entity stage found ("Jane Roe, CEO of Acme")
 * becomes works_for.
 */
import type { PersonRole, RelationCandidate } from '../types.js';
import { ROLE } from './confidence.js';
import type { DocumentPattern } from './pattern.js';
import type { DocumentSyntax } from './syntax.js';

/** Characters that end a title's phrase ("directeur général de Acme pour l'Afrique,"). */
const PHRASE_END = /[,;:«“"]/;

/** Places in the title's own phrase, after the organisation: "CEO of Acme for Africa,". */
function roleScope(syntax: DocumentSyntax, role: PersonRole): string[] {
  const mentions = syntax.mentionsBySentence.get(role.sentence) ?? [];
  const personAt = mentions.find((m) => m.key === role.person)?.start ?? 0;
  const orgEnd = mentions.find((m) => m.key === role.organization && m.start > personAt)?.end;
  if (orgEnd === undefined) return [];
  const phraseEnd = orgEnd + (PHRASE_END.exec(syntax.document.text.slice(orgEnd))?.index ?? 0);
  return mentions
    .filter((m) => m.kind === 'place' && !m.viaDemonym && m.start >= orgEnd && m.end <= phraseEnd)
    .map((m) => m.key);
}

/** "Jane Roe, CEO of Acme": Jane Roe works for Acme, in the places that scope the title. */
export const worksFor: DocumentPattern = {
  name: 'worksFor',
  reads: 'document',
  match(syntax) {
    return syntax.document.roles.map((role): RelationCandidate => ({
      type: 'works_for',
      source: role.person,
      target: role.organization,
      sentence: role.sentence,
      regions: [...new Set([...role.regions, ...roleScope(syntax, role)])],
      cue: role.title,
      role: role.title,
      confidence: ROLE,
    }));
  },
};
