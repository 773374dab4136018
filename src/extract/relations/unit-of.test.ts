import { describe, expect, it } from 'vitest';
import { traced } from '../__fixtures__/relations.js';

const byUnitOf = (text: string, language: string) =>
  traced(text, language)
    .filter((line) => line.startsWith('unitOfOwner:'))
    .map((line) => line.slice('unitOfOwner: '.length))
    .sort();

describe('unitOfOwner', () => {
  const cases: [string, string][] = [
    [
      'en',
      'Tremon Pharma Ltd of Acme Holdings Ltd and Borealis Labs Inc of Nordwind Group Inc signed the deal.',
    ],
    [
      'fr',
      'Tremon Pharma SA de Acme Holding SA et Borealis Labs SA de Nordwind Group SA ont signé le contrat.',
    ],
    [
      'es',
      'Tremon Pharma SA de Acme Holding SA y Borealis Labs SA de Grupo Solara SA firmaron el contrato.',
    ],
    [
      'pt',
      'A Tremon Pharma SA da Acme Holding SA e a Borealis Labs SA da Nordwind Group SA assinaram o contrato.',
    ],
    [
      'it',
      'Tremon Pharma SpA di Acme Holding SpA e Borealis Labs SpA di Nordwind Group SpA hanno firmato il contratto.',
    ],
  ];
  it.each(cases)('%s: %s', (language, text) => {
    const found = byUnitOf(text, language);
    expect(found).toHaveLength(2);
    expect(found.every((line) => /^subsidiary (tremon|borealis)[a-z-]* -> /.test(line))).toBe(true);
  });

  it('reads no unit after "by" or "in"', () => {
    expect(
      byUnitOf('The purchase by Acme Holdings Ltd of Tremon Pharma Ltd closed today.', 'en'),
    ).toEqual([]);
    expect(
      byUnitOf('Acme Corp bought a stake in Tremon Pharma Ltd of Borealis Labs Inc.', 'en'),
    ).toEqual([]);
  });
});
