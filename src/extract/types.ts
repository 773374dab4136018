/**
 * The typed hand-offs between build stages. Each stage module takes one of these
 * shapes and returns the next; src/extract/pipeline.ts lists the order once.
 */
import type { EdgeType, OrgRelationType, RegionLevel } from '../schema/graph.js';

/** A problem with one input, reported on stderr and then skipped. */
export interface Problem {
  file: string;
  reason: string;
}

/** What loading files gives: the documents read, and the files (or rows) skipped. */
export interface LoadResult {
  documents: RawDocument[];
  problems: Problem[];
}

/** Stage `load`: one document as read from disk, decoded but not cleaned. */
export interface RawDocument {
  /** Stable id derived from the file name (and row number for CSV corpora). */
  id: string;
  /** Path as given on the command line, relative when possible. */
  file: string;
  format: 'txt' | 'md' | 'html' | 'csv';
  /** Title from metadata (CSV column, HTML <title>), when the source has one. */
  title?: string;
  /** Publication date from metadata or a leading ` date YYYY-MM` line. */
  date: string | null;
  url?: string;
  /** Decoded text. HTML has already been reduced to text with line breaks at blocks. */
  text: string;
}

/** A region of the cleaned text. Peripheral zones are link lists, teasers and the like. */
export interface Zone {
  start: number;
  end: number;
  kind: 'body' | 'peripheral';
}

/** Stage `clean`: the article body. All later offsets point into `text`. */
export interface CleanDocument {
  id: string;
  file: string;
  title: string;
  date: string | null;
  url?: string;
  text: string;
  /** Covers all of `text`, sorted, non-overlapping. */
  zones: Zone[];
}

/** Stage `language`. */
export interface LanguageDocument extends CleanDocument {
  /** ISO 639-1 ("en", "fr", "de", "es", ...) or "und". */
  language: string;
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** Whether the sentence lies in a peripheral zone (related links, teasers...). */
  peripheral: boolean;
}

/** Stage `sentences`. */
export interface SentencedDocument extends LanguageDocument {
  sentences: Sentence[];
}

export type MentionKind = 'org' | 'person' | 'place';

/** What the gazetteer is told about the text around a place name. */
export interface PlaceContext {
  /** ISO 639-1 language of the text ("en", "fr", "pt", ..., or anything else). */
  language: string;
  /** ISO2 codes of countries mentioned nearby, to disambiguate cities and states. */
  countries?: ReadonlySet<string> | undefined;
  /** State region ids mentioned nearby ("region:state:US-TX"). */
  states?: ReadonlySet<string> | undefined;
  /**
   * The text calls the name a division ("Gauteng province", "la région de Kaolack"): a
   * first-level division of that name needs no other context and comes before any city.
   */
  division?: boolean | undefined;
}

/** A place, resolved to the gazetteer. */
export interface PlaceRef {
  /** Region node id, e.g. "region:country:KE" or "region:city:184745". */
  id: string;
  name: string;
  level: RegionLevel;
}

/** What a place lookup may use besides the name itself. */
export interface PlaceContext {
  /** ISO 639-1 language of the text ("en", "fr", "pt", ..., or anything else). */
  language: string;
  /** ISO2 codes of countries mentioned nearby, to disambiguate cities and states. */
  countries?: ReadonlySet<string>;
  /** State region ids mentioned nearby ("region:state:US-TX"). */
  states?: ReadonlySet<string>;
}

/** What the entity stage needs from the gazetteer. */
export interface PlaceLookup {
  lookup(surface: string, context: PlaceContext): PlaceRef | null;
  /** "Austin, TX": a place qualified by its state or country. */
  lookupIn?(name: string, qualifier: string, context: PlaceContext): PlaceRef | null;
  demonym(word: string, language: string): PlaceRef | null;
}

