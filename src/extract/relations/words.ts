/**
 * The words the relation stage reads, for one language, from data/lexicon.csv and
 * data/relation-cues.csv.
 */
import type { Cue, Knowledge } from '../knowledge/index.js';
import { phrasesOf } from '../text/match.js';

/** Words that decide whether a definite "the company" is a subject (relations/reference.ts). */
export interface ReferenceWords {
  articles: ReadonlySet<string>;
  nouns: ReadonlySet<string>;
  /** Words that may stand before a subject: function words, "and", name connectors. */
  leading: ReadonlySet<string>;
  /** Words that make the phrase an object: "with", "between", "and", prepositions. */
  governing: ReadonlySet<string>;
}

export interface RelationWords {
  cues: readonly Cue[];
  with: ReadonlySet<string>;
  between: ReadonlySet<string>;
  /** "of": "a joint venture of A and B" names its members. */
  of: ReadonlySet<string>;
  and: ReadonlySet<string>;
  /** Function words, such as the article in "A and the B". */
  articles: ReadonlySet<string>;
  /** "in Lagos": a place after one of these is where an organisation is active. */
  locatives: ReadonlySet<string>;
  /** "its", "sa": a determiner before a role noun turns a cue round. */
  possessives: ReadonlySet<string>;
  /** "stake": an acquisition of a stake is an investment. */
  stakeWords: ReadonlySet<string>;
  /** "wurde": a clause-final verb after one is passive ("Beta wurde von Acme übernommen"). */
  passiveAuxiliaries: ReadonlySet<string>;
  /** Words ending a prepositional cue ("of", "de", "to"). */
  prepositions: ReadonlySet<string>;
  /** Nouns for a kind of organisation: "the Chinese group Acme" (`org_reference`, `org_class`). */
  orgNouns: ReadonlySet<string>;
  /** "that", "que": a relative clause ends a noun phrase ("the group that bought Acme"). */
  relatives: ReadonlySet<string>;
  /** Nouns for a company's unit: "its ports arm Beta" (`unit_noun` and `unit_noun_plural`). */
  unitNouns: ReadonlySet<string>;
  /** The plural ones, which a list of units may follow: "its units Beta and Gamma". */
  unitPlurals: ReadonlySet<string>;
  /** "group", "gruppo": "Beta (Gruppo Acme)" names Beta's group (data/lexicon.csv `group_noun`). */
  groupNouns: ReadonlySet<string>;
  /** "we", "our": the speaker's or the page owner's organisation. */
  firstPerson: ReadonlySet<string>;
  /** The first-person words that are not possessive ("we", "nous"). */
  firstPersonSubjects: ReadonlySet<string>;
  speechVerbs: readonly string[][];
  /** "Acme said that it ...": the pronoun that stands for the speaker. */
  speechPronouns: ReadonlySet<string>;
  /** "both parties": a follow-up sentence about the relation just announced. */
  anaphors: readonly string[][];
  reference: ReferenceWords;
  constructions: ConstructionWords;
}

/** Words of the constructions that name parties around their own trigger words. */
export interface ConstructionWords {
  /** "the joint venture, called Beta". */
  naming: ReadonlySet<string>;
  /** "the joint venture created by Acme and Beta". */
  created: ReadonlySet<string>;
  /** "formed", "gründeten": active founding, "Acme and Beta formed Tremon, a joint venture". */
  founding: ReadonlySet<string>;
  /** "by" of a passive: "created by", "vendue par". */
  agent: ReadonlySet<string>;
  /** "Acme sold Beta to Gamma". */
  sell: ReadonlySet<string>;
  /** "sale", "cession", "Verkauf": "the sale of Beta to Gamma". */
  saleNouns: ReadonlySet<string>;
  /** "its majority stake in Beta": a sold stake that gives control. */
  majority: ReadonlySet<string>;
  /** "Acme will build the network for Beta": building for a customer. */
  build: ReadonlySet<string>;
  /** "for", "pour", "für": whom a thing is built for. */
  beneficiary: ReadonlySet<string>;
  /** "build a case for Beta": what is built is no goods. */
  abstractObjects: ReadonlySet<string>;
  /** "Acme picked Beta to supply turbines": choosing a supplier. */
  choice: ReadonlySet<string>;
  /** "to", "pour", "um": the purpose clause after the one chosen. */
  purpose: ReadonlySet<string>;
  /** "to supply", "pour fournir": the purpose is supplying. */
  purposeSupply: ReadonlySet<string>;
  /** "to" of a sale's buyer. */
  recipient: ReadonlySet<string>;
  /** "was", "fue", "se": before a participle, a passive ("Beta was sold to Gamma"). */
  passive: ReadonlySet<string>;
  /** "Acme holds 40% of Beta". */
  hold: ReadonlySet<string>;
  /** "Beta, owned 60% by Acme", "détenue à 51 % par Acme". */
  held: ReadonlySet<string>;
  /** "per cent" after a number, as phrases. */
  percent: readonly string[][];
  /** "the capital", "the shares": "40% of the capital of Beta", as phrases. */
  capital: readonly string[][];
  /** "takeover bid", "OPA", "offre publique d'achat", as phrases. */
  bids: readonly string[][];
  /** "for", "sur", "sobre": the preposition before a bid's target. */
  bidTarget: ReadonlySet<string>;
  /** "customers such as Acme and Beta". */
  customers: ReadonlySet<string>;
  /** "suppliers such as Acme and Beta". */
  suppliers: ReadonlySet<string>;
  /** "such as", "tels que", "wie", as phrases. */
  examples: readonly string[][];
  /** "Beta's parent Acme", "sa maison mère", as phrases. */
  parents: readonly string[][];
  /** "the shareholders of Tremon are Acme and Beta". */
  shareholders: ReadonlySet<string>;
  /** "are", "sind": the verb between a company's owners and their names. */
  pluralCopula: ReadonlySet<string>;
  /** "zu", "ad": the owner's preposition in "Zu Acme gehören Beta und Gamma". */
  belongPrepositions: ReadonlySet<string>;
  /** "gehören", "fanno capo", as phrases. */
  belongVerbs: readonly string[][];
  /** "Acme, through its arm Beta, ...": the words before the possessive, as phrases. */
  through: readonly string[][];
  /** "from", "auprès de": before whom goods are bought ("buy nickel from Acme"), as phrases. */
  sellerPrepositions: readonly string[][];
  /** "plant", "assets": bought as part of a business, never as goods. */
  assetNouns: ReadonlySet<string>;
  /** "in which", "dont", "di cui": a relative clause about a company's holder, as phrases. */
  holdingRelatives: readonly string[][];
}

