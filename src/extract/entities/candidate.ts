/**
 * A name candidate: a span of capitalised tokens in one sentence, and the facts the entity
 * rules ask about it. Each fact is worked out on first use, so a rule that decides early
 * spares the lookups the later rules would need.
 */
import { isNonNounWord } from '../text/common-words.js';
import type { Token } from '../text/tokens.js';
import type { PlaceRef, SentencedDocument } from '../types.js';
import type { EntityContext } from './context.js';
import { datelinePlace } from './datelines.js';
import { ACRONYM, isLegal, keywordKinds, textOf, type KeywordHit, type Part } from './lexicons.js';
import { personNameShape } from './person-name.js';
import { lookupPlace } from './places.js';
import { definesShortName } from './short-names.js';
import {
  afterRoleTitle,
  afterSpeechVerb,
  appositionToTitledOrg,
  titleAfterApposition,
} from './surroundings.js';
import { isModel } from './weak.js';

/** How much text after a name may hold its definition: "(“Acme”, “we” or “our”)". */
const DEFINITION_WINDOW = 60;
/** How much text a date starting at a name may take: "September 30, 2021". */
const DATE_WINDOW = 30;

/** Where a candidate sits, before anything is known about it. */
export interface Span {
  sentence: number;
  tokens: Token[];
  /** Token indexes in this sentence where a relation cue starts. */
  cues: number[];
  titleCase: boolean;
  first: number;
  last: number;
  /** A role title right before the name ("VP Jane Roe"). */
  titleBefore?: string | undefined;
  /** A role title right after the name ("Acme VP"). */
  titleAfter?: string | undefined;
  /** An honorific stood before the name ("Mr. Roe"). */
  honorific: boolean;
}

/** "Acme Corporation (ACO)", "Acme Holding Group (Acme Holding)": a short name in parentheses. */
const SHORT_NAME =
  /^\s*\(\s*(?:the\s+)?[“"«]?\s*([\p{Lu}][\p{L}\p{N}&. -]{1,40}?)\s*[”"»]?\s*[),;]/u;

export class Candidate {
  private readonly known = new Map<string, unknown>();

  constructor(
    readonly context: EntityContext,
    readonly span: Span,
  ) {}

  /** A new candidate in the same sentence with part of the span changed; its facts start anew. */
  with(change: Partial<Span>): Candidate {
    return new Candidate(this.context, { ...this.span, ...change });
  }

  /** The span as written. */
  get surface(): string {
    return this.once('surface', () => this.textOf(this.span.first, this.span.last));
  }

  /** The place the gazetteer knows by this name, or the English name of a dateline's place. */
  get place(): PlaceRef | null {
    return this.once('place', () => placeOf(this));
  }

  /** Organisation keywords in the span ("Telecom", "University", "data center"). */
  get keywords(): readonly KeywordHit[] {
    return this.once('keywords', () =>
      keywordKinds(this.context.knowledge, this.span.tokens, this.span.first, this.span.last),
    );
  }

  /** Where a company or organisation keyword may end the name (none when keywords are all). */
  get keywordEnds(): readonly number[] {
    return this.once('keywordEnds', () => {
      const { first, last } = this.span;
      if (this.keywords.length === last - first + 1) return [];
      return this.keywords
        .filter((hit) => hit.kind === 'company' || hit.kind === 'organization')
        .map((hit) => hit.at);
    });
  }

  /** Legal forms after the first token: "Acme Ltd", "Acme GmbH & Co. KG". */
  get legalEnds(): readonly number[] {
    return this.once('legalEnds', () => {
      const ends: number[] = [];
      for (let i = this.span.first + 1; i <= this.span.last; i++)
        if (isLegal(this.context.knowledge, this.span.tokens[i])) ends.push(i);
      return ends;
    });
  }

  /** Whether a keyword or legal form says the span names an organisation. */
  get orgEvidence(): boolean {
    return this.keywordEnds.length > 0 || this.legalEnds.length > 0;
  }

  /**
   * The name's last token. Title-case headlines run words together, so there the name ends
   * after its last keyword or legal form and the legal forms that follow it.
   */
  get nameLast(): number {
    return this.once('nameLast', () => {
      const { tokens, last, titleCase } = this.span;
      if (!titleCase || !this.orgEvidence) return last;
      let end = Math.max(...this.keywordEnds, ...this.legalEnds);
      while (end < last && isLegal(this.context.knowledge, tokens[end + 1])) end++;
      return end;
    });
  }

  /** The name up to nameLast, as the weak-name step and the mention builder take it. */
  get part(): Part {
    const { sentence, cues, tokens, first, titleCase } = this.span;
    return {
      sentence,
      cues,
      tokens,
      first,
      last: this.nameLast,
      titleCase,
      sentenceInitial: first === 0,
    };
  }

