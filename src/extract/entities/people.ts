/**
 * People rules: the entity rules (rules.ts lists them in ENTITY_RULES) that read a title
 * standing outside a name's run, and what they add: the person, the organisation of their
 * title, and the role waiting to link them.
 *
 *   "Acme chief executive Jane Roe said"           Acme (org), Jane Roe (person), works_for
 *   "le président camerounais Paul Biya"           Paul Biya (person)
 *   "El ministro de Hacienda, Juan Pérez, dijo"    Juan Pérez (person)
 *   "sagte Acme-Chef Max Muster"                   Acme (org), Max Muster (person), works_for
 *   "il presidente della Regione Alfa Mario Rossi" Regione Alfa (org), Mario Rossi (person)
 *
 * Later in the article, a surname alone ("Roe said") is the same person, not a new name.
 */
import { isNonNounWord } from '../text/common-words.js';
import { longestPhraseAt } from '../text/match.js';
import type { Mention, SentencedDocument } from '../types.js';
import type { Candidate } from './candidate.js';
import type { Findings } from './findings.js';
import { textOf } from './lexicons.js';
import { lookupPlace } from './places.js';
import {
  gluedTitle,
  governingTitle,
  nameBeforeComma,
  organisationTitleAfter,
  personInTitledOrganisation,
  titleAndPersonAfter,
  titleBeforeName,
  titleInApposition,
} from './person-context.js';
import { nameWords } from './person-name.js';
import type { Decision, TitledPersonDecision } from './decision.js';

/** An entity rule (rules.ts declares the same shape; declared here too to avoid a cycle). */
interface EntityRule {
  readonly name: string;
  decide(candidate: Candidate): Decision | undefined;
}

/** A person's name with a title outside its run has a given name and a surname at least. */
const MIN_TITLED_NAME_WORDS = 2;

const PERSON: Decision = { kind: 'person' };
const ORG: Decision = { kind: 'org' };

const twoWordsOrMore = (candidate: Candidate) =>
  nameWords(candidate.context, candidate.span.tokens, candidate.span.first, candidate.nameLast) >=
  MIN_TITLED_NAME_WORDS;

/** "sagte Acme-Chef Max Muster": the organisation glued to the title, then the person. */
export const personAfterGluedTitle: EntityRule = {
  name: 'personAfterGluedTitle',
  decide(candidate) {
    const { first, last } = candidate.span;
    if (first === last || candidate.span.titleCase) return undefined;
    const glued = gluedTitle(candidate);
    if (!glued || !candidate.with({ first: first + 1 }).personShaped) return undefined;
    const { organisation, offset, title } = glued;
    // "Ex-Chef Max Muster": a title with no organisation, so no role to link.
    if (organisation === null)
      return { kind: 'titledPerson', head: null, person: first + 1, title, role: false };
    const head = { first, last: first, glued: { name: organisation, offset } };
    return { kind: 'titledPerson', head, person: first + 1, title, role: true };
  },
};

/** "il presidente della Regione Alfa Mario Rossi": the title's organisation, then the person. */
export const personAfterTitledOrganisation: EntityRule = {
  name: 'personAfterTitledOrganisation',
  decide(candidate) {
    const person = personInTitledOrganisation(candidate);
    const title = person === null ? null : governingTitle(candidate);
    if (person === null || title === null) return undefined;
    const head = { first: candidate.span.first, last: person - 1 };
    return { kind: 'titledPerson', head, person, title, role: true };
  },
};

/** "der Unternehmer Max Muster", "Milliardärin Anna Berg": a person noun starts the run. */
export const personAfterNounInRun: EntityRule = {
  name: 'personAfterNounInRun',
  decide(candidate) {
    const { first, last, tokens } = candidate.span;
    if (first === last || candidate.span.titleCase) return undefined;
    const noun = longestPhraseAt(candidate.context.words.personNouns, tokens, first);
    if (!noun) return undefined;
    const person = first + noun.length;
    const rest = candidate.with({ first: person });
    if (person > candidate.span.last || !rest.personShaped || !twoWordsOrMore(rest))
      return undefined;
    const title = candidate.textOf(first, person - 1);
    return { kind: 'titledPerson', head: null, person, title, role: false };
  },
};

/** "chief executive officer Jane Roe", "le président camerounais Paul Biya". */
export const personAfterTitleOutsideName: EntityRule = {
  name: 'personAfterTitleOutsideName',
  decide: (candidate) =>
    candidate.personShaped &&
    !candidate.acronymLike &&
    twoWordsOrMore(candidate) &&
    titleBeforeName(candidate)
      ? PERSON
      : undefined,
};

/** "El ministro de Hacienda, Juan Pérez,", "Acme's chairman, Jane Roe, said". */
export const personInAppositionToTitle: EntityRule = {
  name: 'personInAppositionToTitle',
  decide: (candidate) =>
    candidate.personShaped && twoWordsOrMore(candidate) && titleInApposition(candidate)
      ? PERSON
      : undefined,
};

/** "said Jane Roe, Acme's chief executive", "Jane Roe, its chairman, said". */
export const personBeforeOrganisationTitle: EntityRule = {
  name: 'personBeforeOrganisationTitle',
  decide: (candidate) =>
    candidate.personShaped &&
    twoWordsOrMore(candidate) &&
    organisationTitleAfter(candidate, candidate.nameLast)
      ? PERSON
      : undefined,
};

