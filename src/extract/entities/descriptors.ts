/**
 * Descriptors: news introduces a company by its nationality and its kind of business right
 * before its name ("Chilean chemicals firm Acme", "l'énergéticien français Acme", "la
 * multinacional holandesa Acme", "der Logistikdienstleister Acme", "Singapore-based Acme").
 * The descriptor says the name after it is an organisation, and is no part of that name.
 *
 * Class nouns are the lexicon's org_prefix ("the company"), org_reference and org_class rows. Where nouns are
 * capitalised (German) the descriptor is glued into the capitalised run, usually as a
 * compound whose head is a class noun ("Energiefirma", "Automobilzulieferer"), so there a
 * word ending in a class noun counts.
 */
import type { Knowledge } from '../knowledge/index.js';
import { phraseEndingAt, toPhrases } from '../text/match.js';
import type { Token } from '../text/tokens.js';
import { nlp } from '../vendor.js';
import type { Candidate } from './candidate.js';
import type { EntityContext } from './context.js';
import { isLegal, textOf } from './lexicons.js';
import { lookupPlace } from './places.js';
import type { Decision } from './decision.js';
import type { EntityRule } from './rule.js';

/** How far back from a nationality adjective its class noun may stand: "cadena de distribución lituana". */
const CLASS_REACH = 4;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** What the words before a name say about it. */
export type Descriptor =
  /** A class noun ("firm", "Energiefirma"), maybe with a nationality: the name is an organisation. */
  | 'class'
  /** A nationality after an article, no class noun ("l'américain Acme", "la colombiana Acme"). */
  | 'nationality'
  /** "Singapore-based Acme": where the company sits. */
  | 'based';

interface DescriptorWords {
  /** Class nouns and phrases, lower-cased word lists, longest first. */
  classes: string[][];
  /** The language's own single class words, for compound heads ("Energiefirma"). */
  heads: readonly string[];
  /** Articles, bare or contracted ("l'", "du", "alla"): "l'américain Acme". */
  articles: ReadonlySet<string>;
  /** Nationality adjectives are capitalised (English): "Swiss Re" may keep its "Swiss". */
  capitalisedDemonyms: boolean;
}

const wordCache = new WeakMap<Knowledge, Map<string, DescriptorWords>>();

function descriptorWords(knowledge: Knowledge, language: string): DescriptorWords {
  let byLanguage = wordCache.get(knowledge);
  if (!byLanguage) wordCache.set(knowledge, (byLanguage = new Map()));
  let words = byLanguage.get(language);
  if (!words) {
    const own = knowledge.lexicon('org_class', language);
    const terms = new Set([
      ...knowledge.lexicon('org_prefix', language),
      ...knowledge.lexicon('org_reference', language),
      ...own,
    ]);
    const articles = new Set(knowledge.lexicon('definite_article', language));
    // "au le", "alla la": the contracted word before a place's article is an article too.
    for (const row of knowledge.lexicon('place_contraction', language))
      articles.add(row.split(/\s+/u)[0] ?? '');
    words = {
      classes: toPhrases(terms),
      heads: [...own].filter((term) => !term.includes(' ')),
      articles,
      capitalisedDemonyms: knowledge.lexicon('capitalised_demonyms', language).has('yes'),
    };
    byLanguage.set(language, words);
  }
  return words;
}

/** Only spaces between two tokens: no comma, bracket or line end. */
function adjacent(context: EntityContext, tokens: readonly Token[], left: number): boolean {
  const a = tokens[left];
  const b = tokens[left + 1];
  return !!a && !!b && /^[^\S\n]*$/u.test(context.document.text.slice(a.end, b.start));
}

/** "Energiefirma", "Logistikdienstleister", "Konkurrenten": a German class noun or compound. */
function classCompound(context: EntityContext, token: Token | undefined): boolean {
  if (!token?.cap) return false;
  const { heads } = descriptorWords(context.knowledge, context.document.language);
  return heads.some((head) => token.lower.endsWith(head));
}

/**
 * "Alvik Technik des Maschinenbauers Brandor", "… des Brandor-Konzerns": where nouns are
 * capitalised, the connector at `connector` before a class noun that names an owner (its
 * name follows, or is the first half of a hyphenated compound) opens the owner's phrase,
 * which is no part of the name before it.
 */
