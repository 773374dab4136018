/**
 * Roles: each person linked to the organisation their title belongs to.
 *
 *   "Jane Roe, CEO of Acme"                      -> Acme, "CEO"
 *   "Acme VP Jane Roe"                           -> Acme, "VP"
 *   "..., directeur du développement du groupe Acme" -> Acme, "directeur du développement"
 *   "President of Mobile Networks at Acme"       -> Acme, "President of Mobile Networks"
 */
import type { Knowledge } from '../knowledge/index.js';
import type { Token } from '../text/tokens.js';
import type { Mention, RoleLink, SentencedDocument } from '../types.js';
import type { Lexicons } from './lexicons.js';

/** A title found next to a person, waiting for its organisation. */
export interface PendingRole {
  person: number;
  title: string;
  /** The organisation stands before the title ("Acme VP Jane Roe"). */
  orgBefore: boolean;
  /** Token index just after the title (or the person's first token when orgBefore). */
  at: number;
  sentence: number;
}

export function linkRoles(
  doc: SentencedDocument,
  mentions: Mention[],
  pending: readonly PendingRole[],
  /** "sentence:firstToken" of organisation runs directly before a title -> mention index. */
  orgBeforeTitle: ReadonlyMap<string, number>,
  sentTokens: readonly Token[][],
  lx: Lexicons,
  k: Knowledge,
): RoleLink[] {
  const roleLinks: RoleLink[] = [];
  for (const r of pending) {
    const si = r.sentence;
    const tokens = sentTokens[si] ?? [];
    let org: number | undefined;
    let title = r.title;
    if (r.orgBefore) {
      // "Acme VP Jane Roe": the organisation run just before the title.
      for (const [key, idx] of orgBeforeTitle) {
        const [s0, t0] = key.split(':').map(Number);
        if (s0 === si && (t0 ?? 0) < r.at) org = idx;
      }
    } else {
      // "Jane Roe, CEO of Acme" / "..., directeur du développement du groupe Acme"
      for (let i = mentions.length - 1; i >= 0; i--) {
        const m = mentions[i];
        if (!m || m.sentence !== si || m.kind !== 'org') continue;
        if (m.firstToken >= r.at && m.firstToken - r.at <= 8) org = i;
      }
      const ofIdx = org !== undefined ? mentions[org]?.firstToken : undefined;
      if (ofIdx !== undefined && ofIdx > r.at) {
        // Keep the words between the title and "of" as part of the title.
        const between = tokens.slice(r.at, ofIdx);
        let cut = between.length;
        while (
          cut > 0 &&
          (lx.ofWords.has(between[cut - 1]?.lower ?? '') ||
            lx.functionWords.has(between[cut - 1]?.lower ?? '') ||
            k.legalSuffixes.get(between[cut - 1]?.lower ?? '') === 'designator')
        )
          cut--;
        if (cut > 0)
          title = `${title} ${doc.text.slice(between[0]?.start ?? 0, between[cut - 1]?.end ?? 0)}`;
      }
    }
    // "President of Mobile Networks at Acme": the unit belongs to the title, Acme is the employer.
    const unit = org !== undefined ? mentions[org] : undefined;
    const at = unit ? tokens[unit.lastToken + 1] : undefined;
    if (unit && at && lx.ofWords.has(at.lower)) {
      const employer = mentions.findIndex(
        (m) => m.sentence === si && m.kind === 'org' && m.firstToken === unit.lastToken + 2,
      );
      if (employer >= 0) {
        title = `${title} ${doc.text.slice(tokens[r.at]?.start ?? unit.start, unit.end)}`;
        unit.inTitle = true;
        org = employer;
      }
    }
    if (org !== undefined)
      roleLinks.push({ person: r.person, organization: org, title, sentence: si, regions: [] });
  }
  return roleLinks;
}