/** Stage `entities`: a surface occurrence of a name in the text. */
export interface Mention {
  start: number;
  end: number;
  /** Exact slice of the text. */
  text: string;
  kind: MentionKind;
  sentence: number;
  /** For places: the resolved region. */
  place?: PlaceRef;
  /** For organisations: company or organization. */
  orgType?: 'company' | 'organization';
  /** For places found through a demonym ("Vietnamese carriers"). */
  viaDemonym?: boolean;
  /** A place in a dateline ("OSLO, March 4, 2021 —"): where the news was filed, not where things happen. */
  dateline?: boolean;
  /** "Lagos-based": the place where the company it describes sits. */
  basedIn?: boolean;
  /** A business unit inside a job title ("President of Mobile Networks at Acme"): not an entity. */
  inTitle?: boolean;
  /** The name was followed by 's. */
  possessive?: boolean;
  /** An all-capitals short form ("ACME" for "Acme Corporation Europe") still to resolve. */
  acronym?: boolean;
  /** Strong: a legal form, keyword, definition or role says what it is; weak: context only. */
  strength: 'strong' | 'weak';
  /** Index of the token run inside its sentence, for syntax checks. */
  firstToken: number;
  lastToken: number;
}

/** "Acme Corporation Europe (ACE)": the acronym is defined by the mention before it. */
export interface AcronymDefinition {
  acronym: string;
  /** Index into the document's mentions. */
  mention: number;
}

/** "Jane Roe, CEO of Acme": a person, their title and organisation (mention indexes). */
export interface RoleLink {
  person: number;
  organization: number;
  title: string;
  sentence: number;
  /** Places that scope the role ("for Africa and the Middle East"), region ids. */
  regions: string[];
}

/** "Acme Corporation (“we” or the “Company”)": who "we" is on this page. */
export interface FirstPersonDefinition {
  mention: number;
}

/** Stage `entities`. */
export interface EntityDocument extends SentencedDocument {
  mentions: Mention[];
  acronyms: AcronymDefinition[];
  roleLinks: RoleLink[];
  firstPerson: FirstPersonDefinition[];
}

/** Stage `resolve`: mentions carry a document-independent key. */
export interface ResolvedMention extends Mention {
  /** Canonical key shared by all forms of one entity across documents, e.g. "org:acme". */
  key: string;
  /** The surface form normalised for display (legal form kept, dateline stripped). */
  name: string;
}

export interface PersonRole {
  person: string; // entity key
  organization: string; // entity key
  title: string;
  sentence: number;
  regions: string[];
}

/** A relation found in one sentence, before years are attached. */
export interface RelationCandidate {
  type: EdgeType | OrgRelationType;
  source: string; // entity key
  target: string; // entity key
  sentence: number;
  /** Region node ids of the places where it happens. */
  regions: string[];
  cue: string;
  /** 0..1, from how explicit the cue and the syntax were. */
  confidence: number;
  role?: string;
}

export interface ResolvedDocument extends SentencedDocument {
  mentions: ResolvedMention[];
  roles: PersonRole[];
  /** Entity key of the organisation that "we" refers to outside quotes, if the page says. */
  owner?: string;
}

export interface RelatedDocument extends ResolvedDocument {
  relations: RelationCandidate[];
}

/** Stage `dates`: every relation carries years, and where they came from. */
export interface DatedRelation extends RelationCandidate {
  years: number[];
  /** Absent when neither the text nor the document gives a year. */
  yearSource?: 'text' | 'document';
}

export interface DatedDocument extends ResolvedDocument {
  relations: DatedRelation[];
  /** The publication date, from metadata or else the first date written near the top. */
  date: string | null;
  /** Years written in the document's body, for node year ranges. */
  years: number[];
}

/** One rule's decision about a name in a document, as `npm run eval -- --explain` shows it. */
export interface RuleTraceEntry {
  documentId: string;
  /** The name as the document writes it. */
  surface: string;
  /** What became of it: "made org", "dropped", "related (supply) to Acme"… */
  decision: string;
  /** The rule or pattern, by its name in the entity rules or relation patterns. */
  rule: string;
}

export type RuleTrace = (entry: RuleTraceEntry) => void;