export function opensOwnerPhrase(
  context: EntityContext,
  tokens: readonly Token[],
  connector: number,
): boolean {
  const noun = tokens[connector + 1];
  if (!context.nounsCapitalised || !noun || !classCompound(context, noun)) return false;
  const owner = tokens[connector + 2];
  return noun.text.includes('-') || (!!owner?.cap && adjacent(context, tokens, connector + 1));
}

/** A class noun or phrase, written in lower case, ends at token `end`: "firm", "cabinet d'avocats". */
function classEndsAt(context: EntityContext, tokens: readonly Token[], end: number): boolean {
  const token = tokens[end];
  if (!token || token.cap || token.possessive) return false;
  const { classes } = descriptorWords(context.knowledge, context.document.language);
  return phraseEndingAt(classes, tokens, end) !== null;
}

function isDemonym(context: EntityContext, token: Token | undefined): boolean {
  return !!token && context.places.demonym(token.text, context.document.language) !== null;
}

/**
 * What the words right before tokens[first] say: a class noun ("rival Acme", "Canadian
 * junior miner Acme"), a nationality after a class noun ("le groupe chinois Acme", "la
 * cadena de distribución lituana Acme") or after an article ("l'américain Acme"), or a
 * descriptor glued in front of the name in the same run ("Malaysian Acme",
 * "Energiefirma Acme", "Singapore-based Acme").
 */
export function descriptorBefore(
  context: EntityContext,
  tokens: readonly Token[],
  first: number,
): Descriptor | null {
  const before = first - 1;
  const token = tokens[before];
  if (!token || token.possessive || !adjacent(context, tokens, before)) return null;
  if (context.words.basedIn.test(token.text)) return 'based';
  if (classEndsAt(context, tokens, before)) return 'class';
  if (context.nounsCapitalised && classCompound(context, token)) return 'class';
  if (!isDemonym(context, token)) return null;
  for (let i = before - 1; i >= Math.max(0, before - CLASS_REACH); i--) {
    if (!adjacent(context, tokens, i) || tokens[i]?.cap) break;
    if (classEndsAt(context, tokens, i)) return 'class';
  }
  return token.cap || articleBefore(context, tokens, before) ? 'nationality' : null;
}

const firstNames = new Map<string, boolean>();

/** compromise knows the word as a given name ("Carlos", "Pierre"): "l'américain Jane Roe" is a person. */
function isFirstName(lower: string): boolean {
  let known = firstNames.get(lower);
  if (known === undefined) {
    known = nlp(lower).has('#FirstName');
    firstNames.set(lower, known);
  }
  return known;
}

/**
 * Is the candidate a name the descriptor before it introduces? A person's name ("the
 * company Jane Roe founded"), a date ("the company Tuesday said") and a model are not.
 * Where nouns are capitalised, a nationality alone ("die irische Regierung", "das deutsche
 * Retail Netzwerk") describes any noun, so it takes a class noun there.
 */
function introduces(candidate: Candidate, descriptor: Descriptor): boolean {
  const { span, context } = candidate;
  const words = candidate.nameLast - span.first + 1;
  if (descriptor === 'nationality' && context.nounsCapitalised) return false;
  const firstWord = span.tokens[span.first]?.lower ?? '';
  if (words > 1 && candidate.personShaped && isFirstName(firstWord)) return false;
  return !context.startsDate(candidate.textFromName, context.document.language);
}

const ORG: Decision = { kind: 'org' };

/** "Chilean chemicals firm Acme", "l'américain Acme", "der Logistikdienstleister Acme". */
export const orgAfterDescriptor: EntityRule = {
  name: 'orgAfterDescriptor',
  decide(candidate) {
    const { context, span } = candidate;
    const descriptor = descriptorBefore(context, span.tokens, span.first);
    return descriptor && introduces(candidate, descriptor) ? ORG : undefined;
  },
};

/**
 * How many tokens at the front of the span describe the name after them: "Singapore-based",
 * a German class noun ("Energiefirma Acme"), or a nationality ("Malaysian Acme", "le Suisse
 * Acme"). 0 when the front is part of the name.
 */
