/** What an entity rule decides about a candidate name, and which rule decided it. */
import type { PlaceRef } from '../types.js';

export type Decision =
  /** Not a name. */
  | { kind: 'drop' }
  | { kind: 'place'; place: PlaceRef }
  /** "LAGOS Acme Holdings": the first token is the dateline's place; the rest is read again. */
  | { kind: 'datelinePlace'; place: PlaceRef }
  /** "Data Centre de Acme Telecom": no name itself, but the owner from `first` on may be. */
  | { kind: 'owner'; first: number }
  /** Two names: the tokens before `at` and those from `at + skip` on are read again. */
  | { kind: 'split'; at: number; skip: number }
  /** "Malaysian Acme", "Energiefirma Acme": the first words describe the name from `first` on. */
  | { kind: 'descriptor'; first: number }
  | { kind: 'person' }
  | { kind: 'org' }
  /** An all-capitals short form, a weak organisation until it is resolved. */
  | { kind: 'acronym' }
  /** An organisation only if the rest of the document supports it. */
  | { kind: 'weak'; commonWord: boolean }
  /** "Acme-Chef Max Muster": an organisation, then a person holding a title there (people.ts). */
  | TitledPersonDecision;

export interface TitledPersonDecision {
  kind: 'titledPerson';
  head: { first: number; last: number; glued?: { name: string; offset: number } } | null;
  person: number;
  title: string;
  /** A role at the head organisation; else a person noun ("Unternehmer"), which links nothing. */
  role: boolean;
}

export interface Ruling {
  decision: Decision;
  rule: string;
}
