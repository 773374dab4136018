/**
 * "Acme announced on Monday that it has signed an agreement with Beta": after a speech
 * verb, the subject pronoun (data/lexicon.csv `speech_pronoun`) stands for the speaker,
 * the sentence's subject. The pronoun becomes a party for the cue patterns, so the
 * relation is read in the reported clause as if the name stood there.
 *
 * Only when the sentence has exactly one organisation in subject position, no person
 * there, the speech verb after it, and no name between the verb and the pronoun.
 */
import { phraseEndingAt } from '../text/match.js';
import type { Token } from '../text/tokens.js';
import { subjectOrgs } from './reference.js';
import type { DocumentSyntax, Party } from './syntax.js';

/** "announced on Monday that it": how far after the speech verb the pronoun may stand. */
export const SPEECH_PRONOUN_REACH = 5;

/** The index of the last word of a speech verb ending within reach before `pronoun`. */
function speechVerbBefore(
  tokens: readonly Token[],
  pronoun: number,
  verbs: readonly string[][],
): number | undefined {
  for (let end = pronoun - 1; end >= 0 && pronoun - end <= SPEECH_PRONOUN_REACH; end--)
    if (phraseEndingAt(verbs, tokens, end)) return end;
  return undefined;
}

/** The pronouns of sentence `index` that stand for its speaking subject, as parties. */
export function speechPronounParties(
  syntax: DocumentSyntax,
  index: number,
  orgs: readonly Party[],
): Party[] {
  const { words } = syntax;
  const tokens = syntax.sentenceTokens[index] ?? [];
  if (!tokens.some((token) => words.speechPronouns.has(token.lower))) return [];
  const subjects = subjectOrgs(
    syntax.mentionsBySentence.get(index) ?? [],
    tokens,
    words.reference.leading,
  );
  const [speaker] = subjects ?? [];
  if (!speaker || subjects?.length !== 1 || speaker.startsWith('org?:')) return [];
  const subject = orgs.find((o) => o.key === speaker);
  if (!subject) return [];
  const parties: Party[] = [];
  tokens.forEach((token, at) => {
    if (!words.speechPronouns.has(token.lower)) return;
    const verb = speechVerbBefore(tokens, at, words.speechVerbs);
    if (verb === undefined || verb <= subject.last) return;
    if (orgs.some((o) => o.first > verb && o.first < at)) return;
    parties.push({
      key: speaker,
      first: at,
      last: at,
      possessive: false,
      weak: false,
      reference: true,
    });
  });
  return parties;
}