/** "Jane Roe, Acme's chief executive, said": the organisation of the person's title. */
export const orgOfTitleAfterPerson: EntityRule = {
  name: 'orgOfTitleAfterPerson',
  decide(candidate) {
    if (candidate.span.titleCase || candidate.acronymLike) return undefined;
    const name = nameBeforeComma(candidate);
    const found = name ? organisationTitleAfter(candidate, name.last) : null;
    return found?.org?.first === candidate.span.first ? ORG : undefined;
  },
};

/**
 * "Acme chief executive Jane Roe said", "Acme CEO Jane Roe": the name before a title and a
 * person is the person's organisation. Not a common word ("Former"), a date, a nationality or
 * a title-case line; a single word starting the sentence only in English, where the common
 * words are known. "Former Acme chief executive Jane Roe": Acme is read again without "Former".
 */
export const orgBeforeTitledPerson: EntityRule = {
  name: 'orgBeforeTitledPerson',
  decide(candidate) {
    const { span, context, document } = candidate;
    // An acronym ("ACME CEO Jane Roe") is left to the acronym rule, which resolves it.
    if (span.titleCase || candidate.acronymLike || !titleAndPersonAfter(candidate))
      return undefined;
    const firstWord = span.tokens[span.first]?.lower ?? '';
    const commonFirst = document.language === 'en' && isNonNounWord(firstWord);
    if (commonFirst && !candidate.single) return { kind: 'owner', first: span.first + 1 };
    if (candidate.single && (commonFirst || (span.first === 0 && document.language !== 'en')))
      return undefined;
    if (context.startsDate(candidate.textFromName, document.language)) return undefined;
    const word = candidate.lastToken?.text ?? '';
    if (candidate.single && context.places.demonym(word, document.language)) return undefined;
    return ORG;
  },
};

/**
 * The organisation (or place) of a titledPerson decision; the person is read next
 * (findings.ts). "Kenia-Chef": a place glued to the title is the place, not an organisation.
 */
export function addTitledHead(
  findings: Findings,
  candidate: Candidate,
  decision: TitledPersonDecision,
  rule: string,
): void {
  const { head, title } = decision;
  if (!head) return;
  const { span, context } = candidate;
  const headCandidate = candidate.with({ first: head.first, last: head.last, titleAfter: title });
  const part = { ...headCandidate.part, first: head.first, last: head.last };
  const placeContext = { language: candidate.document.language, countries: context.countries };
  const place = head.glued
    ? context.places.lookup(head.glued.name, placeContext)
    : lookupPlace(context, span.tokens, head.first, head.last);
  if (place) {
    const mention = glue(findings.mention(part, 'place', { place }), head.glued);
    findings.add(mention, 'place', rule);
    return;
  }
  const mention = findings.mention(part, 'org', { orgType: headCandidate.orgType });
  const index = findings.add(glue(mention, head.glued), 'org', rule);
  findings.orgBeforeTitle.set(`${span.sentence}:${head.first}`, index);
}

/** The organisation's part of a glued token ("Acme" of "Ex-Acme-Chef"). */
function glue(mention: Mention, glued: { name: string; offset: number } | undefined): Mention {
  if (!glued) return mention;
  const start = mention.start + glued.offset;
  return { ...mention, start, end: start + glued.name.length, text: glued.name };
}

/** A title outside the name's run, for the role linking: where it starts, and its organisation. */
export interface OutsideRole {
  title: string;
  /** The organisation ends right before the title ("Acme chief executive Jane Roe") ... */
  titleStart?: number;
  /** ... or starts right after its "of" ("El gobernador del Banco Alfa, Juan Pérez"). */
  orgStart?: number;
}

/** The roles a person's titles outside the name's run give, for linkRoles. */
export function outsideRoles(candidate: Candidate): OutsideRole[] {
  const roles: OutsideRole[] = [];
  if (candidate.span.titleBefore === undefined) {
    const before = titleBeforeName(candidate);
    if (before?.role) roles.push({ title: before.title, titleStart: before.start });
  }
  const following = organisationTitleAfter(candidate, candidate.nameLast);
  if (following) roles.push({ title: following.title, titleStart: following.titleStart });
  if (!candidate.titledOrganisation) {
    const apposition = titleInApposition(candidate);
    if (apposition?.org != null) roles.push({ title: apposition.title, orgStart: apposition.org });
    else if (apposition) roles.push({ title: apposition.title, titleStart: apposition.start });
  }
  return roles;
}

/**
 * "Roe said", "Roe:" in a headline, "Jane Roe signed": a weak name that is the name, the
 * surname or the last words of a person the document names in full is that person, not an
 * organisation.
 */
export function surnamesOfPeople(document: SentencedDocument, findings: Findings): void {
  const tails = new Set<string>();
  for (const mention of findings.mentions) {
    if (mention.kind !== 'person') continue;
    const words = mention.text.split(/\s+/u);
    // Only a name in full says whose surname it is ("Zentrix" after a speech verb does not).
    if (words.length < 2) continue;
    for (let i = 0; i < words.length; i++) tails.add(words.slice(i).join(' '));
  }
  if (tails.size === 0) return;
  const kept = findings.weak.filter((part) => {
    const text = textOf(document, part.tokens, part.first, part.last);
    if (!tails.has(text)) return true;
    findings.add(findings.mention(part, 'person'), 'person', 'surnameOfPerson');
    return false;
  });
  findings.weak.splice(0, findings.weak.length, ...kept);
}
