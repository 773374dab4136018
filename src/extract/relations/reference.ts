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
import type { Cue } from '../knowledge/index.js';
import type { Token } from '../text/tokens.js';
import type { ResolvedDocument, ResolvedMention } from '../types.js';
import { cueAt, SUBJECT_WINDOW, tokenRange, type Party } from './syntax.js';

export interface ReferenceWords {
  articles: ReadonlySet<string>;
  nouns: ReadonlySet<string>;
  /** Words that may stand before a subject: function words, "and", name connectors. */
  leading: ReadonlySet<string>;
  /** Words that make the phrase an object: "with", "between", "and", prepositions. */
  governing: ReadonlySet<string>;
}

/** How many sentences back the antecedent may be. */
export const REFERENCE_REACH = 2;

const LOWER_START = /^\p{Ll}/u;

/**
 * The organisations in subject position of sentence `si`: mentions before the first
 * lower-case word that is not a function word. `null` when a person stands there too.
 */
export function subjectOrgs(
  mentions: readonly ResolvedMention[],
  tokens: readonly Token[],
  leading: ReadonlySet<string>,
): string[] | null {
  const ranges = mentions
    .map((m) => ({ m, r: tokenRange(tokens, m) }))
    .filter((x): x is { m: ResolvedMention; r: [number, number] } => x.r !== null);
  const inMention = (i: number) => ranges.some(({ r }) => r[0] <= i && i <= r[1]);
  let stop = tokens.length;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || inMention(i)) continue;
    if (LOWER_START.test(t.text) && !leading.has(t.lower)) {
      stop = i;
      break;
    }
  }
  const before = ranges.filter(({ r }) => r[0] < stop);
  if (before.some(({ m }) => m.kind === 'person')) return null;
  return [...new Set(before.filter(({ m }) => m.kind === 'org').map(({ m }) => m.key))];
}

/** The party a definite "the company" in sentence `si` stands for, if it is unambiguous. */
export function referenceParty(
  doc: ResolvedDocument,
  si: number,
  tokens: readonly Token[],
  orgs: readonly Party[],
  cues: readonly Cue[],
  words: ReferenceWords,
  bySentence: ReadonlyMap<number, ResolvedMention[]>,
  sentTokens: readonly (readonly Token[])[],
): Party | undefined {
  if (doc.sentences[si]?.peripheral !== false) return undefined;
  const mentions = bySentence.get(si) ?? [];
  const firstMention = Math.min(
    ...mentions.map((m) => tokenRange(tokens, m)?.[0] ?? Infinity),
    ...orgs.map((o) => o.first),
  );
  for (let a = 0; a + 1 < tokens.length && a < firstMention; a++) {
    const article = tokens[a];
    const noun = tokens[a + 1];
    if (!article || !noun || !words.articles.has(article.lower)) continue;
    if (!words.nouns.has(noun.lower) || noun.possessive || article.possessive) continue;
    // No cue before the phrase: "acquired the company" makes it an object.
    if (tokens.slice(0, a).some((_t, j) => cueAt(cues, tokens, j))) return undefined;
    if (words.governing.has(tokens[a - 1]?.lower ?? '')) return undefined;
    // "the company Acme": the phrase introduces a name of its own.
    if (orgs.some((o) => o.first === a + 2) || mentions.length === 0) return undefined;
    let cueIdx = -1;
    for (let j = a + 2; j < tokens.length && j - (a + 1) <= SUBJECT_WINDOW; j++)
      if (cueAt(cues, tokens, j)) {
        cueIdx = j;
        break;
      }
    if (cueIdx < 0 || orgs.some((o) => o.first > a + 1 && o.first < cueIdx)) return undefined;
    const key = antecedent(doc, si, words.leading, bySentence, sentTokens);
    return key === undefined
      ? undefined
      : { key, first: a, last: a + 1, possessive: false, weak: false, reference: true };
  }
  return undefined;
}

function antecedent(
  doc: ResolvedDocument,
  si: number,
  leading: ReadonlySet<string>,
  bySentence: ReadonlyMap<number, ResolvedMention[]>,
  sentTokens: readonly (readonly Token[])[],
): string | undefined {
  for (let p = si - 1; p >= 0 && si - p <= REFERENCE_REACH; p--) {
    if (doc.sentences[p]?.peripheral !== false) return undefined;
    const subjects = subjectOrgs(bySentence.get(p) ?? [], sentTokens[p] ?? [], leading);
    if (subjects === null || subjects.length > 1) return undefined;
    const [only] = subjects;
    if (only !== undefined) return only.startsWith('org?:') ? undefined : only;
  }
  return undefined;
}
