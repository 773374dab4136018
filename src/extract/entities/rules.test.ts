import { describe, expect, it } from 'vitest';
import { fakePlaces, knowledge, place, sentenced } from '../__fixtures__/helpers.js';
import { isTitleCase } from '../text/runs.js';
import { tokenize } from '../text/tokens.js';
import type { PlaceLookup } from '../types.js';
import { Candidate, type Span } from './candidate.js';
import { entityContext } from './context.js';
import { dropFinalStop } from './lexicons.js';
import {
  acronym,
  decide,
  demonymAlone,
  ENTITY_RULES,
  excludedName,
  facilityEventOrLaw,
  initialOrPluralAcronym,
  currencyPrefix,
  legalFormsAlone,
  monthOfDate,
  orgAfterRoleTitle,
  orgByKeyword,
  orgByLegalForm,
  orgDefiningFirstPerson,
  orgDefiningShortName,
  personAfterSpeechVerb,
  personBeforeTitle,
  personByHonorific,
  personByRoleTitle,
  personInAppositionToTitledOrg,
  placeBeforeNameInDateline,
  placeFromGazetteer,
  quotedTerm,
  weakName,
  wireCredit,
} from './rules.js';
import { cuePositions } from './weak.js';

const lagos = place('region:city:1', 'Lagos', 'city');
const kenya = place('region:country:KE', 'Kenya');
const capeTown = place('region:city:2', 'Le Cap', 'city');
const gazetteer = fakePlaces({ Lagos: lagos, Kenya: kenya, 'Le Cap': capeTown }, { Kenyan: kenya });
/** Only "March" starts a date here: the rule is tested, not the date parser. */
const startsDate = (text: string) => text.startsWith('March ');

interface Options extends Partial<Span> {
  language?: string;
  places?: PlaceLookup;
}

/** The candidate `name` in `sentence` (its first occurrence), as the stage would build it. */
function candidate(sentence: string, name: string, options: Options = {}): Candidate {
  const { language = 'en', places = gazetteer, ...span } = options;
  const document = sentenced(sentence, language);
  const context = entityContext(document, knowledge, places, startsDate);
  const tokens = dropFinalStop(tokenize(sentence, 0, context.words.dotted), knowledge);
  const start = sentence.indexOf(name);
  const first = tokens.findIndex((token) => token.start === start);
  const last = tokens.findIndex((token) => token.end === start + name.length);
  if (start < 0 || first < 0 || last < first) throw new Error(`no tokens for "${name}"`);
  return new Candidate(context, {
    sentence: 0,
    tokens,
    cues: cuePositions(knowledge, language, tokens),
    titleCase: isTitleCase(tokens, context.words.functionWords),
    first,
    last,
    honorific: false,
    ...span,
  });
}

describe('ENTITY_RULES', () => {
  it('names every rule once and ends with weakName, which always decides', () => {
    const names = ENTITY_RULES.map((rule) => rule.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.at(-1)).toBe('weakName');
  });

  it('reports the rule that decided', () => {
    expect(decide(candidate('Orvalis Ltd opened an office.', 'Orvalis Ltd'))).toEqual({
      decision: { kind: 'org' },
      rule: 'orgByLegalForm',
    });
  });

  it('puts places before organisations and people before organisations', () => {
    expect(decide(candidate('Orvalis Ltd opened an office in Lagos.', 'Lagos')).rule).toBe(
      'placeFromGazetteer',
    );
    expect(decide(candidate('Mr. Kestrel said so.', 'Kestrel', { honorific: true })).rule).toBe(
      'personByHonorific',
    );
  });
});

