/**
 * Organisation slots: places in a sentence that, in business news, a company fills and a
 * common word does not. "Acme said", "a partnership with Acme", "companies such as Acme and
 * Beta", "la Acme": a weak name standing in one is an organisation in its own right, once
 * weak.ts has ruled out common words, people and products (places and dates are decided
 * before a name is weak). The rules are tried in SLOT_RULES order; the first that holds
 * names the evidence.
 */
import type { Cue, Knowledge } from '../knowledge/index.js';
import { indexOf, phrasesOf, type PhraseIndex } from '../text/match.js';
import type { Token } from '../text/tokens.js';
import type { SentencedDocument } from '../types.js';
import type { Lexicons } from './lexicons.js';

/** Lower-case words between a subject and its verb: "Acme has also signed", "Acme ha firmato un". */
const SUBJECT_GAP = 3;
/** Words between a class noun and its "such as": "large European groups such as". */
const CLASS_NOUN_REACH = 3;
/** Relation types whose object is a place ("based in Lagos"), not an organisation. */
const PLACE_CUES: ReadonlySet<Cue['type']> = new Set(['located_in']);

/** The language's words the slot rules look for. */
export interface SlotWords {
  speechVerbs: PhraseIndex<readonly string[]>;
  /** The last word of every speech verb: "ha detto" ends in "detto". */
  /** The speech verbs a speaker may follow ("said Acme"), as phrases and their last words. */
  speechVerbEnds: ReadonlySet<string>;
  speechVerbPhrases: readonly (readonly string[])[];
  suchAs: readonly (readonly string[])[];
  orgPlurals: ReadonlySet<string>;
  nameArticles: ReadonlySet<string>;
  /** Definite articles and the name articles: "with the Acme", "avec la Acme". */
  articles: ReadonlySet<string>;
  /** "in", "à": "à la Bourse de Paris" is where something happens, not who. */
  locatives: ReadonlySet<string>;
  /** "with", "between", "of" words: "a partnership with Acme", "filiale de Acme". */
  linking: ReadonlySet<string>;
  /** Other prepositions a cue may end in: "Beteiligung an", "supplier to". */
  prepositions: ReadonlySet<string>;
  andWords: ReadonlySet<string>;
  functionWords: ReadonlySet<string>;
  connectors: ReadonlySet<string>;
  cues: PhraseIndex<Cue>;
  /** Every noun is capitalised (German): "liefert Stahlrohre" names goods, not a company. */
  nounsCapitalised: boolean;
  /** "contract", "merger", "trattative": a deal whose relation type no word names. */
  dealWords: ReadonlySet<string>;
  /** "le Sud", "el Norte": a part of a country or the world, not who acts. */
  compassPoints: ReadonlySet<string>;
  /** "build", "construire": "Acme will build the network for Beta" (relations/built-for.ts). */
  buildVerbs: ReadonlySet<string>;
  /** "for", "pour", "für": whom a thing is built for. */
  beneficiaries: ReadonlySet<string>;
}

export function slotWords(knowledge: Knowledge, language: string, words: Lexicons): SlotWords {
  const linking = new Set([
    ...knowledge.lexicon('with', language),
    ...knowledge.lexicon('between', language),
    ...words.ofWords,
  ]);
  const nameArticles = knowledge.lexicon('name_article', language);
  const speech = phrasesOf(knowledge.lexicon('speech_verb', language));
  const listeners = knowledge.lexicon('listener_verb', language);
  // After "told" comes who was told (often the outlet), not who spoke.
  const speakerAfter = speech.filter((verb) => !listeners.has(verb.join(' ')));
  return {
    speechVerbs: indexOf(speech, (verb) => verb),
    speechVerbEnds: lastWords(speakerAfter),
    speechVerbPhrases: speakerAfter,
    suchAs: phrasesOf(knowledge.lexicon('such_as', language)),
    orgPlurals: knowledge.lexicon('org_plural', language),
    nameArticles,
    articles: new Set([...knowledge.lexicon('definite_article', language), ...nameArticles]),
    locatives: knowledge.lexicon('locative', language),
    linking,
    prepositions: knowledge.lexicon('preposition', language),
    andWords: words.andWords,
    functionWords: words.functionWords,
    connectors: words.connectors,
    cues: indexOf(knowledge.cues(language), (cue) => cue.words),
    nounsCapitalised: knowledge.lexicon('capitalised_nouns', language).has('yes'),
    dealWords: knowledge.lexicon('deal_word', language),
    compassPoints: knowledge.lexicon('compass_point', language),
    buildVerbs: knowledge.lexicon('build_verb', language),
    beneficiaries: knowledge.lexicon('beneficiary', language),
  };
}

