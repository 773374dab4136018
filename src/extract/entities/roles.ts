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
  /** A title outside the name's run ("Acme chief executive Jane Roe"): its first token. */
  titleStart?: number;
  /** The title's organisation starts exactly here ("El ministro de Hacienda, Juan Pérez"). */
  orgStart?: number;
}

/** How far after a title its organisation may start, in tokens. */
const ORG_REACH = 8;

interface RoleContext {
  document: SentencedDocument;
  mentions: Mention[];
  sentenceTokens: readonly Token[][];
  words: Lexicons;
  knowledge: Knowledge;
}

export function linkRoles(
  document: SentencedDocument,
  mentions: Mention[],
  pending: readonly PendingRole[],
  /** "sentence:firstToken" of organisation runs directly before a title -> mention index. */
  orgBeforeTitle: ReadonlyMap<string, number>,
  sentenceTokens: readonly Token[][],
  words: Lexicons,
  knowledge: Knowledge,
): RoleLink[] {
  const context: RoleContext = { document, mentions, sentenceTokens, words, knowledge };
  const roleLinks: RoleLink[] = [];
  for (const role of pending) {
    const found = role.orgBefore
      ? { org: orgBefore(context, orgBeforeTitle, role), title: role.title }
      : role.orgStart !== undefined
        ? { org: orgStartingAt(context, role.sentence, role.orgStart), title: role.title }
        : orgAfter(context, role);
    const { org, title } = unitInTitle(context, role, found);
    if (org !== undefined)
      roleLinks.push({
        person: role.person,
        organization: org,
        title,
        sentence: role.sentence,
        regions: [],
      });
  }
  return roleLinks;
}

/**
 * "Acme VP Jane Roe": the organisation run just before the title. A title outside the run
 * ("Acme chief executive Jane Roe") takes the organisation that ends right before it.
 */
function orgBefore(
  context: RoleContext,
  orgBeforeTitle: ReadonlyMap<string, number>,
  role: PendingRole,
) {
  const { titleStart } = role;
  if (titleStart !== undefined) {
    const org = context.mentions.findIndex(
      (mention) =>
        mention.sentence === role.sentence &&
        mention.kind === 'org' &&
        mention.lastToken === titleStart - 1,
    );
    return org < 0 ? undefined : org;
  }
  let org: number | undefined;
  for (const [key, index] of orgBeforeTitle) {
    const [sentence, first] = key.split(':').map(Number);
    if (sentence === role.sentence && (first ?? 0) < role.at) org = index;
  }
  return org;
}

/** "El gobernador del Banco Alfa, Juan Pérez": the organisation that starts at the title's complement. */
function orgStartingAt(context: RoleContext, sentence: number, first: number) {
  const org = context.mentions.findIndex(
    (mention) =>
      mention.sentence === sentence && mention.kind === 'org' && mention.firstToken === first,
  );
  return org < 0 ? undefined : org;
}

/**
 * "Jane Roe, CEO of Acme", "..., directeur du développement du groupe Acme": the first
 * organisation soon after the title; the words between the title and its "of" join the title.
 */
function orgAfter(
  context: RoleContext,
  role: PendingRole,
): { org: number | undefined; title: string } {
  const { mentions, document, words, knowledge } = context;
  const tokens = context.sentenceTokens[role.sentence] ?? [];
  let org: number | undefined;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const mention = mentions[i];
    if (!mention || mention.sentence !== role.sentence || mention.kind !== 'org') continue;
    if (mention.firstToken >= role.at && mention.firstToken - role.at <= ORG_REACH) org = i;
  }
  const orgStart = org !== undefined ? mentions[org]?.firstToken : undefined;
  if (orgStart === undefined || orgStart <= role.at) return { org, title: role.title };
  const between = tokens.slice(role.at, orgStart);
  const joining = (token: Token | undefined) =>
    words.ofWords.has(token?.lower ?? '') ||
    words.functionWords.has(token?.lower ?? '') ||
    knowledge.legalSuffixes.get(token?.lower ?? '') === 'designator';
  let cut = between.length;
  while (cut > 0 && joining(between[cut - 1])) cut--;
  if (cut === 0) return { org, title: role.title };
  const extra = document.text.slice(between[0]?.start ?? 0, between[cut - 1]?.end ?? 0);
  return { org, title: `${role.title} ${extra}` };
}

/**
 * "President of Mobile Networks at Acme": the unit belongs to the title (and is marked so),
 * Acme is the employer.
 */
function unitInTitle(
  context: RoleContext,
  role: PendingRole,
  found: { org: number | undefined; title: string },
): { org: number | undefined; title: string } {
  const { mentions, document, words } = context;
  const tokens = context.sentenceTokens[role.sentence] ?? [];
  const unit = found.org !== undefined ? mentions[found.org] : undefined;
  const at = unit ? tokens[unit.lastToken + 1] : undefined;
  if (!unit || !at || !words.ofWords.has(at.lower)) return found;
  const employer = mentions.findIndex(
    (mention) =>
      mention.sentence === role.sentence &&
      mention.kind === 'org' &&
      mention.firstToken === unit.lastToken + 2,
  );
  if (employer < 0) return found;
  unit.inTitle = true;
  const title = `${found.title} ${document.text.slice(tokens[role.at]?.start ?? unit.start, unit.end)}`;
  return { org: employer, title };
}