describe('drops', () => {
  it('excludedName: a name the exclusions list holds', () => {
    expect(
      excludedName.decide(candidate('Read our Privacy Policy today.', 'Privacy Policy')),
    ).toEqual({ kind: 'drop' });
    expect(excludedName.decide(candidate('Orvalis Ltd grew.', 'Orvalis Ltd'))).toBeUndefined();
  });

  it('legalFormsAlone: "the Company" names no one', () => {
    expect(legalFormsAlone.decide(candidate('The Company grew.', 'Company'))).toEqual({
      kind: 'drop',
    });
    expect(legalFormsAlone.decide(candidate('Orvalis Ltd grew.', 'Orvalis Ltd'))).toBeUndefined();
  });

  it('wireCredit: a wire service between slashes', () => {
    const sentence = 'LAGOS, May 3, 2021 /Newswirely/ -- Orvalis Ltd opened an office.';
    expect(wireCredit.decide(candidate(sentence, 'Newswirely'))).toEqual({ kind: 'drop' });
    expect(wireCredit.decide(candidate(sentence, 'Orvalis Ltd'))).toBeUndefined();
  });

  it('initialOrPluralAcronym: "U." and "CPUs"', () => {
    expect(
      initialOrPluralAcronym.decide(candidate('Orvalis sells CPUs to Tremon.', 'CPUs')),
    ).toEqual({ kind: 'drop' });
    expect(initialOrPluralAcronym.decide(candidate('The U. office closed.', 'U.'))).toEqual({
      kind: 'drop',
    });
    expect(initialOrPluralAcronym.decide(candidate('OVS sells chips.', 'OVS'))).toBeUndefined();
  });
});

describe('places', () => {
  it('currencyPrefix: "US$" and "A$" are currencies, "US" alone is not one', () => {
    const sentence = 'Orvalis paid US$40 million and A$3m to Tremon in the US.';
    expect(currencyPrefix.decide(candidate(sentence, 'US'))).toEqual({ kind: 'drop' });
    expect(currencyPrefix.decide(candidate(sentence, 'A'))).toEqual({ kind: 'drop' });
    const plain = candidate('Orvalis opened an office in the US.', 'US');
    expect(currencyPrefix.decide(plain)).toBeUndefined();
  });

  it('placeFromGazetteer: a place the gazetteer knows', () => {
    expect(
      placeFromGazetteer.decide(candidate('Orvalis opened an office in Lagos.', 'Lagos')),
    ).toEqual({ kind: 'place', place: lagos });
    expect(
      placeFromGazetteer.decide(candidate('Orvalis opened an office in Lagos.', 'Orvalis')),
    ).toBeUndefined();
  });

  it('placeFromGazetteer: not with an organisation keyword or an honorific', () => {
    expect(
      placeFromGazetteer.decide(
        candidate('Lagos Telecom grew.', 'Lagos Telecom', {
          places: fakePlaces({ 'Lagos Telecom': lagos }),
        }),
      ),
    ).toBeUndefined();
    expect(
      placeFromGazetteer.decide(candidate('Mr. Lagos spoke.', 'Lagos', { honorific: true })),
    ).toBeUndefined();
  });

  it('placeFromGazetteer: a contracted article is part of the place name ("au Cap", "della Spezia")', () => {
    const fr = candidate('Orvalis ouvre un bureau au Cap.', 'Cap', { language: 'fr' });
    expect(placeFromGazetteer.decide(fr)).toEqual({ kind: 'place', place: capeTown });
    const spezia = place('region:city:3', 'La Spezia', 'city');
    const italian = candidate('Il porto della Spezia cresce.', 'Spezia', {
      language: 'it',
      places: fakePlaces({ 'La Spezia': spezia }),
    });
    expect(placeFromGazetteer.decide(italian)).toEqual({ kind: 'place', place: spezia });
    // Only the text's own language reads "au" so.
    expect(
      placeFromGazetteer.decide(candidate('Orvalis opened an office au Cap.', 'Cap')),
    ).toBeUndefined();
  });

  it('placeBeforeNameInDateline: "LAGOS Orvalis Holdings" at a dateline', () => {
    const dateline = candidate('LAGOS Orvalis Holdings signed a deal.', 'LAGOS Orvalis Holdings');
    expect(placeBeforeNameInDateline.decide(dateline)).toEqual({
      kind: 'datelinePlace',
      place: lagos,
    });
    const inText = candidate('Tremon met Lagos Orvalis Holdings.', 'Lagos Orvalis Holdings');
    expect(placeBeforeNameInDateline.decide(inText)).toBeUndefined();
  });

  it('facilityEventOrLaw: no organisation, but its owner after a connector may be', () => {
    const owned = candidate(
      'The Data Centre de Orvalis Telecom opened.',
      'Data Centre de Orvalis Telecom',
    );
    expect(facilityEventOrLaw.decide(owned)).toEqual({ kind: 'owner', first: 4 });
    expect(
      facilityEventOrLaw.decide(candidate('The Lagos Data Centre opened.', 'Lagos Data Centre')),
    ).toEqual({ kind: 'drop' });
    expect(
      facilityEventOrLaw.decide(candidate('Orvalis Telecom grew.', 'Orvalis Telecom')),
    ).toBeUndefined();
  });
});

