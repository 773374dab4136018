/**
 * Beyond one sentence: who "we" is inside an attributed quote, and follow-up sentences
 * ("both parties will ... in Asia") that add places to the relation just announced.
 */
import { containsPhrase } from '../text/match.js';
import type { Token } from '../text/tokens.js';
import type { RelationCandidate, ResolvedDocument, ResolvedMention } from '../types.js';

/**
 * Quotes: "…," said Jane Roe, CEO of Acme. Every first-person word in the paragraph
 * of an attributed quote stands for the speaker's organisation.
 */
export function speakerOrgs(
  doc: ResolvedDocument,
  bySentence: ReadonlyMap<number, ResolvedMention[]>,
  roleOrg: ReadonlyMap<string, string>,
  speechVerbs: readonly string[][],
  /** Each sentence's tokens, as the relation stage made them (not tokenised again here). */
  sentTokens: readonly (readonly Token[])[],
): Map<number, string> {
  const out = new Map<number, string>();
  const paragraphs: number[][] = [];
  let current: number[] = [];
  doc.sentences.forEach((s, si) => {
    const prev = doc.sentences[si - 1];
    if (prev && /\n\s*\n/.test(doc.text.slice(prev.end, s.start))) {
      paragraphs.push(current);
      current = [];
    }
    current.push(si);
  });
  paragraphs.push(current);
  for (const para of paragraphs) {
    let org: string | undefined;
    for (const si of para) {
      const s = doc.sentences[si];
      if (!s) continue;
      if (!containsPhrase(speechVerbs, sentTokens[si] ?? [])) continue;
      const person = (bySentence.get(si) ?? []).find(
        (m) => m.kind === 'person' && roleOrg.has(m.key),
      );
      if (person) org = roleOrg.get(person.key);
      if (org) break;
    }
    if (org) for (const si of para) out.set(si, org);
  }
  return out;
}

/** "A travers cette collaboration, les deux parties … en Afrique": places that follow. */
export function addAnaphoricRegions(
  doc: ResolvedDocument,
  relations: RelationCandidate[],
  bySentence: ReadonlyMap<number, ResolvedMention[]>,
  anaphors: readonly string[][],
  sentTokens: readonly (readonly Token[])[],
): void {
  const anaphoric = new Map<number, string[]>();
  doc.sentences.forEach((_s, si) => {
    if (!containsPhrase(anaphors, sentTokens[si] ?? [])) return;
    const placeKeys = (bySentence.get(si) ?? [])
      .filter((m) => m.kind === 'place' && !m.viaDemonym)
      .map((m) => m.key);
    if (placeKeys.length) anaphoric.set(si, placeKeys);
  });
  for (const r of relations) {
    // Follow-ups ("both parties will ... in Asia") describe an agreement, not ownership.
    if (
      r.type !== 'partnership' &&
      r.type !== 'joint_venture' &&
      r.type !== 'supply' &&
      r.type !== 'customer'
    )
      continue;
    for (let si = r.sentence + 1; si <= r.sentence + 3; si++) {
      const more = anaphoric.get(si);
      if (more) r.regions = [...new Set([...r.regions, ...more])];
    }
  }
}