  /** The name is one token. */
  get single(): boolean {
    return this.span.first === this.nameLast;
  }

  /** The name ends with a legal form: "Acme Ltd". */
  get legalEnd(): boolean {
    return this.nameLast > this.span.first && isLegal(this.context.knowledge, this.lastToken);
  }

  get orgType(): 'company' | 'organization' {
    const organization = this.keywords.some(
      (hit) => hit.kind === 'organization' && hit.at <= this.nameLast,
    );
    return organization ? 'organization' : 'company';
  }

  /** The name-like words in parentheses right after the name: "(ACO)", "(Acme Holding)". */
  get parenthesised(): string | null {
    return SHORT_NAME.exec(this.textAfterName)?.[1] ?? null;
  }

  /** The short name or acronym defined in parentheses after the name. */
  get definition(): string | null {
    const shortName = this.parenthesised;
    return shortName !== null && definesShortName(shortName, this.surface) ? shortName : null;
  }

  /** "Acme Corporation (“we” or the “Company”)". */
  get definesFirstPerson(): boolean {
    return this.context.words.firstPersonDefinition.test(this.textAfterName);
  }

  /** "ACME", "OVS", but not a model designation ("A350"). */
  get acronymLike(): boolean {
    const token = this.lastToken;
    return (
      this.single &&
      token !== undefined &&
      ACRONYM.test(token.text.replace(/\./g, '')) &&
      !isModel(this.part)
    );
  }

  /**
   * Short, capitalised, not all capitals (initials aside), and no keyword or legal form. In
   * a title-case line only the words up to personLast are judged, and none may be a common word.
   */
  get personShaped(): boolean {
    return this.once('personShaped', () => {
      const { tokens, first, titleCase } = this.span;
      if (this.orgEvidence || this.legalEnd) return false;
      const name = { first, last: this.nameLast, judged: this.personLast, titleCase };
      return personNameShape(this.context, tokens, name, isNonNounWord);
    });
  }

  /** A person's last token: title-case text glues the next words on ("VP Jane Roe Delivers Keynote"). */
  get personLast(): number {
    return this.span.titleCase ? Math.min(this.nameLast, this.span.first + 1) : this.nameLast;
  }

  /** "Jane Roe, CEO of ...": the title after the name and the token after the title. */
  get titleAfterComma(): { title: string; next: number } | null {
    return this.once('titleAfterComma', () =>
      titleAfterApposition(this.document, this.context.words, this.span.tokens, this.nameLast),
    );
  }

  /** "The CEO of Acme, Jane Roe,": the title and the organisation's first token. */
  get titledOrganisation(): { title: string; org: number } | null {
    return this.once('titledOrganisation', () =>
      this.orgEvidence || this.legalEnd
        ? null
        : appositionToTitledOrg(
            this.document,
            this.context.words,
            this.span.tokens,
            this.span.first,
            this.nameLast,
          ),
    );
  }

  get afterSpeechVerb(): boolean {
    return afterSpeechVerb(this.context.words, this.span.tokens, this.span.first);
  }

  get afterRoleTitle(): boolean {
    return afterRoleTitle(this.context.words, this.span.tokens, this.span.first);
  }

  /** The text from the name's first token on, as far as a date could reach. */
  get textFromName(): string {
    const start = this.span.tokens[this.span.first]?.start ?? 0;
    return this.document.text.slice(start, start + DATE_WINDOW);
  }

  /** The two characters before the name (an opening quote?). */
  get textBeforeName(): string {
    const start = this.span.tokens[this.span.first]?.start ?? 0;
    return this.document.text.slice(Math.max(0, start - 2), start);
  }

  get lastToken(): Token | undefined {
    return this.span.tokens[this.nameLast];
  }

  get document(): SentencedDocument {
    return this.context.document;
  }

  textOf(first: number, last: number): string {
    return textOf(this.document, this.span.tokens, first, last);
  }

  private get textAfterName(): string {
    const end = this.lastToken?.end ?? 0;
    return this.document.text.slice(end, end + DEFINITION_WINDOW);
  }

  private once<T>(fact: string, compute: () => T): T {
    if (!this.known.has(fact)) this.known.set(fact, compute());
    return this.known.get(fact) as T;
  }
}

/**
 * The gazetteer's place for the span. Wire copy names the dateline's place in English whatever
 * the language of the text ("New Zealand, le 9 juillet 2022 —"): only there, English names count.
 */
function placeOf(candidate: Candidate): PlaceRef | null {
  const { context, span, surface } = candidate;
  const place = lookupPlace(context, span.tokens, span.first, span.last);
  if (place || span.first !== 0 || context.document.language === 'en') return place;
  const sentence = context.document.sentences[span.sentence]?.text ?? '';
  return datelinePlace(sentence) === surface
    ? context.places.lookup(surface, { language: 'en', countries: context.countries })
    : null;
}
