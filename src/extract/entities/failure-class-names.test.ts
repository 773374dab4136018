/**
 * Names the slot rules take that common-word guards used to refuse: a one-word subject with
 * an inner capital at a sentence start, a capitalised common word right after a deal cue,
 * and in German the one word after a cue ending in a preposition ("Beteiligung an").
 */
import { describe, expect, it } from 'vitest';
import { relate } from '../__fixtures__/helpers.js';

describe('a one-word subject with an inner capital at a sentence start', () => {
  it('is a name, not a common plural, in every language', () => {
    const cases: [string, string][] = [
      ['en', 'NordEnergies signed an agreement with Borealis Mining.'],
      ['fr', 'NordEnergies a signé un accord avec Borealis Mining.'],
      ['de', 'NordEnergies unterzeichnet eine Partnerschaft mit Borealis Mining.'],
      ['es', 'NordEnergies firmó un acuerdo con Borealis Mining.'],
      ['pt', 'NordEnergies assinou um acordo com a Borealis Mining.'],
      ['it', 'NordEnergies ha firmato un accordo con Borealis Mining.'],
    ];
    for (const [language, text] of cases)
      expect(relate(text, language), language).toEqual({
        orgs: ['NordEnergies', 'Borealis Mining'],
        rel: ['partnership nordenergies -> borealis-mining'],
      });
  });

  it('leaves a common plural at a sentence start alone', () => {
    expect(relate('Analysts expect a deal with Borealis Mining Ltd.').orgs).toEqual([
      'Borealis Mining Ltd.',
    ]);
  });
});

describe('a capitalised common word right after a deal cue', () => {
  it('names the partner or the owner, mid-sentence', () => {
    const cases: [string, string, string][] = [
      ['en', 'Borealis Mining Ltd signed a partnership with Orange.', 'Borealis Mining Ltd'],
      ['fr', 'Borealis Mining SA a signé un partenariat avec Orange.', 'Borealis Mining SA'],
      ['es', 'Borealis Mining SA firmó una alianza con Orange.', 'Borealis Mining SA'],
      ['pt', 'A Borealis Mining Ltda assinou uma parceria com a Orange.', 'Borealis Mining Ltda'],
      ['it', 'Borealis Mining SpA ha firmato un accordo con Orange.', 'Borealis Mining SpA'],
    ];
    for (const [language, text, subject] of cases)
      expect(relate(text, language), language).toEqual({
        orgs: [subject, 'Orange'],
        rel: ['partnership borealis-mining -> orange'],
      });
    expect(relate('Borealis Pay, a unit of Orange, signed a deal.').rel).toEqual([
      'subsidiary borealis-pay -> orange',
    ]);
  });

  it('is no name at a sentence start, nor where every noun is capitalised', () => {
    expect(relate('Orange signed a partnership with Borealis Mining Ltd.').orgs).toEqual([
      'Borealis Mining Ltd.',
    ]);
    expect(relate('Nordwind AG unterzeichnet eine Partnerschaft mit Orange.', 'de').orgs).toEqual([
      'Nordwind AG',
    ]);
  });
});

describe('German: the one word after a cue ending in a preposition', () => {
  it('is the name of the company the stake or the majority is in', () => {
    expect(relate('Nordwind AG übernimmt eine Beteiligung an Quorvant.', 'de')).toEqual({
      orgs: ['Nordwind AG', 'Quorvant'],
      rel: ['investment nordwind -> quorvant'],
    });
    expect(relate('Nordwind AG übernimmt die Mehrheit an Quorvant.', 'de')).toEqual({
      orgs: ['Nordwind AG', 'Quorvant'],
      rel: ['acquisition nordwind -> quorvant'],
    });
  });

  it('is no name after a preposition with no cue, nor a noun after its article', () => {
    expect(relate('Nordwind AG denkt an Kunden.', 'de').orgs).toEqual(['Nordwind AG']);
    expect(relate('Nordwind AG übernimmt die Mehrheit.', 'de').orgs).toEqual(['Nordwind AG']);
  });
});
