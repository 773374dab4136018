/**
 * Beyond one sentence: who "we" is inside an attributed quote, and follow-up sentences
 * ("both parties will ... in Asia") that add places to the relation just announced.
 */
import { containsPhrase } from '../text/match.js';
import type { RelationCandidate } from '../types.js';
import type { DocumentSyntax } from './syntax.js';

/** How many sentences after a relation a follow-up may add its places. */
export const FOLLOW_UP_REACH = 3;

/** Follow-ups ("both parties will ... in Asia") describe an agreement, not ownership. */
const AGREEMENTS: ReadonlySet<RelationCandidate['type']> = new Set([
  'partnership',
  'joint_venture',
  'supply',
  'customer',
]);

/** The document's sentence indexes, grouped by paragraph (blank lines between). */
function paragraphs(syntax: DocumentSyntax): number[][] {
  const { document } = syntax;
  const groups: number[][] = [];
  let current: number[] = [];
  document.sentences.forEach((sentence, index) => {
    const previous = document.sentences[index - 1];
    if (previous && /\n\s*\n/.test(document.text.slice(previous.end, sentence.start))) {
      groups.push(current);
      current = [];
    }
    current.push(index);
  });
  groups.push(current);
  return groups;
}

/**
 * Quotes: "…," said Jane Roe, CEO of Acme. Every first-person word in the paragraph
 * of an attributed quote stands for the speaker's organisation.
 */
export function speakerOrgs(syntax: DocumentSyntax): Map<number, string> {
  const { document, words } = syntax;
  const roleOrg = new Map(document.roles.map((r) => [r.person, r.organization]));
  const speakers = new Map<number, string>();
  for (const paragraph of paragraphs(syntax)) {
    let org: string | undefined;
    for (const index of paragraph) {
      if (!document.sentences[index]) continue;
      if (!containsPhrase(words.speechVerbs, syntax.sentenceTokens[index] ?? [])) continue;
      const person = (syntax.mentionsBySentence.get(index) ?? []).find(
        (m) => m.kind === 'person' && roleOrg.has(m.key),
      );
      if (person) org = roleOrg.get(person.key);
      if (org) break;
    }
    if (org) for (const index of paragraph) speakers.set(index, org);
  }
  return speakers;
}

/** "A travers cette collaboration, les deux parties … en Afrique": places that follow. */
export function addAnaphoricRegions(
  syntax: DocumentSyntax,
  relations: readonly RelationCandidate[],
): void {
  const anaphoric = new Map<number, string[]>();
  syntax.document.sentences.forEach((_sentence, index) => {
    if (!containsPhrase(syntax.words.anaphors, syntax.sentenceTokens[index] ?? [])) return;
    const placeKeys = (syntax.mentionsBySentence.get(index) ?? [])
      .filter((m) => m.kind === 'place' && !m.viaDemonym)
      .map((m) => m.key);
    if (placeKeys.length) anaphoric.set(index, placeKeys);
  });
  for (const relation of relations) {
    if (!AGREEMENTS.has(relation.type)) continue;
    for (let index = relation.sentence + 1; index <= relation.sentence + FOLLOW_UP_REACH; index++) {
      const more = anaphoric.get(index);
      if (more) relation.regions = [...new Set([...relation.regions, ...more])];
    }
  }
}
