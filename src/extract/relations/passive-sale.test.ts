import { describe, expect, it } from 'vitest';
import { traced } from '../__fixtures__/relations.js';

const sales = (text: string, language: string) =>
  traced(text, language).filter((line) => line.startsWith('saleToBuyer'));

/** "Beta was sold to Gamma": a passive sale with a buyer and no named seller. */
describe('a passive sale to a buyer', () => {
  const cases: [string, string, string][] = [
    [
      'en',
      'Borealis Market Ltd was sold in 2004 to the British fund Acme Capital Ltd.',
      'borealis-market',
    ],
    [
      'fr',
      'Borealis Marché SAS a été vendue en 2004 au fonds britannique Acme Capital SA.',
      'borealis-marche',
    ],
    [
      'es',
      'Borealis Market SA se vendió en 2004 al fondo británico Acme Capital SA.',
      'borealis-market',
    ],
    ['es', 'Borealis Market SA fue vendida al fondo Acme Capital SA.', 'borealis-market'],
    [
      'pt',
      'A Borealis Mercado SA foi vendida em 2004 ao fundo britânico Acme Capital SA.',
      'borealis-mercado',
    ],
    [
      'it',
      'Borealis Mercato SpA è stata venduta nel 2004 al fondo Acme Capital SpA.',
      'borealis-mercato',
    ],
  ];
  it.each(cases)('%s: %s', (language, text, sold) => {
    expect(sales(text, language)).toEqual([`saleToBuyer: acquisition acme-capital -> ${sold}`]);
  });

  it('needs a passive: an active sale without its object says nothing', () => {
    expect(sales('Borealis Market SA vendió en 2004 al fondo Acme Capital SA.', 'es')).toEqual([]);
    expect(sales('Borealis Market Ltd sold to Acme Capital Ltd last year.', 'en')).toEqual([]);
  });

  it('needs a named buyer', () => {
    expect(sales('Borealis Market SA fue vendida en 2004 a un fondo británico.', 'es')).toEqual([]);
  });
});
