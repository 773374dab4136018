import { describe, expect, it } from 'vitest';
import { knowledge } from '../__fixtures__/helpers.js';
import { fold } from '../text/tokens.js';
import { coreWords, displayName, initials } from './names.js';

const skipped = new Set([...knowledge.lexicon('initials_skip', '*')].map(fold));

describe('initials', () => {
  it('leaves out the small words of every language', () => {
    expect(initials(coreWords('Banco do Brasil', knowledge), skipped)).toBe('BB');
    expect(initials(coreWords('Société des Transports de Lyon', knowledge), skipped)).toBe('STL');
    expect(initials(coreWords('Bank of the Andes', knowledge), skipped)).toBe('BA');
    expect(initials(coreWords('Orvalis und Tremon Systeme', knowledge), skipped)).toBe('OTS');
  });

  it('leaves out Portuguese, Italian and other "of" and "and" words', () => {
    expect(initials(coreWords('Banca Monte dei Paschi di Siena', knowledge), skipped)).toBe('BMPS');
    expect(initials(coreWords('Cassa Depositi e Prestiti', knowledge), skipped)).toBe('CDP');
    expect(initials(coreWords('Companhia das Águas do Tejo', knowledge), skipped)).toBe('CAT');
    expect(initials(coreWords('Banco del Ebro e Duero', knowledge), skipped)).toBe('BED');
    expect(initials(coreWords('Institute for Tremon Studies', knowledge), skipped)).toBe('ITS');
  });
});

describe('displayName', () => {
  it('drops legal forms, misspelt ones too, and parentheses', () => {
    expect(displayName('Orvalis (Europe) Limited', knowledge)).toBe('Orvalis Europe');
    expect(displayName('Orvalis Telecom Corpordation', knowledge)).toBe('Orvalis Telecom');
    expect(displayName('Orvalis Holding Pte.', knowledge)).toBe('Orvalis Holding');
  });
});
