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

  it.each([
    'Der Verkauf der Orvalis Systeme AG ist abgeschlossen.',
    'Die Veräußerung der Orvalis Systeme AG ist abgeschlossen.',
    'Die Übernahme der Orvalis Systeme AG ist abgeschlossen.',
    'Der Kauf der Orvalis Systeme AG ist abgeschlossen.',
  ])('takes a German deal noun off the name: %s', (text) => {
    expect(relate(text, 'de').orgs).toEqual(['Orvalis Systeme AG']);
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

  it.each([
    ['Zu', 'Zu Orvalis Systeme AG gehören zwei Werke in Bayern.'],
    ['Seit', 'Seit Orvalis Systeme AG in Bayern produziert, wächst die Stadt.'],
    ['Wegen', 'Wegen Orvalis Systeme AG verschiebt die Stadt den Bau.'],
    ['Trotz', 'Trotz Orvalis Systeme AG hält die Stadt am Plan fest.'],
    ['Während', 'Während Orvalis Systeme AG wächst, schrumpft der Markt.'],
    ['Zwischen', 'Zwischen Orvalis Systeme AG und der Stadt gibt es Streit.'],
    ['Neben', 'Neben Orvalis Systeme AG bietet auch die Stadt mit.'],
    ['Gegen', 'Gegen Orvalis Systeme AG klagt die Stadt.'],
    ['Ohne', 'Ohne Orvalis Systeme AG wäre das Werk geschlossen.'],
  ])('takes a German sentence-initial "%s" off the name', (_word, text) => {
    expect(relate(text, 'de').orgs).toEqual(['Orvalis Systeme AG']);
  });

  it('reads "Zu X gehören die Tochtergesellschaften A und B" as two units of X', () => {
    const text =
      'Zu Orvalis Systeme AG gehören die Tochtergesellschaften Tremon Technik GmbH und Kelvar Logistik GmbH.';
    expect(relate(text, 'de').rel).toEqual([
      'subsidiary tremon-technik -> orvalis-systeme',
      'subsidiary kelvar-logistik -> orvalis-systeme',
    ]);
  });

  it('reads German "das" and "des" as articles, not as foreign connectors inside a name', () => {
    expect(
      relate('Seit Orvalis Systeme AG das Werk betreibt, wächst die Stadt.', 'de').orgs,
    ).toEqual(['Orvalis Systeme AG']);
    // A connector of the text's own language still joins: "Caisse des Dépôts" in French.
    expect(relate('Orvalis SA a signé un accord avec Caisse des Dépôts SA.', 'fr').orgs).toEqual([
      'Orvalis SA',
      'Caisse des Dépôts SA',
    ]);
    // In English text, "Casa dos Ventos" keeps its Portuguese connector.
    expect(relate('Orvalis Ltd signed a deal with Casa dos Ventos SA.', 'en').orgs).toEqual([
      'Orvalis Ltd',
      'Casa dos Ventos SA',
    ]);
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