describe('people', () => {
  const person = { kind: 'person' };

  it('personByHonorific: "Mr. Kestrel"', () => {
    expect(
      personByHonorific.decide(candidate('Mr. Kestrel said so.', 'Kestrel', { honorific: true })),
    ).toEqual(person);
    expect(personByHonorific.decide(candidate('Kestrel said so.', 'Kestrel'))).toBeUndefined();
  });

  it('personByRoleTitle: "Orvalis VP Jane Kestrel"', () => {
    const titled = candidate('Orvalis VP Jane Kestrel spoke.', 'Jane Kestrel', {
      titleBefore: 'VP',
    });
    expect(personByRoleTitle.decide(titled)).toEqual(person);
    expect(
      personByRoleTitle.decide(candidate('Orvalis VP Jane Kestrel spoke.', 'Jane Kestrel')),
    ).toBeUndefined();
  });

  it('personBeforeTitle: "Jane Kestrel, CEO of Orvalis"', () => {
    const sentence = 'Jane Kestrel, CEO of Orvalis Ltd, spoke.';
    expect(personBeforeTitle.decide(candidate(sentence, 'Jane Kestrel'))).toEqual(person);
    expect(
      personBeforeTitle.decide(candidate('Jane Kestrel, a friend, spoke.', 'Jane Kestrel')),
    ).toBeUndefined();
  });

  it('personAfterSpeechVerb: "said Jane Kestrel"', () => {
    expect(
      personAfterSpeechVerb.decide(candidate('“We grow,” said Jane Kestrel.', 'Jane Kestrel')),
    ).toEqual(person);
    expect(
      personAfterSpeechVerb.decide(candidate('We met Jane Kestrel.', 'Jane Kestrel')),
    ).toBeUndefined();
  });

  it('personInAppositionToTitledOrg: "The CEO of Orvalis, Jane Kestrel, said"', () => {
    const sentence = 'The CEO of Orvalis, Jane Kestrel, said the deal closed.';
    expect(personInAppositionToTitledOrg.decide(candidate(sentence, 'Jane Kestrel'))).toEqual(
      person,
    );
    const list = 'Orvalis, Jane Kestrel, and Tremon met.';
    expect(personInAppositionToTitledOrg.decide(candidate(list, 'Jane Kestrel'))).toBeUndefined();
  });

  it('no person where a legal form or keyword says organisation', () => {
    const legal = candidate('Mr. Kestrel Ltd grew.', 'Kestrel Ltd', { honorific: true });
    expect(personByHonorific.decide(legal)).toBeUndefined();
  });
});