const lastWordCache = new WeakMap<readonly (readonly string[])[], ReadonlySet<string>>();

function lastWords(phrases: readonly (readonly string[])[]): ReadonlySet<string> {
  let ends = lastWordCache.get(phrases);
  if (!ends)
    lastWordCache.set(phrases, (ends = new Set(phrases.map((words) => words.at(-1) ?? ''))));
  return ends;
}

/** A weak name in its sentence, and what the slot rules may consult. */
export interface Scene {
  document: SentencedDocument;
  tokens: readonly Token[];
  first: number;
  last: number;
  words: SlotWords;
  /** Names the document gives as organisations on evidence of their own (legal form, slot). */
  knownNames: ReadonlySet<string>;
}

export interface SlotRule {
  /** The evidence's name in traces and explanations. */
  readonly name: string;
  holds(scene: Scene): boolean;
}

const slot = (name: string, holds: SlotRule['holds']): SlotRule => ({ name, holds });

/** The text between token i and the next one: "", " ", ", ". */
function gapAfter(scene: Scene, i: number): string {
  const { text } = scene.document;
  return text.slice(scene.tokens[i]?.end ?? 0, scene.tokens[i + 1]?.start ?? 0);
}

const isSpace = (gap: string) => /^\s+$/u.test(gap);

/** Capitalised tokens and the connectors inside them ("Minas de Tremon"): one name's run. */
function runStart(scene: Scene, end: number): number {
  const { tokens, words } = scene;
  let start = end;
  while (start > 0) {
    const previous = tokens[start - 1];
    // "Die Konzerne Acme": a capitalised article starts no name.
    const nameWord = previous?.cap && !words.functionWords.has(previous.lower);
    if (nameWord && isSpace(gapAfter(scene, start - 1))) start--;
    else if (
      previous &&
      words.connectors.has(previous.lower) &&
      tokens[start - 2]?.cap &&
      isSpace(gapAfter(scene, start - 2))
    )
      start -= 2;
    else break;
  }
  return start;
}

function runEnd(scene: Scene, start: number): number {
  const { tokens, words } = scene;
  let end = start;
  while (end + 1 < tokens.length && isSpace(gapAfter(scene, end))) {
    const next = tokens[end + 1];
    if (next?.cap) end++;
    else if (next && words.connectors.has(next.lower) && tokens[end + 2]?.cap) end += 2;
    else break;
  }
  return end;
}

/** A name and its neighbours in a coordination: "A, B and C". Items as [first, last]. */
export interface List {
  items: [number, number][];
  first: number;
  last: number;
}

/** Where the next name starts after a separator (a comma, "and", ", and") after token i. */
function separatorEnd(scene: Scene, i: number): { next: number; and: boolean } | null {
  const { tokens, words } = scene;
  const gap = gapAfter(scene, i).trim();
  if (gap === ',' && tokens[i + 1]?.cap) return { next: i + 1, and: false };
  const and = tokens[i + 1];
  if ((gap !== ',' && gap !== '') || !and || and.cap || !words.andWords.has(and.lower)) return null;
  return tokens[i + 2]?.cap && isSpace(gapAfter(scene, i + 1)) ? { next: i + 2, and: true } : null;
}

/** Where the name before a separator ends, the separator ending just before token `first`. */
function separatorStart(scene: Scene, first: number): { previous: number; and: boolean } | null {
  const { tokens, words } = scene;
  const before = tokens[first - 1];
  if (!before) return null;
  if (gapAfter(scene, first - 1).trim() === ',' && before.cap)
    return { previous: first - 1, and: false };
  if (before.cap || !words.andWords.has(before.lower) || !isSpace(gapAfter(scene, first - 1)))
    return null;
  const gap = gapAfter(scene, first - 2).trim();
  return (gap === ',' || gap === '') && tokens[first - 2]?.cap
    ? { previous: first - 2, and: true }
    : null;
}

/**
 * The coordination the scene's name stands in. Commas alone make no list (an apposition,
 * "En Côte d’Azur, Acme"): an "and" must join two of its names. A name alone is a list of one.
 */
export function listAround(scene: Scene): List {
  const items: [number, number][] = [[scene.first, scene.last]];
  let joined = false;
  for (let link = separatorStart(scene, scene.first); link !== null;) {
    const start = runStart(scene, link.previous);
    items.unshift([start, link.previous]);
    joined ||= link.and;
    link = separatorStart(scene, start);
  }
  for (let link = separatorEnd(scene, scene.last); link !== null;) {
    const end = runEnd(scene, link.next);
    items.push([link.next, end]);
    joined ||= link.and;
    link = separatorEnd(scene, end);
  }
  if (!joined) return { items: [[scene.first, scene.last]], first: scene.first, last: scene.last };
  return { items, first: items[0]?.[0] ?? scene.first, last: items.at(-1)?.[1] ?? scene.last };
}

