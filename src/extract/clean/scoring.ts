/** How much a sentence reads like a cookie, privacy or promotion notice (rules.ts). */
import type { BoilerplateRules, Phrase, PersonWords } from './rules.js';
const TOKEN = /[\p{L}\p{N}]+/gu;

function personWeight(
  tokens: readonly string[],
  lowers: readonly string[],
  words: PersonWords,
): number {
  let best = 0;
  for (let i = 0; i < tokens.length; i++) {
    const w = words.exact.get(tokens[i] as string) ?? words.lower.get(lowers[i] as string);
    if (w !== undefined && w > best) best = w;
  }
  if (best === 0 && words.lower.size) {
    // prefix entries ("unser*")
    for (const [key, w] of words.lower) {
      if (!key.endsWith('*')) continue;
      const stem = key.slice(0, -1);
      if (lowers.some((l) => l.startsWith(stem)) && w > best) best = w;
    }
  }
  return best;
}

function matchPhrase(phrase: Phrase, lowers: readonly string[], at: number): boolean {
  for (let i = 0; i < phrase.words.length; i++) {
    const token = lowers[at + i];
    const word = phrase.words[i];
    if (token === undefined || !word) return false;
    if (word.prefix ? !token.startsWith(word.text) : token !== word.text) return false;
  }
  return true;
}

export interface SentenceScore {
  score: number;
  words: number;
}

/** The boilerplate score of one sentence: distinct vocabulary phrases plus person address. */
export function scoreSentence(sentence: string, rules: BoilerplateRules): SentenceScore {
  const tokens =
    sentence.length > 5000 ? sentence.slice(0, 5000).match(TOKEN) : sentence.match(TOKEN);
  if (!tokens) return { score: 0, words: 0 };
  const lowers = tokens.map((t) => t.toLowerCase());
  let score = 0;
  const counted = new Set<number>();
  for (let i = 0; i < lowers.length;) {
    const tok = lowers[i] as string;
    let best: Phrase | undefined;
    for (const p of rules.phrasesByWord.get(tok) ?? []) {
      if ((!best || p.words.length > best.words.length) && matchPhrase(p, lowers, i)) best = p;
    }
    for (const len of rules.prefixLengths) {
      if (tok.length < len) continue;
      for (const p of rules.phrasesByPrefix.get(tok.slice(0, len)) ?? []) {
        if ((!best || p.words.length > best.words.length) && matchPhrase(p, lowers, i)) best = p;
      }
    }
    if (best) {
      if (!counted.has(best.id)) {
        counted.add(best.id);
        score += best.weight;
      }
      i += best.words.length;
    } else i++;
  }
  score += personWeight(tokens, lowers, rules.secondPerson);
  score += personWeight(tokens, lowers, rules.firstPerson);
  return { score, words: tokens.length };
}
