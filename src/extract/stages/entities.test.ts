import { describe, expect, it } from 'vitest';
import { fakePlaces, knowledge, place, relate, sentenced } from '../__fixtures__/helpers.js';
import type { PlaceLookup } from '../types.js';
import { extractEntities, type TraceEntry } from './entities.js';

describe('entities', () => {
  it('keeps a German sentence from being cut like a title-case headline', () => {
    const { orgs, rel } = relate(
      'Banco Orvidra übernimmt im Jahr 2014 Tremon SA für 40 Millionen Euro.',
      'de',
    );
    expect(orgs).toEqual(['Banco Orvidra', 'Tremon SA']);
    expect(rel).toEqual(['acquisition banco-orvidra -> tremon']);
  });
});

describe('places in datelines', () => {
  const places = fakePlaces({
    'Los Angeles': place('region:city:1', 'Los Angeles', 'city'),
    'Mexico City': place('region:city:2', 'Mexico City', 'city'),
    Mexico: place('region:country:MX', 'Mexico'),
    'Dar es Salaam': place('region:city:3', 'Dar es Salaam', 'city'),
  });

  it('keeps the article a place name starts with', () => {
    const { orgs } = relate(
      'Los Angeles, 18 de enero de 2019 — Orvalis Inc. abre una oficina.',
      'es',
      places,
    );
    expect(orgs).toEqual(['Orvalis Inc.']);
  });

  it('reads a place with a lower-case word inside as one place, not two names', () => {
    const { orgs } = relate(
      'Orvalis Ltd and Tremon Inc formed a joint venture in Dar es Salaam.',
      'en',
      places,
    );
    expect(orgs).toEqual(['Orvalis Ltd', 'Tremon Inc']);
  });

  it('reads an upper-case city of two words as one place, not a country and a name', () => {
    const { orgs } = relate(
      'MEXICO CITY, February 7, 2014 — Orvalis Inc. will supply Tremon Ltd.',
      'en',
      places,
    );
    expect(orgs).toEqual(['Orvalis Inc.', 'Tremon Ltd.']);
  });
});

describe('legal forms at the end of a sentence', () => {
  it('leave the sentence’s full stop out of the name', () => {
    expect(relate('Orvalis AB ist eine Tochtergesellschaft von Tremon AG.', 'de').orgs).toEqual([
      'Orvalis AB',
      'Tremon AG',
    ]);
    expect(relate('Orvalis AB was acquired by Tremon Inc.').orgs).toEqual([
      'Orvalis AB',
      'Tremon Inc.',
    ]);
  });
});

describe('legal forms in lower case', () => {
  it('end the name they follow ("plc")', () => {
    const { orgs, rel } = relate(
      'Orvalis Shipping B.V. (OVS) acquired Tremon Solar plc (TSP) for €40 million.',
    );
    expect(orgs).toEqual(['Orvalis Shipping B.V.', 'OVS', 'Tremon Solar plc', 'TSP']);
    expect(rel).toEqual(['acquisition orvalis-shipping -> tremon-solar']);
  });
});

describe('a dateline in English in another language', () => {
  // Knows the place only by its English name, as the gazetteer does for French text.
  const english: PlaceLookup = {
    lookup: (surface, ctx) =>
      surface === 'New Zealand' && ctx.language === 'en'
        ? place('region:country:NZ', 'New Zealand')
        : null,
    demonym: () => null,
  };

  it('names its place, not an organisation', () => {
    const text = 'New Zealand, le 9 juillet 2022 — Orvalis SA fournit des éoliennes à Tremon SAS.';
    expect(relate(text, 'fr', english).orgs).toEqual(['Orvalis SA', 'Tremon SAS']);
  });

  it('only at the start of a dateline', () => {
    const text = 'Orvalis SA et New Zealand Tremon SAS ont signé un accord.';
    expect(relate(text, 'fr', english).orgs).toEqual(['Orvalis SA', 'New Zealand Tremon SAS']);
  });
});

describe('role titles', () => {
  it('know the feminine French "présidente-directrice générale"', () => {
    const text =
      '« Nous sommes fiers de nos équipes », a déclaré Claire Vasseur, présidente-directrice générale de Orvalis Systèmes.';
    expect(relate(text, 'fr').rel).toEqual(['works_for claire-vasseur -> orvalis-systemes']);
  });
});

