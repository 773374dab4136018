import { describe, expect, it } from 'vitest';
import { traced } from '../__fixtures__/relations.js';

const byBid = (text: string, language: string) =>
  traced(text, language)
    .filter((line) => line.startsWith('takeoverBid:'))
    .map((line) => line.slice('takeoverBid: '.length));

describe('takeoverBid', () => {
  const cases: [string, string][] = [
    ['en', 'Acme Corp launched a takeover bid for Borealis Mining Ltd.'],
    ['fr', "L'OPA d'Acme SA sur Borealis Mines SAS a réussi."],
    ['fr', "Acme SA lance une offre publique d'achat sur Borealis Mines SAS."],
    ['de', 'Die Acme AG legt ein Übernahmeangebot für die Borealis Bergbau GmbH vor.'],
    ['es', 'La OPA de Acme SA sobre Borealis Minería SA fracasó.'],
    ['es', 'El regulador respalda la OPA del Acme SA sobre Borealis Minería SA.'],
    ['es', 'Acme SA lanzó una oferta pública de adquisición sobre Borealis Minería SA.'],
    ['pt', 'A OPA da Acme SA sobre a Borealis Mineração SA foi aprovada.'],
    ['it', "L'OPA di Acme SpA su Borealis Minerali SpA è partita."],
    ['it', "Acme SpA ha lanciato l'offerta pubblica di acquisto su Borealis Minerali SpA."],
  ];
  it.each(cases)('%s: %s', (language, text) => {
    expect(byBid(text, language)).toEqual([
      expect.stringMatching(/^acquisition acme -> borealis-[a-z]+$/),
    ]);
  });

  it('needs a named target after the bid', () => {
    expect(byBid('La OPA sobre Borealis Minería SA fracasó.', 'es')).toEqual([]);
    expect(byBid('Acme SA apoya la OPA de Borealis Minería SA.', 'es')).toEqual([]);
    expect(byBid('Borealis Minería SA rechazó la OPA de Acme SA.', 'es')).toEqual([]);
    expect(byBid('Acme Corp launched a takeover bid for the rest of the market.', 'en')).toEqual(
      [],
    );
  });

  it('makes no organisation of the bid', () => {
    const found = traced('La OPA de Acme SA sobre Borealis Minería SA fracasó.', 'es');
    expect(found.join(' ')).not.toMatch(/opa/);
  });
});
