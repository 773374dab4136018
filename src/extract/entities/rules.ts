/**
 * Entity rules: what a capitalised name candidate is. The rules are tried in ENTITY_RULES
 * order and the first that decides wins, so the order is the precedence: drops first, then
 * places, people, organisations, and last the weak names that only the rest of the document
 * can confirm (entities/weak.ts).
 */
import { isNonNounWord } from '../text/common-words.js';
import type { Token } from '../text/tokens.js';
import type { Candidate } from './candidate.js';
import type { Decision, Ruling } from './decision.js';
import { descriptorInFront, orgAfterDescriptor } from './descriptors.js';
import { orgByLeadingDesignator } from './designators.js';
import { orgAfterCountryPossessive } from './country-owner.js';
import { orgBeforeClassApposition } from './class-apposition.js';
import { JUNK_RULES, ministerPortfolio } from './junk.js';
import type { EntityRule } from './rule.js';
import { isLegal } from './lexicons.js';
import {
  orgBeforeTitledPerson,
  orgOfTitleAfterPerson,
  personAfterGluedTitle,
  personAfterNounInRun,
  personAfterTitledOrganisation,
  personAfterTitleOutsideName,
  personBeforeOrganisationTitle,
  personInAppositionToTitle,
} from './people.js';
import { lookupPlace } from './places.js';
import { orgBesideOwnerOrCountry } from './parenthesised-owner.js';
import { acronymInSlot, oneWordAfterSpeechVerb } from './slot-rules.js';
import { SPLIT_RULES } from './splits.js';

export type { Decision, Ruling } from './decision.js';
export type { EntityRule } from './rule.js';

const rule = (name: string, decide: EntityRule['decide']): EntityRule => ({ name, decide });

const DROP: Decision = { kind: 'drop' };
const PERSON: Decision = { kind: 'person' };
const ORG: Decision = { kind: 'org' };

/** A name data/exclusions.csv lists as no entity. */
export const excludedName = rule('excludedName', (candidate) =>
  candidate.context.knowledge.exclusions.has(candidate.surface.toLowerCase()) ? DROP : undefined,
);

/** "the Company", "the Group", "GmbH & Co. KG": legal forms alone name no one. */
export const legalFormsAlone = rule('legalFormsAlone', (candidate) => {
  const { knowledge } = candidate.context;
  const { tokens, first, last } = candidate.span;
  const legal = (token: Token) =>
    isLegal(knowledge, token) || knowledge.legalSuffixes.has(token.lower.replace(/\.$/, ''));
  return tokens.slice(first, last + 1).every(legal) ? DROP : undefined;
});

/** A wire-service credit in a dateline: "/PRNewswire/". */
export const wireCredit = rule('wireCredit', (candidate) => {
  const { text } = candidate.document;
  const { tokens, first, last } = candidate.span;
  const slashed =
    text[(tokens[first]?.start ?? 1) - 1] === '/' && text[tokens[last]?.end ?? 0] === '/';
  return slashed ? DROP : undefined;
});

/** A lone initial ("U." of a broken "U.\nS.") or a plural acronym ("CPUs") is no name. */
export const initialOrPluralAcronym = rule('initialOrPluralAcronym', (candidate) => {
  const { tokens, first, last } = candidate.span;
  return first === last && /^(\p{L}\.?|\p{Lu}{2,}s)$/u.test(tokens[first]?.text ?? '')
    ? DROP
    : undefined;
});

/** "US$400 million", "A$300m": a country code glued to a dollar sign names a currency. */
export const currencyPrefix = rule('currencyPrefix', (candidate) => {
  const { tokens, first, last } = candidate.span;
  const end = tokens[last]?.end ?? 0;
  return first === last && candidate.document.text[end] === '$' ? DROP : undefined;
});

/** "Kenya", "Lagos": the gazetteer knows it, and no keyword or honorific says otherwise. */
export const placeFromGazetteer = rule('placeFromGazetteer', (candidate) => {
  const { place } = candidate;
  return place && candidate.keywords.length === 0 && !candidate.span.honorific
    ? { kind: 'place', place }
    : undefined;
});

/**
 * "LAGOS Acme Holdings", "26 May 2021, Lagos Acme Holdings": a dateline's place glued to the
 * name after it. "MEXICO CITY" is one place, and never reaches here.
 */
export const placeBeforeNameInDateline = rule('placeBeforeNameInDateline', (candidate) => {
  const { tokens, first, last } = candidate.span;
  if (last === first || candidate.place) return undefined;
  const previous = tokens[first - 1];
  const datelinePosition =
    first === 0 || !previous || /\d/.test(previous.text) || tokens[first]?.upper === true;
  const next = tokens[first + 1];
  const restIsName = next?.cap && !candidate.context.knowledge.orgKeywords.has(next.lower);
  if (!datelinePosition || !restIsName) return undefined;
  const head = lookupPlace(candidate.context, tokens, first, first);
  return head ? { kind: 'datelinePlace', place: head } : undefined;
});

/**
 * "Data Centre", "World Cup", "Companies Act": a facility, event or law is no organisation,
 * but its owner after a connector may be ("Data Centre de Acme Telecom").
 */
export const facilityEventOrLaw = rule('facilityEventOrLaw', (candidate) => {
  const hits = candidate.keywords.filter(
    (hit) => hit.kind === 'facility' || hit.kind === 'event' || hit.kind === 'law',
  );
  if (hits.length === 0) return undefined;
  const { tokens, last } = candidate.span;
  const { connectors } = candidate.context.words;
  for (let i = Math.max(...hits.map((hit) => hit.at)) + 1; i < last; i++)
    if (!tokens[i]?.cap && connectors.has(tokens[i]?.lower ?? ''))
      return { kind: 'owner', first: i + 1 };
  return DROP;
});

