/**
 * Weak candidates: capitalised runs with no legal form, keyword or title. They become
 * organisations only when the document gives more evidence.
 */
import type { Knowledge } from '../knowledge/index.js';
import { indexOf } from '../text/match.js';
import type { Token } from '../text/tokens.js';
import type { AcronymDefinition, Mention, SentencedDocument } from '../types.js';
import { textOf, type Lexicons, type Part } from './lexicons.js';

/** Where relation cues start in a sentence (any relation type). */
export function cuePositions(k: Knowledge, language: string, tokens: readonly Token[]): number[] {
  const index = indexOf(k.cues(language), (c) => c.words);
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (index.at(tokens, i)) out.push(i);
  return out;
}

/**
 * Weak candidates become organisations when the document supports them: coordinated
 * with a known organisation ("Acme and Beta"), or used at least twice inside running
 * text while the word never appears in lower case (so it is not a common word).
 */
export function acceptWeak(
  doc: SentencedDocument,
  k: Knowledge,
  weak: Part[],
  mentions: Mention[],
  lowerWords: ReadonlySet<string>,
  lx: Lexicons,
  acronyms: readonly AcronymDefinition[],
): void {
  const orgNames = new Set<string>();
  for (const m of mentions)
    if (m.kind === 'org') for (const n of shortForms(m.text, k)) orgNames.add(n);
  // Short names defined in parentheses ("Acme Logistics Ltd. (“Acme”)") are known names.
  for (const a of acronyms) orgNames.add(a.acronym);
  const nounsCapitalised = k.lexicon('capitalised_nouns', doc.language).has('yes');
  const counts = new Map<string, number>();
  const text = (p: Part) => textOf(doc, p.tokens, p.first, p.last);
  for (const p of weak) {
    if (p.titleCase || p.sentenceInitial) continue;
    counts.set(text(p), (counts.get(text(p)) ?? 0) + 1);
  }
  // Connectors inside a name ("Casa dos Ventos") are lower case by nature; judge the rest.
  // A longer name is judged by its first word: "Acme Cabin" names a company even where the
  // text also speaks of a "cabin", "Revenue Growth" does not.
  const commonWord = (p: Part) =>
    p.tokens
      .slice(p.first, p.last + 1)
      .some(
        (t, i) => t.cap && ((i === 0 && lowerWords.has(t.lower)) || lx.functionWords.has(t.lower)),
      );
  const possessives = k.lexicon('possessive', doc.language);
  // "its Widget portfolio", "sua plataforma Widget": what a company owns is a product.
  const owned = (p: Part) => {
    const before = p.tokens[p.first - 1];
    return before !== undefined && !before.cap && possessives.has(before.lower);
  };
  const coordinated = (p: Part) => {
    const before = p.tokens[p.first - 1];
    const after = p.tokens[p.last + 1];
    const nextName = p.tokens[p.last + 2];
    const prevName = p.tokens[p.first - 2];
    return (
      (after && lx.andWords.has(after.lower) && nextName && orgNames.has(nextName.text)) ||
      (before && lx.andWords.has(before.lower) && prevName && orgNames.has(prevName.text))
    );
  };
  // Two rounds, so "Acme and Beta" accepts Beta, and Beta's later uses follow.
  for (let round = 0; round < 2; round++) {
    for (const p of weak) {
      const name = text(p);
      if ((p as Part & { done?: boolean }).done) continue;
      if (k.exclusions.has(name.toLowerCase())) continue;
      // A name the document gives as an organisation elsewhere ("Acme Solar plc") stays one
      // even where its words are common ("solar panels").
      const known = orgNames.has(name);
      if (!known && (p.commonWord || commonWord(p) || owned(p) || isModel(p))) continue;
      // In the slot of a relation cue: "Kestrel Turbines signed an agreement with ...".
      // Where every noun is capitalised (German), or at a sentence start, one word alone
      // needs more than a nearby cue or repetition.
      const initialWord = (p.sentenceInitial || nounsCapitalised) && p.first === p.last;
      const repeated = (counts.get(name) ?? 0) >= 2 && !p.titleCase && !initialWord;
      // At a sentence start only an apposition next to the cue counts ("Beta, a subsidiary of").
      const reach = initialWord ? (nounsCapitalised ? -1 : 3) : 12;
      const nearCue =
        !p.titleCase &&
        p.cues.some((c) => Math.abs(c - p.first) <= reach || Math.abs(c - p.last) <= reach);
      if (known || repeated || nearCue || (!p.titleCase && coordinated(p))) {
        const a = p.tokens[p.first];
        const b = p.tokens[p.last];
        mentions.push({
          start: a?.start ?? 0,
          end: b?.end ?? 0,
          text: name,
          kind: 'org',
          orgType: 'company',
          sentence: p.sentence,
          strength: 'weak',
          firstToken: p.first,
          lastToken: p.last,
          ...(b?.possessive ? { possessive: true } : {}),
        });
        orgNames.add(name);
        (p as Part & { done?: boolean }).done = true;
      }
    }
  }
}

/**
 * Model and product designations: a word with three digits or more ("A350", "777X",
 * "XR-1000") names an aircraft, a phone or a chip, not its maker.
 */
export function isModel(p: Part): boolean {
  for (let i = p.first; i <= p.last; i++) {
    const w = p.tokens[i]?.text ?? '';
    if (/\d{3}/u.test(w) && /\p{L}/u.test(w)) return true;
  }
  return false;
}

/**
 * A name as written and without its legal forms and designators: "Acme Holdings Ltd",
 * "Acme Holdings", "Acme". A document that names "Acme Ltd" in full knows "Acme" too.
 */
function shortForms(name: string, k: Knowledge): string[] {
  const out = [name];
  let end = name.length;
  for (let space = name.lastIndexOf(' '); space > 0; space = name.lastIndexOf(' ', end - 1)) {
    if (!k.legalSuffixes.has(name.slice(space + 1, end).toLowerCase())) break;
    end = space;
    out.push(name.slice(0, end));
  }
  return out;
}