export function descriptorsInFront(candidate: Candidate): number {
  const { context, span } = candidate;
  const { tokens, first, last } = span;
  const token = tokens[first];
  if (!token || first === last || !tokens[first + 1]?.cap) return 0;
  if (
    rereadAfterDescriptor(context, tokens, first) ||
    !restIsName(context, tokens, first + 1, last)
  )
    return 0;
  const glued =
    context.words.basedIn.test(token.text) ||
    (context.nounsCapitalised
      ? classInFront(context, token)
      : nationalityInFront(context, tokens, first, last));
  return glued ? 1 : 0;
}

/** "Energiefirma Acme", but not "Bank Austria" or "Gruppe Acme": a keyword or legal word names. */
function classInFront(context: EntityContext, token: Token): boolean {
  const { knowledge } = context;
  return (
    classCompound(context, token) &&
    !knowledge.orgKeywords.has(token.lower) &&
    !knowledge.legalSuffixes.has(token.lower)
  );
}

/**
 * "Malaysian Acme ... Acme said": the document also names the company without the
 * nationality, so it is no part of the name ("American Express" keeps it). Where
 * nationality adjectives are written in lower case, a capitalised one after an article is
 * a noun: "le Suisse Acme". A registered name ("Nigerian Acme Oil Company Ltd") keeps it.
 */
function nationalityInFront(
  context: EntityContext,
  tokens: readonly Token[],
  first: number,
  last: number,
): boolean {
  const { knowledge } = context;
  if (!isDemonym(context, tokens[first]) || isDemonym(context, tokens[first + 1])) return false;
  for (let i = first + 1; i <= last; i++)
    if (knowledge.legalSuffixes.get(tokens[i]?.lower.replace(/\.$/u, '') ?? '') === 'legal')
      return false;
  const words = descriptorWords(knowledge, context.document.language);
  if (!words.capitalisedDemonyms && articleBefore(context, tokens, first)) return true;
  return namedWithout(context, tokens, first, last);
}

function articleBefore(context: EntityContext, tokens: readonly Token[], at: number): boolean {
  const article = tokens[at - 1];
  const { articles } = descriptorWords(context.knowledge, context.document.language);
  return !!article && adjacent(context, tokens, at - 1) && articles.has(article.lower);
}

/** A name re-read after the descriptor in front of it is not cut again. */
function rereadAfterDescriptor(
  context: EntityContext,
  tokens: readonly Token[],
  first: number,
): boolean {
  const previous = tokens[first - 1];
  if (!previous?.cap || !adjacent(context, tokens, first - 1)) return false;
  return (
    context.words.basedIn.test(previous.text) ||
    isDemonym(context, previous) ||
    (context.nounsCapitalised && classCompound(context, previous))
  );
}

/** The rest after a descriptor is a name: not a place, and more than legal forms and keywords. */
function restIsName(
  context: EntityContext,
  tokens: readonly Token[],
  first: number,
  last: number,
): boolean {
  const { knowledge } = context;
  let named = false;
  for (let i = first; i <= last; i++) {
    const token = tokens[i];
    if (token?.cap && !isLegal(knowledge, token) && !knowledge.orgKeywords.has(token.lower))
      named = true;
  }
  return named && lookupPlace(context, tokens, first, last) === null;
}

/**
 * The document writes the rest of the span, up to its designators ("Acme" of "Acme
 * Holding Group"), somewhere without the nationality in front.
 */
function namedWithout(
  context: EntityContext,
  tokens: readonly Token[],
  first: number,
  last: number,
): boolean {
  let end = last;
  while (end > first + 1 && context.knowledge.legalSuffixes.has(tokens[end]?.lower ?? '')) end--;
  const name = textOf(context.document, tokens, first + 1, end);
  const nationality = `${tokens[first]?.text ?? ''} `;
  const { text } = context.document;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const whole =
      !WORD_CHARACTER.test(text[at + name.length] ?? ' ') &&
      !WORD_CHARACTER.test(text[at - 1] ?? ' ');
    if (whole && text.slice(at - nationality.length, at) !== nationality) return true;
  }
  return false;
}

/** "Malaysian Acme", "Energiefirma Acme", "Singapore-based Acme": the name starts after the descriptor. */
export const descriptorInFront: EntityRule = {
  name: 'descriptorInFront',
  decide(candidate) {
    const count = descriptorsInFront(candidate);
    return count > 0 ? { kind: 'descriptor', first: candidate.span.first + count } : undefined;
  },
};