/**
 * Does a speech verb, a relation cue or a deal word start within a few lower-case words after
 * token `end`? A capitalised cue counts only where nouns are capitalised ("eine Partnerschaft"):
 * elsewhere it belongs to another name ("the Joint Venture").
 */
function verbAfter(scene: Scene, end: number, speechOnly: boolean): boolean {
  const { tokens, words } = scene;
  for (let i = end + 1; i <= end + 1 + SUBJECT_GAP && i < tokens.length; i++) {
    if (!isSpace(gapAfter(scene, i - 1))) return false;
    if (words.speechVerbs.at(tokens, i)) return true;
    const noun = !tokens[i]?.cap || words.nounsCapitalised;
    if (!speechOnly && noun && dealAt(words, tokens, i)) return true;
    if (tokens[i]?.cap) return false;
  }
  return false;
}

/** The number of tokens of the deal cue or deal word at token i (0 for none). */
function dealAt(words: SlotWords, tokens: readonly Token[], i: number): number {
  const cue = words.cues.at(tokens, i);
  if (cue && !PLACE_CUES.has(cue.type)) return cue.words.length;
  return words.dealWords.has(tokens[i]?.lower ?? '') ? 1 : 0;
}

function phraseMatches(phrase: readonly string[], tokens: readonly Token[], i: number): boolean {
  return phrase.every((word, j) => tokens[i + j]?.lower === word);
}

/** Does a phrase of the list end exactly at token `end`? */
function phraseEndsAt(
  phrases: readonly (readonly string[])[],
  tokens: readonly Token[],
  end: number,
): boolean {
  return phrases.some((phrase) => phraseMatches(phrase, tokens, end - phrase.length + 1));
}

/**
 * Where every noun is capitalised, a name is a subject only at the head of its clause, and
 * one word only before its verb: "Acme hat", "und Acme übernimmt". In "seit Ende des Monats
 * eine Partnerschaft" the nouns follow a preposition; "Dank der Kooperation" is a
 * preposition before its noun.
 */
function nounNotSubject(scene: Scene, list: List): boolean {
  const { tokens, words } = scene;
  if (!words.nounsCapitalised || list.items.length > 1) return false;
  const before = tokens[scene.first - 1];
  const clauseHead =
    !before || gapAfter(scene, scene.first - 1).trim() !== '' || words.andWords.has(before.lower);
  const single = scene.first === scene.last;
  return !clauseHead || (single && words.functionWords.has(tokens[scene.last + 1]?.lower ?? ''));
}

/** "Acme said", "Acme and Beta said in a statement", "Acme a déclaré". */
export const subjectOfSpeechVerb = slot('subjectOfSpeechVerb', (scene) => {
  const list = listAround(scene);
  return !nounNotSubject(scene, list) && verbAfter(scene, list.last, true);
});

/** "ha detto Acme", "selon Acme", "said Acme": the speaker after an inverted speech verb. */
export const afterSpeechVerb = slot(
  'afterSpeechVerb',
  (scene) =>
    scene.words.speechVerbEnds.has(scene.tokens[scene.first - 1]?.lower ?? '') &&
    phraseEndsAt(scene.words.speechVerbPhrases, scene.tokens, scene.first - 1),
);

/** "Acme has acquired", "Acme ha firmato un accordo", "Acme secured a contract": the deal's subject. */
export const subjectOfCue = slot('subjectOfCue', (scene) => {
  const list = listAround(scene);
  return !nounNotSubject(scene, list) && verbAfter(scene, list.last, false);
});

/** "build the network for": how far after the build verb its "for" may stand. */
const BENEFICIARY_REACH = 6;

/**
 * "Acme will build the network for Beta Telecom": the subject of a build verb whose "for"
 * names a customer (a capitalised word after it, or after its article), the builder. A
 * lower-case object only: another name before "for" makes the reading unsure.
 */