describe('organisations', () => {
  const org = { kind: 'org' };

  it('orgByLegalForm: "Orvalis Ltd"', () => {
    expect(orgByLegalForm.decide(candidate('Orvalis Ltd grew.', 'Orvalis Ltd'))).toEqual(org);
    expect(
      orgByLegalForm.decide(candidate('Orvalis Kestrel grew.', 'Orvalis Kestrel')),
    ).toBeUndefined();
  });

  it('orgByKeyword: "Orvalis Telecom"', () => {
    expect(orgByKeyword.decide(candidate('Orvalis Telecom grew.', 'Orvalis Telecom'))).toEqual(org);
    expect(
      orgByKeyword.decide(candidate('Orvalis Kestrel grew.', 'Orvalis Kestrel')),
    ).toBeUndefined();
  });

  it('orgDefiningShortName: "Orvalis Kestrel (OVK)"', () => {
    const defined = candidate('Orvalis Kestrel (OVK) grew.', 'Orvalis Kestrel');
    expect(orgDefiningShortName.decide(defined)).toEqual(org);
    expect(defined.definition).toBe('OVK');
    expect(
      orgDefiningShortName.decide(candidate('Orvalis Kestrel grew.', 'Orvalis Kestrel')),
    ).toBeUndefined();
  });

  it('orgDefiningFirstPerson: "Orvalis Kestrel (“we”)"', () => {
    expect(
      orgDefiningFirstPerson.decide(
        candidate('Orvalis Kestrel (“we”) makes turbines.', 'Orvalis Kestrel'),
      ),
    ).toEqual(org);
    expect(
      orgDefiningFirstPerson.decide(
        candidate('Orvalis Kestrel (“they”) makes turbines.', 'Orvalis Kestrel'),
      ),
    ).toBeUndefined();
    const pt = candidate('Orvalis Kestrel (“nós”) fabrica turbinas.', 'Orvalis Kestrel', {
      language: 'pt',
    });
    expect(orgDefiningFirstPerson.decide(pt)).toEqual(org);
  });

  it('orgAfterRoleTitle: "CEO of Orvalis"', () => {
    expect(
      orgAfterRoleTitle.decide(candidate('Jane Kestrel, CEO of Orvalis, spoke.', 'Orvalis')),
    ).toEqual(org);
    expect(
      orgAfterRoleTitle.decide(candidate('Jane Kestrel, a friend of Orvalis, spoke.', 'Orvalis')),
    ).toBeUndefined();
  });

  it('acronym: all capitals, but not a model designation', () => {
    expect(acronym.decide(candidate('OVK signed a deal.', 'OVK'))).toEqual({ kind: 'acronym' });
    expect(acronym.decide(candidate('Tremon ordered the XR350 jet.', 'XR350'))).toBeUndefined();
  });
});

describe('last drops and weak names', () => {
  it('demonymAlone: "Kenyan" is no name', () => {
    expect(demonymAlone.decide(candidate('Kenyan banks grew.', 'Kenyan'))).toEqual({
      kind: 'drop',
    });
    expect(demonymAlone.decide(candidate('Kestrel banks grew.', 'Kestrel'))).toBeUndefined();
  });

  it('monthOfDate: a month starting a date', () => {
    expect(monthOfDate.decide(candidate('Orvalis grew on March 4, 2021.', 'March'))).toEqual({
      kind: 'drop',
    });
    expect(monthOfDate.decide(candidate('Orvalis grew.', 'Orvalis'))).toBeUndefined();
  });

  it('quotedTerm: the “Buyer”', () => {
    expect(quotedTerm.decide(candidate('The “Buyer” pays.', 'Buyer'))).toEqual({ kind: 'drop' });
    expect(quotedTerm.decide(candidate('The Buyer pays.', 'Buyer'))).toBeUndefined();
  });

  it('weakName: anything else, marked when it is one common word', () => {
    expect(weakName.decide(candidate('Kestrel signed a deal.', 'Kestrel'))).toEqual({
      kind: 'weak',
      commonWord: false,
    });
    expect(weakName.decide(candidate('Independent analysts agree.', 'Independent'))).toEqual({
      kind: 'weak',
      commonWord: true,
    });
  });
});
