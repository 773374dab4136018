/**
 * Every way the relation stage finds a relation, in the order it tries them.
 *
 * A relation needs a cue (data/relation-cues.csv) and a syntactic slot for each party:
 * two companies merely named in one sentence are never linked. At each cue, the first
 * pattern that accepts and reads it decides (relations/pattern.ts). Parties are
 * organisation mentions, "we"/"our" for the speaker's or page owner's organisation, and a
 * definite "the operator" for the previous subject (relations/parse.ts).
 */
import { backwardCue, forwardCue, possessorObject, turnedCue } from './directed.js';
import { mutualBetween, mutualCoordinated, mutualPossessor, mutualWith } from './mutual.js';
import { listBetween, listCoordinated, listWith } from './lists.js';
import type { RelationPattern } from './pattern.js';
import { possessiveDeterminerUnit, possessiveUnit } from './ownership.js';
import { activeIn, basedIn, locatedInCue, nationality } from './places.js';
import { worksFor } from './roles.js';
import { counterpartList } from './counterparts.js';
import { openingPossessiveUnit } from './openings.js';
import { localUnit } from './local-units.js';
import { percentHolding } from './holdings.js';
import { relativeHolding } from './relative-holdings.js';
import { takeoverBid } from './bids.js';
import { heldShare } from './held.js';
import { saleToBuyer } from './sales.js';
import { builtFor } from './built-for.js';
import { chosenSupplier } from './chosen-supplier.js';
import { appositiveUnit, parentNoun, unitList } from './units.js';
import { namedVenture } from './ventures.js';
import { shareList } from './shares.js';
import { shareholdersNamed } from './owners.js';
import { coordinatedUnit } from './coordinated-units.js';
import { clauseFinalCue, splitClauseFinal } from './clause-final.js';
import { actionByAgent } from './action-agent.js';
import { articleUnitBeside, articleUnitCue, unitNamedWithOwner } from './unit-apposition.js';
import { parenthesisedGroup } from './parenthesised-group.js';
import { invertedBelonging } from './inverted-belonging.js';
import { unitOfOwner } from './unit-of.js';
import { appositiveSubject } from './appositions.js';
import { ownerThroughUnit } from './through-unit.js';
import { mutualCoordinatedDescribed, mutualWithDescribed } from './described.js';
import { supplyToRecipient } from './supply-to.js';
import { coordinatedObjects } from './coordinated-objects.js';
import { coordinatedUnitName, coordinatedUnitOf } from './coordinated-unit-name.js';

export const RELATION_PATTERNS: readonly RelationPattern[] = [
  // At each cue:
  clauseFinalCue, //    "Acme hat Beta übernommen"                Acme -> Beta
  locatedInCue, //      "Acme, headquartered in Lagos"            located_in
  listBetween, //       "a joint venture between A, B and C"      every pair
  mutualBetween, //     "cooperation between A and B"             A - B
  ownerThroughUnit, //  "A through its unit B acquired C"         B -> C, A -> C
  appositiveSubject, // "A – a unit of B – signed a deal with C"   A - C (not B - C)
  listWith, //          "A signed agreements with B and C"        A - B, A - C
  mutualWith, //        "A signed an agreement with B"            A - B, and C - B in "A and C ... with B"
  mutualWithDescribed, // "A signed a deal with the French giant B" A - B
  mutualPossessor, //   "A became one of B's partners"            A - B
  listCoordinated, //   "A, B and C set up a joint venture"       every pair
  coordinatedUnitName, // "A and B's unit, C, set up a venture"     A - C
  mutualCoordinated, // "A and B signed an agreement"             A - B
  mutualCoordinatedDescribed, // "A and Singapore-based B set up a JV"  A - B
  coordinatedUnitOf, // "A and the unit of B, C, ..."              C -> B (not A -> B)
  possessiveUnit, //   "A's Indian subsidiary, B"                B -> A
  possessorObject, //   "A became one of B's suppliers"           A -> B
  articleUnitCue, //    "Acme y la filial Beta"                   Beta -> Acme
  turnedCue, //         "Acme and its subsidiary Beta"            Beta -> Acme
  actionByAgent, //     "the acquisition of Beta by Acme"         Acme -> Beta
  supplyToRecipient, // "A will supply hydrogen to steelmaker B"  A -> B
  coordinatedObjects, // "A acquired B and C"                      A -> B, A -> C
  forwardCue, //        "A supplies B"                            A -> B
  backwardCue, //       "A was acquired by B"                     B -> A
  // Then in each sentence:
  splitClauseFinal, //  "Acme arbeitet mit Beta zusammen"        Acme - Beta
  activeIn, //          "Acme ... in Lagos"                       active_in
  basedIn, //           "the Lagos-based lender Acme"             located_in
  nationality, //       "the Kenyan operator Acme"                located_in
  possessiveDeterminerUnit, // "Acme through its ports arm Beta"   Beta -> Acme
  coordinatedUnit, //   "Acme and finance arm Beta"               Beta -> Acme
  articleUnitBeside, // "Acme e la controllata Beta"             Beta -> Acme
  unitNamedWithOwner, // "die Tochter Beta der Acme"             Beta -> Acme
  parenthesisedGroup, // "Beta (Gruppo Acme)"                     Beta -> Acme
  invertedBelonging, // "Zu Acme gehören Beta und Gamma"          Beta -> Acme, Gamma -> Acme
  unitOfOwner, //       "Tremon Pharma of Acme and ..."           Tremon Pharma -> Acme
  unitList, //          "Acme's subsidiaries Beta and Gamma"     Beta -> Acme, Gamma -> Acme
  appositiveUnit, //    "Beta, another Acme subsidiary"           Beta -> Acme
  parentNoun, //        "Beta's parent Acme"                      Beta -> Acme
  saleToBuyer, //       "Acme sold Beta to Gamma"                 Beta -> Acme, Gamma -> Beta, Gamma -> Acme
  builtFor, //          "Acme will build the network for Beta"    Acme -> Beta (supply)
  chosenSupplier, //    "Beta picked Acme to supply turbines"     Acme -> Beta (supply)
  percentHolding, //    "Acme holds 40% of Beta"                  Acme -> Beta
  relativeHolding, //   "Beta, in which Acme holds 40%"           Acme -> Beta
  takeoverBid, //       "la OPA de Acme sobre Beta"               Acme -> Beta
  heldShare, //         "Beta, détenue à 51 % par Acme"           Beta -> Acme
  counterpartList, //   "Acme serves customers such as B and C"   Acme -> B, Acme -> C (supply)
  namedVenture, //      "Tremon, a joint venture of A and B"      A - Tremon, B - Tremon, A - B
  shareList, //         "Tremon (Acme 40%, Beta 60%)"             A - Tremon, B - Tremon, A - B
  shareholdersNamed, // "the shareholders of Tremon are A and B"  A - Tremon, B - Tremon, A - B
  // Then in the document:
  openingPossessiveUnit, // "Acme ... . Its subsidiary Beta ..."  Beta -> Acme
  localUnit, //         "Acme Chile" beside "Acme"                Acme Chile -> Acme
  worksFor, //          "Jane Roe, CEO of Acme"                   works_for
];
