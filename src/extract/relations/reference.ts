/**
 * "Last year the operator also signed an agreement with Beta": a definite noun phrase
 * (data/lexicon.csv kinds `definite_article` + `org_reference`) that is the subject of a
 * relation cue stands for the organisation the previous sentences were about.
 *
 * Conservative on purpose; a wrong link is worse than a missed one. The phrase resolves
 * only when
 *   - it is an article and a reference noun, nothing between ("the Kenyan operator" does
 *     not), with no organisation right after it ("the company Acme" names its own) and no
 *     possessive ("the company's partner");
 *   - it is the subject slot of a cue: no organisation, person or cue before it in the
 *     sentence, no "with"/"between"/"and"/preposition right before it, a cue after it
 *     within the subject window and no organisation between it and that cue;
 *   - within the two previous sentences, the nearest one with an organisation in subject
 *     position (before its first verb-like word) has exactly one, and no person there;
 *   - neither the sentence nor any sentence walked back over is peripheral.
 * The relation stays in its own sentence: the phrase's tokens are the party's slot.
 */
import type { Token } from '../text/tokens.js';
import type { ResolvedMention } from '../types.js';
import { cueAt, SUBJECT_WINDOW, tokenRange, type DocumentSyntax, type Party } from './syntax.js';

/** How many sentences back the antecedent may be. */
export const REFERENCE_REACH = 2;

const LOWER_START = /^\p{Ll}/u;

/**
 * The organisations in subject position of a sentence: mentions before the first
 * lower-case word that is not a function word. `null` when a person stands there too.
 */
export function subjectOrgs(
  mentions: readonly ResolvedMention[],
  tokens: readonly Token[],
  leading: ReadonlySet<string>,
): string[] | null {
  const ranges = mentions
    .map((mention) => ({ mention, range: tokenRange(tokens, mention) }))
    .filter((x): x is { mention: ResolvedMention; range: [number, number] } => x.range !== null);
  const inMention = (i: number) => ranges.some(({ range }) => range[0] <= i && i <= range[1]);
  let stop = tokens.length;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || inMention(i)) continue;
    if (LOWER_START.test(token.text) && !leading.has(token.lower)) {
      stop = i;
      break;
    }
  }
  const before = ranges.filter(({ range }) => range[0] < stop);
  if (before.some(({ mention }) => mention.kind === 'person')) return null;
  return [
    ...new Set(
      before.filter(({ mention }) => mention.kind === 'org').map(({ mention }) => mention.key),
    ),
  ];
}

/** The party a definite "the company" in sentence `index` stands for, if it is unambiguous. */
export function referenceParty(
  syntax: DocumentSyntax,
  index: number,
  orgs: readonly Party[],
): Party | undefined {
  const { document, words } = syntax;
  const { cues } = words;
  const { articles, nouns, governing, leading } = words.reference;
  if (document.sentences[index]?.peripheral !== false) return undefined;
  const tokens = syntax.sentenceTokens[index] ?? [];
  const mentions = syntax.mentionsBySentence.get(index) ?? [];
  const firstMention = Math.min(
    ...mentions.map((m) => tokenRange(tokens, m)?.[0] ?? Infinity),
    ...orgs.map((o) => o.first),
  );
  for (let at = 0; at + 1 < tokens.length && at < firstMention; at++) {
    const article = tokens[at];
    const noun = tokens[at + 1];
    if (!article || !noun || !articles.has(article.lower)) continue;
    if (!nouns.has(noun.lower) || noun.possessive || article.possessive) continue;
    // No cue before the phrase: "acquired the company" makes it an object.
    if (tokens.slice(0, at).some((_t, j) => cueAt(cues, tokens, j))) return undefined;
    if (governing.has(tokens[at - 1]?.lower ?? '')) return undefined;
    // "the company Acme": the phrase introduces a name of its own.
    if (orgs.some((o) => o.first === at + 2) || mentions.length === 0) return undefined;
    let cueIndex = -1;
    for (let j = at + 2; j < tokens.length && j - (at + 1) <= SUBJECT_WINDOW; j++)
      if (cueAt(cues, tokens, j)) {
        cueIndex = j;
        break;
      }
    if (cueIndex < 0 || orgs.some((o) => o.first > at + 1 && o.first < cueIndex)) return undefined;
    const key = antecedent(syntax, index, leading);
    return key === undefined
      ? undefined
      : { key, first: at, last: at + 1, possessive: false, weak: false, reference: true };
  }
  return undefined;
}

/** The one organisation the previous sentences were about, if they name exactly one. */
export function antecedent(
  syntax: DocumentSyntax,
  index: number,
  leading: ReadonlySet<string>,
): string | undefined {
  for (let earlier = index - 1; earlier >= 0 && index - earlier <= REFERENCE_REACH; earlier--) {
    if (syntax.document.sentences[earlier]?.peripheral !== false) return undefined;
    const subjects = subjectOrgs(
      syntax.mentionsBySentence.get(earlier) ?? [],
      syntax.sentenceTokens[earlier] ?? [],
      leading,
    );
    if (subjects === null || subjects.length > 1) return undefined;
    const [only] = subjects;
    if (only !== undefined) return only.startsWith('org?:') ? undefined : only;
  }
  return undefined;
}
