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
import type { Part } from './lexicons.js';
import { textOf } from './lexicons.js';
import type { PendingRole } from './roles.js';
import type { Decision } from './decision.js';

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

/** What noting a candidate reads of it (the entity rules' Candidate has it). */
interface NotedCandidate {
  span: {
    tokens: readonly { start: number; end: number }[];
    first: number;
    last: number;
    sentence: number;
  };
  textOf(first: number, last: number): string;
}

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
    candidate: NotedCandidate,
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
