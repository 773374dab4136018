import { describe, expect, it } from 'vitest';
import { relate } from '../__fixtures__/helpers.js';

describe('head nouns before a name', () => {
  it('takes the organisation out of "Shares of X" and its translations', () => {
    expect(relate('Shares of Orvalis Systems Ltd rose 4% on Tuesday.').orgs).toEqual([
      'Orvalis Systems Ltd',
    ]);
    expect(relate('Die Aktie von Orvalis Systeme AG stieg um 3 Prozent.', 'de').orgs).toEqual([
      'Orvalis Systeme AG',
    ]);
    expect(relate('Die Aktien der Orvalis Systeme AG fielen.', 'de').orgs).toEqual([
      'Orvalis Systeme AG',
    ]);
    expect(relate('Actions de Orvalis Systèmes SA : une hausse de 3 %.', 'fr').orgs).toEqual([
      'Orvalis Systèmes SA',
    ]);
    expect(relate('Acciones de Orvalis Sistemas S.A.: subida del 3 %.', 'es').orgs).toEqual([
      'Orvalis Sistemas S.A.',
    ]);
  });

  it('reads German "Tochtergesellschaft von X" and "Tochter der X" as a subsidiary of X', () => {
    const a = relate(
      'Tremon Logistik GmbH, eine Tochtergesellschaft von Orvalis Systeme AG, hat ein Werk eröffnet.',
      'de',
    );
    expect(a.orgs).toEqual(['Tremon Logistik GmbH', 'Orvalis Systeme AG']);
    expect(a.rel).toEqual(['subsidiary tremon-logistik -> orvalis-systeme']);
    const b = relate('Tremon Logistik GmbH ist eine Tochter der Orvalis Systeme AG.', 'de');
    expect(b.orgs).toEqual(['Tremon Logistik GmbH', 'Orvalis Systeme AG']);
    expect(b.rel).toEqual(['subsidiary tremon-logistik -> orvalis-systeme']);
  });

  it('reads "Auftrag von X" in a German headline without gluing the noun to the name', () => {
    expect(relate('Tremon Logistik GmbH erhält Auftrag von Orvalis Systeme AG', 'de').orgs).toEqual(
      ['Tremon Logistik GmbH', 'Orvalis Systeme AG'],
    );
  });

  it('keeps names whose first word is an organisation keyword', () => {
    expect(relate('The Bank of Orvalis Ltd raised its rates.').orgs).toEqual([
      'Bank of Orvalis Ltd',
    ]);
    expect(relate('The Alliance of Orvalis Producers said so.').orgs).toEqual([
      'Alliance of Orvalis Producers',
    ]);
  });
});

describe('names that start with a cue word', () => {
  it('keep it when the word is an organisation keyword or the joint is not "of"', () => {
    expect(relate('La Alianza del Orvalis firmó un acuerdo con Tremon S.A.', 'es').orgs).toEqual([
      'Alianza del Orvalis',
      'Tremon S.A.',
    ]);
    expect(
      relate('The Partnership for Orvalis Growth signed an agreement with Tremon Ltd.').orgs,
    ).toContain('Partnership for Orvalis Growth');
  });
});