describe('a person in apposition to a titled organisation', () => {
  it('reads "the president of Acme, Jane Roe," as Acme\'s president (pt, it, en)', () => {
    const pt = relate(
      'O presidente da Orvalis, Eduarda Tremonte, disse que o acordo reforça a empresa.',
      'pt',
    );
    expect(pt.orgs).toEqual(['Orvalis']);
    expect(pt.rel).toEqual(['works_for eduarda-tremonte -> orvalis']);
    const it_ = relate(
      "L'amministratore delegato di Orvalis, Mario Tremonti, ha detto che l'accordo è importante.",
      'it',
    );
    expect(it_.rel).toEqual(['works_for mario-tremonti -> orvalis']);
    const en = relate('The CEO of Orvalis Ltd, Jane Tremon, said the deal closed.');
    expect(en.rel).toEqual(['works_for jane-tremon -> orvalis']);
  });

  it('leaves a list of companies after an organisation alone', () => {
    const { orgs } = relate('Orvalis Ltd, Tremon, Kestrel and Brisa formed an alliance.');
    expect(orgs).toContain('Orvalis Ltd');
    expect(relate('The CEO of Orvalis Ltd, Tremon Inc, was named.').orgs).toContain('Tremon Inc');
  });
});

describe('the trace of rule decisions', () => {
  it('names the rule behind every decision, and the slot that accepted a weak name', () => {
    const entries: TraceEntry[] = [];
    const text = [
      'Orvalis Ltd opened an office in Lagos.',
      'Kestrel and Orvalis Ltd formed a joint venture.',
    ].join('\n');
    const places = fakePlaces({ Lagos: place('region:city:1', 'Lagos', 'city') });
    extractEntities(sentenced(text), knowledge, places, (entry) => entries.push(entry));
    expect(entries.map((e) => `${e.surface}: ${e.decision} by ${e.rule}`)).toEqual([
      'Orvalis Ltd: org by orgByLegalForm',
      'Lagos: place by placeFromGazetteer',
      'Kestrel: weak by weakName',
      'Orvalis Ltd: org by orgByLegalForm',
      'Kestrel: org by subjectOfCue',
    ]);
  });
});

describe('place words', () => {
  it('reads "Lagos-based" as the place where the company sits', () => {
    const places = fakePlaces({ Lagos: place('region:city:1', 'Lagos', 'city') });
    const { mentions } = extractEntities(
      sentenced('A Lagos-based bank hired Tremon Ltd.'),
      knowledge,
      places,
    );
    expect(mentions.map((m) => [m.text, m.kind, m.basedIn])).toEqual([
      ['Lagos', 'place', true],
      ['Tremon Ltd.', 'org', undefined],
    ]);
  });

  it('takes a month that starts a date for no name', () => {
    expect(relate('On March 4, 2021 Orvalis Ltd opened an office.').orgs).toEqual(['Orvalis Ltd']);
  });
});

describe('a company that defines "we"', () => {
  // Its later "we" sentence is attributed to it, in every language the lexicon lists pronouns for.
  const texts: Record<string, string> = {
    en: 'Orvalis Ltd (“we”) makes turbines.\nWe signed a partnership agreement with Tremon Inc.',
    fr: 'Orvalis SA (« nous ») fabrique des turbines.\nNous avons signé un partenariat avec Tremon SAS.',
    de: 'Orvalis AG (“wir”) baut Turbinen.\nWir haben eine Partnerschaft mit Tremon GmbH unterzeichnet.',
    es: 'Orvalis S.A. (“nosotros”) fabrica turbinas.\nNosotros firmamos una alianza con Tremon S.L.',
    pt: 'Orvalis S.A. (“nós”) fabrica turbinas.\nNós assinamos uma parceria com a Tremon Ltda.',
    it: 'Orvalis S.p.A. (“noi”) produce turbine.\nNoi abbiamo firmato una partnership con Tremon S.r.l.',
  };
  for (const [language, text] of Object.entries(texts))
    it(`is the partner of the "we" sentence (${language})`, () => {
      expect(relate(text, language).rel).toEqual(['partnership orvalis -> tremon']);
    });
});
