/**
 * What the entity stage has found in a document so far, and how each rule's decision adds to
 * it: mentions, acronym and "we" definitions, weak candidates, and titles waiting for their
 * organisation.
 */
import type {
  AcronymDefinition,
  FirstPersonDefinition,
  Mention,
  SentencedDocument,
} from '../types.js';
import type { Candidate } from './candidate.js';
import type { Part } from './lexicons.js';
import { textOf } from './lexicons.js';
import type { PendingRole } from './roles.js';
import type { Decision, Ruling } from './rules.js';

/** One decision, for explaining where a node came from or why a name was dropped. */
export interface TraceEntry {
  sentence: number;
  start: number;
  end: number;
  surface: string;
  decision: Decision['kind'];
  rule: string;
}

export type EntityTrace = (entry: TraceEntry) => void;

export class Findings {
  readonly mentions: Mention[] = [];
  readonly acronyms: AcronymDefinition[] = [];
  readonly firstPerson: FirstPersonDefinition[] = [];
  readonly weak: Part[] = [];
  /** Titles waiting for their organisation, linked once weak names are settled. */
  readonly pendingRoles: PendingRole[] = [];
  /** "sentence:firstToken" of organisation names directly before a title -> mention index. */
  readonly orgBeforeTitle = new Map<string, number>();

  constructor(
    readonly document: SentencedDocument,
    private readonly trace?: EntityTrace,
  ) {}

  add(mention: Mention, decision: TraceEntry['decision'], rule: string): number {
    this.mentions.push(mention);
    this.note(mention, decision, rule);
    return this.mentions.length - 1;
  }

  addPlaceWord(mention: Mention, rule: string): number {
    return this.add(mention, 'place', rule);
  }

  note(
    where: Pick<TraceEntry, 'sentence' | 'start' | 'end'> & { text: string },
    decision: TraceEntry['decision'],
    rule: string,
  ): void {
    const { sentence, start, end, text } = where;
    this.trace?.({ sentence, start, end, surface: text, decision, rule });
  }

  /** Notes a decision that made no mention, on the candidate's tokens up to `last`. */
  noteCandidate(
    candidate: Candidate,
    decision: TraceEntry['decision'],
    rule: string,
    last = candidate.span.last,
  ): void {
    if (!this.trace) return;
    const { tokens, first, sentence } = candidate.span;
    const start = tokens[first]?.start ?? 0;
    const end = tokens[last]?.end ?? 0;
    this.note({ sentence, start, end, text: candidate.textOf(first, last) }, decision, rule);
  }

  /** A mention of tokens first..last of the part. */
  mention(part: Part, kind: Mention['kind'], extra: Partial<Mention> = {}): Mention {
    const firstToken = part.tokens[part.first];
    const lastToken = part.tokens[part.last];
    return {
      start: firstToken?.start ?? 0,
      end: lastToken?.end ?? 0,
      text: textOf(this.document, part.tokens, part.first, part.last),
      kind,
      sentence: part.sentence,
      strength: 'strong',
      firstToken: part.first,
      lastToken: part.last,
      ...(lastToken?.possessive ? { possessive: true } : {}),
      ...extra,
    };
  }
}

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
  const role = (title: string, orgBefore: boolean, at: number) =>
    findings.pendingRoles.push({ person, title, orgBefore, at, sentence: span.sentence });
  if (span.titleBefore !== undefined) role(span.titleBefore, true, span.first);
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
