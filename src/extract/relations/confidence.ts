/**
 * How sure the relation stage is of what it finds. A cued relation's confidence is the
 * cue's own (data/relation-cues.csv) times a factor for the syntax that found its parties;
 * relations without a cue have a fixed confidence.
 */

/** "cooperation between A and B": both parties in the cue's own phrase. */
export const BETWEEN_PARTIES = 1;
/** "A signed an agreement with B". */
export const WITH_SUBJECT = 0.95;
/** "A and C signed an agreement with B": C, coordinated with the subject. */
export const WITH_COORDINATED_SUBJECT = 0.9;
/** "A signed an agreement with French utility giant B": B behind a description. */
export const DESCRIBED_PARTNER = 0.85;
/** "Acme through its arm Beta acquired Gamma": Acme takes part, times the cue's reading. */
export const OWNER_THROUGH_UNIT = 0.9;
/** "A is one of B's partners". */
export const POSSESSOR_PARTNER = 0.8;
/** "A and B signed an agreement". */
export const COORDINATED_SUBJECTS = 0.85;
/** A directed relation whose source is the cue's subject: "A supplies B". */
export const SUBJECT_AS_SOURCE = 0.9;
/** A directed relation whose source is the cue's object: "A was acquired by B". */
export const OBJECT_AS_SOURCE = 0.85;
/** "A became one of B's suppliers": the object is a possessor before the cue. */
export const POSSESSOR_OBJECT = 0.85;
/** A party found by weak evidence only (context, no legal form or keyword). */
export const WEAK_PARTY = 0.85;

/** "Tremon, a joint venture between Acme and Beta": the venture and each member, times the cue's. */
export const NAMED_VENTURE = 0.85;
/** "Acme's subsidiaries Beta and Gamma", "Beta, another Acme subsidiary". */
export const UNIT_LIST = 0.85;
/** "Acme Chile" beside "Acme": a local unit named after its parent and a place. */
export const LOCAL_UNIT = 0.75;
/** "Acme sold Beta to Gamma": Beta was Acme's, Gamma acquires it. */
export const SALE = 0.8;
/** "Acme sold Beta to Gamma": the buyer and the seller, counterparts in one deal. */
export const SALE_COUNTERPARTS = 0.7;
/** "Acme holds 40% of Beta". */
export const PERCENT_HOLDING = 0.85;
/** "Beta, détenue à 51 % par Acme": a share held, stated in the passive. */
export const HELD_SHARE = 0.85;
/** "la OPA de Acme sobre Beta", "Acme's takeover bid for Beta". */
export const TAKEOVER_BID = 0.8;
/** "Tremon (Acme 40%, Beta 60%)": the owners listed with their shares. */
export const SHARE_LIST = 0.8;
/** "The shareholders of Tremon are Acme and Beta". */
export const SHAREHOLDERS_NAMED = 0.8;
/** "Tremon Pharma of Acme Holdings signed ...": a unit named with its owner. */
export const UNIT_OF_OWNER = 0.75;
/** "Acme supplies customers such as Beta and Gamma". */
export const COUNTERPART_LIST = 0.75;

/** "Acme ... in Lagos". */
export const ACTIVE_IN = 0.6;
/** "Acme ... in Lagos", where Acme was found by weak evidence only. */
export const ACTIVE_IN_WEAK_PARTY = 0.5;
/** "the Lagos-based lender Acme". */
export const BASED_IN = 0.8;
/** "the Kenyan operator Acme". */
export const NATIONALITY = 0.6;
/** "Jane Roe, CEO of Acme". */
export const ROLE = 0.9;

/** Confidences are kept to three decimals. */
export function round(confidence: number): number {
  return Math.round(confidence * 1000) / 1000;
}

/** "Acme will build the network for Beta": Acme supplies Beta. */
export const BUILT_FOR = 0.75;
/** "Beta picked Acme to supply turbines": Acme supplies Beta. */
export const CHOSEN_SUPPLIER = 0.75;