export function relationWords(knowledge: Knowledge, language: string): RelationWords {
  const lexicon = (kind: Parameters<Knowledge['lexicon']>[0]) => knowledge.lexicon(kind, language);
  const withWords = lexicon('with');
  const between = lexicon('between');
  const and = lexicon('and');
  const articles = lexicon('function_word');
  const prepositions = new Set([...lexicon('of'), ...lexicon('preposition')]);
  return {
    cues: knowledge.cues(language),
    with: withWords,
    between,
    of: lexicon('of'),
    and,
    articles,
    locatives: lexicon('locative'),
    possessives: lexicon('possessive'),
    stakeWords: lexicon('stake'),
    prepositions,
    passiveAuxiliaries: lexicon('passive_auxiliary'),
    unitNouns: new Set(
      [...lexicon('unit_noun'), ...lexicon('unit_noun_plural')].map((word) => word.toLowerCase()),
    ),
    unitPlurals: lowerCased(lexicon('unit_noun_plural')),
    relatives: lowerCased(lexicon('relative_pronoun')),
    orgNouns: new Set(
      [...lexicon('org_reference'), ...lexicon('org_class')].map((word) => word.toLowerCase()),
    ),
    groupNouns: lowerCased(lexicon('group_noun')),
    firstPerson: lexicon('first_person'),
    firstPersonSubjects: lexicon('first_person_subject'),
    speechVerbs: phrasesOf(lexicon('speech_verb')),
    speechPronouns: lexicon('speech_pronoun'),
    anaphors: phrasesOf(lexicon('anaphor')),
    constructions: constructionWords(lexicon),
    reference: {
      articles: lexicon('definite_article'),
      nouns: lexicon('org_reference'),
      leading: new Set([...articles, ...and, ...lexicon('connector')]),
      governing: new Set([...withWords, ...between, ...and, ...prepositions]),
    },
  };
}

const lowerCache = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

/**
 * A word list in lower case, made once per list: the knowledge hands out the same Set each
 * time, and phrasesOf() keeps its phrases by the identity of the Set it is given.
 */
function lowerCased(words: ReadonlySet<string>): ReadonlySet<string> {
  let lower = lowerCache.get(words);
  if (!lower)
    lowerCache.set(words, (lower = new Set([...words].map((word) => word.toLowerCase()))));
  return lower;
}

function constructionWords(
  lexicon: (kind: Parameters<Knowledge['lexicon']>[0]) => ReadonlySet<string>,
): ConstructionWords {
  return {
    naming: lowerCased(lexicon('naming')),
    created: lowerCased(lexicon('created_verb')),
    founding: lowerCased(lexicon('founding_verb')),
    agent: lowerCased(lexicon('agent')),
    sell: lowerCased(lexicon('sell_verb')),
    saleNouns: lowerCased(lexicon('sale_noun')),
    majority: lowerCased(lexicon('majority_word')),
    build: lowerCased(lexicon('build_verb')),
    beneficiary: lowerCased(lexicon('beneficiary')),
    abstractObjects: lowerCased(lexicon('abstract_object')),
    choice: lowerCased(lexicon('choice_verb')),
    purpose: lowerCased(lexicon('purpose')),
    purposeSupply: lowerCased(lexicon('purpose_supply_verb')),
    recipient: lowerCased(lexicon('recipient')),
    passive: lowerCased(lexicon('passive_auxiliary')),
    hold: lowerCased(lexicon('hold_verb')),
    held: lowerCased(lexicon('held_participle')),
    percent: phrasesOf(lowerCased(lexicon('percent'))),
    capital: phrasesOf(lowerCased(lexicon('capital_noun'))),
    bids: phrasesOf(lowerCased(lexicon('bid_noun'))),
    bidTarget: lowerCased(lexicon('bid_target')),
    customers: lowerCased(lexicon('customer_noun')),
    suppliers: lowerCased(lexicon('supplier_noun')),
    examples: phrasesOf(lowerCased(lexicon('example_intro'))),
    parents: phrasesOf(lowerCased(lexicon('parent_noun'))),
    shareholders: lowerCased(lexicon('shareholder_noun')),
    pluralCopula: lowerCased(lexicon('plural_copula')),
    belongPrepositions: lowerCased(lexicon('belong_preposition')),
    belongVerbs: phrasesOf(lowerCased(lexicon('belong_verb'))),
    through: phrasesOf(lowerCased(lexicon('through'))),
    sellerPrepositions: phrasesOf(lowerCased(lexicon('seller_preposition'))),
    holdingRelatives: phrasesOf(lowerCased(lexicon('holding_relative'))),
    assetNouns: lowerCased(lexicon('asset_noun')),
  };
}