export const subjectOfBuildFor = slot('subjectOfBuildFor', (scene) => {
  const list = listAround(scene);
  if (nounNotSubject(scene, list)) return false;
  const { tokens, words } = scene;
  let verb = list.last + 1;
  while (verb <= list.last + 1 + SUBJECT_GAP && !words.buildVerbs.has(tokens[verb]?.lower ?? '')) {
    if (tokens[verb]?.cap || !isSpace(gapAfter(scene, verb - 1))) return false;
    verb++;
  }
  if (!words.buildVerbs.has(tokens[verb]?.lower ?? '')) return false;
  for (let at = verb + 1; at <= verb + BENEFICIARY_REACH && at < tokens.length; at++) {
    if (!isSpace(gapAfter(scene, at - 1))) return false;
    const token = tokens[at];
    if (!token || (token.cap && !words.nounsCapitalised)) return false;
    if (!words.beneficiaries.has(token.lower)) continue;
    const article = words.articles.has(tokens[at + 1]?.lower ?? '') ? 1 : 0;
    return tokens[at + 1 + article]?.cap === true;
  }
  return false;
});

/** "a partnership with Acme", "filial de Acme", "acquired by Acme", "la fusione di Acme e Beta". */
export const objectOfCue = slot('objectOfCue', (scene) => {
  const { tokens, words } = scene;
  let end = listAround(scene).first - 1;
  const article = tokens[end];
  if (article && !article.cap && words.articles.has(article.lower)) end--;
  for (let start = Math.max(0, end - 4); start <= end; start++) {
    const length = dealAt(words, tokens, start);
    if (length === 0) continue;
    const cueEnd = start + length - 1;
    const linking = tokens[cueEnd + 1];
    // Where every noun is capitalised, one word right after a verb is its object noun;
    // after a cue's own "of" or preposition ("Übernahme von", "Mehrheit an") it is the name.
    const cueLast = tokens[cueEnd]?.lower ?? '';
    const objectNoun =
      words.nounsCapitalised &&
      scene.last === scene.first &&
      !words.linking.has(cueLast) &&
      !words.prepositions.has(cueLast);
    if (cueEnd === end) return !objectNoun;
    if (cueEnd + 1 === end && linking && words.linking.has(linking.lower)) return true;
  }
  return false;
});

/** The class noun a list hangs from: "companies such as", "die Konzerne", "grands groupes comme". */
function classNounBefore(scene: Scene, list: List): boolean {
  const { tokens, words } = scene;
  const head = tokens[list.first];
  // German capitalises the noun, so it heads the first name's run: "Konzerne Acme".
  if (head && words.orgPlurals.has(head.lower) && list.items[0]?.[1] !== list.first) return true;
  let end = list.first - 1;
  for (const phrase of words.suchAs)
    if (phraseMatches(phrase, tokens, end - phrase.length + 1)) {
      end -= phrase.length;
      for (let i = end; i >= Math.max(0, end - CLASS_NOUN_REACH); i--)
        if (words.orgPlurals.has(tokens[i]?.lower ?? '')) return true;
      return false;
    }
  return list.items.length >= 2 && words.orgPlurals.has(tokens[end]?.lower ?? '');
}

/** "customers such as Acme, Beta and Gamma", "Empresas como Acme e Beta", "die Konzerne A und B". */
export const listOfClass = slot('listOfClass', (scene) =>
  classNounBefore(scene, listAround(scene)),
);

/** "Acme, Beta and Gamma Ltd": coordinated with an organisation the document names as one. */
export const listWithKnownOrganisation = slot('listWithKnownOrganisation', (scene) => {
  const { document, tokens } = scene;
  const list = listAround(scene);
  return list.items.some(
    ([first, last]) =>
      first !== scene.first &&
      scene.knownNames.has(document.text.slice(tokens[first]?.start ?? 0, tokens[last]?.end ?? 0)),
  );
});

/** "Acme's shareholders": a name that owns what follows. */
export const possessiveOwner = slot(
  'possessiveOwner',
  (scene) => scene.tokens[scene.last]?.possessive === true,
);

/**
 * "la Acme", "da Acme", "della Acme": Romance languages give a company's name an article.
 * Not after a locative: "à la Bourse de Paris" says where.
 */
export const articleBeforeName = slot('articleBeforeName', (scene) => {
  const { tokens, first, words } = scene;
  return (
    words.nameArticles.has(tokens[first - 1]?.lower ?? '') &&
    !words.locatives.has(tokens[first - 2]?.lower ?? '')
  );
});

export const SLOT_RULES: readonly SlotRule[] = [
  subjectOfSpeechVerb,
  afterSpeechVerb,
  subjectOfCue,
  subjectOfBuildFor,
  objectOfCue,
  listOfClass,
  listWithKnownOrganisation,
  possessiveOwner,
  articleBeforeName,
];

/** The name of the first slot rule that holds, or null. */
export function slotOf(scene: Scene, rules = SLOT_RULES): string | null {
  for (const rule of rules) if (rule.holds(scene)) return rule.name;
  return null;
}