/** "Mr. Jane Roe", "Dr Roe". */
export const personByHonorific = rule('personByHonorific', (candidate) =>
  candidate.personShaped && candidate.span.honorific ? PERSON : undefined,
);

/** "Acme VP Jane Roe": a role title right before the name. */
export const personByRoleTitle = rule('personByRoleTitle', (candidate) =>
  candidate.personShaped && candidate.span.titleBefore !== undefined && !candidate.acronymLike
    ? PERSON
    : undefined,
);

/** "Jane Roe, CEO of Acme": a role title in apposition after the name. */
export const personBeforeTitle = rule('personBeforeTitle', (candidate) =>
  candidate.personShaped && candidate.titleAfterComma ? PERSON : undefined,
);

/** "said Jane Roe", "a déclaré Claire Vasseur". */
export const personAfterSpeechVerb = rule('personAfterSpeechVerb', (candidate) =>
  candidate.personShaped && candidate.afterSpeechVerb ? PERSON : undefined,
);

/** "The CEO of Acme, Jane Roe, said": the name in apposition to a titled organisation. */
export const personInAppositionToTitledOrg = rule('personInAppositionToTitledOrg', (candidate) =>
  candidate.personShaped && candidate.titledOrganisation ? PERSON : undefined,
);

/** "Acme Ltd", "Acme GmbH & Co. KG". */
export const orgByLegalForm = rule('orgByLegalForm', (candidate) =>
  candidate.legalEnds.length > 0 ? ORG : undefined,
);

/** "Acme Telecom", "University of Lagos": an organisation keyword. */
export const orgByKeyword = rule('orgByKeyword', (candidate) =>
  candidate.keywordEnds.length > 0 ? ORG : undefined,
);

/** "Acme Corporation (ACO)", "Acme Holding Group (“Acme Holding”)": it defines a short name. */
export const orgDefiningShortName = rule('orgDefiningShortName', (candidate) =>
  candidate.definition !== null ? ORG : undefined,
);

/** "Acme Corporation (“we”)": the page's "we". */
export const orgDefiningFirstPerson = rule('orgDefiningFirstPerson', (candidate) =>
  candidate.definesFirstPerson ? ORG : undefined,
);

/** "CEO of Acme", "directrice générale de Acme". */
export const orgAfterRoleTitle = rule('orgAfterRoleTitle', (candidate) =>
  candidate.afterRoleTitle ? ORG : undefined,
);

/** "ACME", "OVS": all capitals, one token. */
export const acronym = rule('acronym', (candidate) =>
  candidate.acronymLike ? { kind: 'acronym' } : undefined,
);

/** "Kenyan" alone: a demonym is not a name (the sentence's demonym pass makes it a place). */
export const demonymAlone = rule('demonymAlone', (candidate) =>
  candidate.single &&
  candidate.context.places.demonym(candidate.lastToken?.text ?? '', candidate.document.language)
    ? DROP
    : undefined,
);

/** "March 4, 2021", "12. Mai": a month name starts a date, not a name. */
export const monthOfDate = rule('monthOfDate', (candidate) =>
  candidate.single &&
  candidate.context.startsDate(candidate.textFromName, candidate.document.language)
    ? DROP
    : undefined,
);

/** A quoted term: the “Company”. */
export const quotedTerm = rule('quotedTerm', (candidate) =>
  candidate.single && /[“"‘«]\s*$/u.test(candidate.textBeforeName) ? DROP : undefined,
);

/**
 * Anything else may be an organisation the rest of the document confirms. A single common
 * word ("Headquartered", "Independent") only as the short name of one it names in full.
 */
export const weakName = rule('weakName', (candidate) => ({
  kind: 'weak',
  commonWord: candidate.single && isNonNounWord(candidate.lastToken?.lower ?? ''),
}));

export const ENTITY_RULES: readonly EntityRule[] = [
  excludedName,
  legalFormsAlone,
  wireCredit,
  initialOrPluralAcronym,
  currencyPrefix,
  placeFromGazetteer,
  placeBeforeNameInDateline,
  descriptorInFront,
  facilityEventOrLaw,
  personAfterGluedTitle,
  personAfterNounInRun,
  personByHonorific,
  personByRoleTitle,
  personBeforeTitle,
  oneWordAfterSpeechVerb,
  personAfterSpeechVerb,
  personInAppositionToTitledOrg,
  personAfterTitleOutsideName,
  personInAppositionToTitle,
  personBeforeOrganisationTitle,
  personAfterTitledOrganisation,
  ...SPLIT_RULES,
  orgByLegalForm,
  orgByLeadingDesignator,
  orgByKeyword,
  orgDefiningShortName,
  orgBesideOwnerOrCountry,
  orgDefiningFirstPerson,
  orgAfterDescriptor,
  orgAfterCountryPossessive,
  ministerPortfolio,
  orgAfterRoleTitle,
  orgBeforeTitledPerson,
  orgOfTitleAfterPerson,
  acronymInSlot,
  orgBeforeClassApposition,
  ...JUNK_RULES,
  acronym,
  demonymAlone,
  monthOfDate,
  quotedTerm,
  weakName,
];

/** The first rule's decision; weakName, last, always decides. */
export function decide(candidate: Candidate, rules = ENTITY_RULES): Ruling {
  for (const entityRule of rules) {
    const decision = entityRule.decide(candidate);
    if (decision) return { decision, rule: entityRule.name };
  }
  throw new Error('no entity rule decided');
}
