/**
 * Carries out an entity rule's decision on a candidate: the mention it makes, the titles
 * waiting for a person's organisation, the acronym and "we" definitions of an organisation.
 */
import type { Mention } from '../types.js';
import type { Candidate } from './candidate.js';
import type { Ruling } from './decision.js';
import type { Findings } from './findings.js';
import type { Part } from './lexicons.js';
import { addTitledHead, outsideRoles, type OutsideRole } from './people.js';

/**
 * Carries out a rule's decision on a candidate. `readAgain` classifies what is left of it
 * ("Acme Holdings" after a dateline's "LAGOS"). Returns the mention made, if any.
 */
export function applyDecision(
  findings: Findings,
  candidate: Candidate,
  { decision, rule }: Ruling,
  readAgain: (rest: Candidate) => number | null,
): number | null {
  const { span } = candidate;
  switch (decision.kind) {
    case 'drop':
      findings.noteCandidate(candidate, 'drop', rule);
      return null;
    case 'owner': {
      findings.noteCandidate(candidate, 'owner', rule);
      const owner = { first: decision.first, titleBefore: undefined, titleAfter: undefined };
      return readAgain(candidate.with({ ...owner, honorific: false }));
    }
    case 'descriptor':
      findings.noteCandidate(candidate, 'descriptor', rule, decision.first - 1);
      return readAgain(candidate.with({ first: decision.first }));
    case 'place': {
      const { place } = decision;
      if (place.level === 'country') candidate.context.countries.add(place.id.slice(-2));
      return findings.add(
        findings.mention(wholePart(candidate), 'place', { place }),
        'place',
        rule,
      );
    }
    case 'split': {
      findings.noteCandidate(candidate, 'split', rule);
      const head = readAgain(candidate.with({ last: decision.at - 1, titleAfter: undefined }));
      const rest = { first: decision.at + decision.skip, titleBefore: undefined, honorific: false };
      return readAgain(candidate.with(rest)) ?? head;
    }
    case 'datelinePlace': {
      const head = { ...wholePart(candidate), last: span.first };
      findings.add(findings.mention(head, 'place', { place: decision.place }), 'place', rule);
      return readAgain(candidate.with({ first: span.first + 1 }));
    }
    case 'person':
      return addPerson(findings, candidate, rule);
    case 'org':
    case 'acronym':
      return addOrganisation(findings, candidate, decision.kind, rule);
    case 'titledPerson': {
      addTitledHead(findings, candidate, decision, rule);
      const titleBefore = decision.role ? decision.title : undefined;
      const person = { first: decision.person, titleBefore, titleAfter: undefined };
      const rest = candidate.with({ ...person, honorific: false });
      return decision.role ? readAgain(rest) : addPerson(findings, rest, rule);
    }
    case 'weak': {
      const part = candidate.part;
      findings.weak.push(decision.commonWord ? { ...part, commonWord: true } : part);
      findings.noteCandidate(candidate, 'weak', rule, part.last);
      return null;
    }
  }
}

function addPerson(findings: Findings, candidate: Candidate, rule: string): number {
  const { span } = candidate;
  const part = { ...candidate.part, last: candidate.personLast };
  const person = findings.add(findings.mention(part, 'person'), 'person', rule);
  const role = (title: string, orgBefore: boolean, at: number, outside: OutsideRole = { title }) =>
    findings.pendingRoles.push({
      ...outside,
      person,
      title,
      orgBefore,
      at,
      sentence: span.sentence,
    });
  if (span.titleBefore !== undefined) role(span.titleBefore, true, span.first);
  for (const outside of outsideRoles(candidate))
    role(outside.title, outside.titleStart !== undefined, span.first, outside);
  const titled = candidate.titledOrganisation;
  if (titled) role(titled.title, false, titled.org);
  const following = candidate.titleAfterComma;
  if (following) role(following.title, false, following.next);
  return person;
}

function addOrganisation(
  findings: Findings,
  candidate: Candidate,
  kind: 'org' | 'acronym',
  rule: string,
): number {
  const { span } = candidate;
  const extra: Partial<Mention> =
    kind === 'org'
      ? { orgType: candidate.orgType }
      : { orgType: 'company', acronym: true, strength: 'weak' };
  const index = findings.add(findings.mention(candidate.part, 'org', extra), kind, rule);
  if (kind === 'org') {
    const definition = candidate.definition;
    if (definition && definition !== candidate.lastToken?.text)
      findings.acronyms.push({ acronym: definition, mention: index });
    if (candidate.definesFirstPerson) findings.firstPerson.push({ mention: index });
  }
  if (span.titleAfter !== undefined)
    findings.orgBeforeTitle.set(`${span.sentence}:${span.first}`, index);
  return index;
}

/** The candidate's whole span, before a title-case cut. */
function wholePart(candidate: Candidate): Part {
  const { sentence, cues, tokens, first, last, titleCase } = candidate.span;
  return { sentence, cues, tokens, first, last, titleCase, sentenceInitial: first === 0 };
}
