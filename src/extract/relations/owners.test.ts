import { describe, expect, it } from 'vitest';
import { traced } from '../__fixtures__/relations.js';

const byOwners = (text: string, language: string) =>
  traced(text, language)
    .filter((line) => line.startsWith('shareholdersNamed:'))
    .map((line) => line.slice('shareholdersNamed: '.length))
    .sort();

describe('shareholdersNamed', () => {
  const cases: [string, string][] = [
    ['en', 'The shareholders of Tremon Logistics Ltd are Acme Corp and Borealis Mining Ltd.'],
    ['fr', 'Les actionnaires de Tremon Logistique SA sont Acme SA et Borealis Mines SA.'],
    ['es', 'Los accionistas de Tremon Logística SA son Acme SA y Grupo Solara SA.'],
    ['pt', 'Os acionistas da Tremon Logística SA são a Acme SA e a Borealis Mineração SA.'],
    ['it', 'Gli azionisti di Tremon Logistica SpA sono Acme SpA e Borealis Minerali SpA.'],
  ];
  it.each(cases)('%s: %s', (language, text) => {
    const found = byOwners(text, language);
    expect(found).toHaveLength(3);
    expect(found.every((line) => line.startsWith('joint_venture '))).toBe(true);
    expect(found.filter((line) => line.includes('tremon'))).toHaveLength(2);
  });

  it('needs two owners named after the verb', () => {
    expect(
      byOwners('The shareholders of Tremon Logistics Ltd are pleased with Acme Corp.', 'en'),
    ).toEqual([]);
    expect(byOwners('The shareholders of Tremon Logistics Ltd are Acme Corp.', 'en')).toEqual([]);
  });

  it('needs the company right after the noun and its "of"', () => {
    expect(
      byOwners(
        'The shareholders voted, and Tremon Logistics Ltd are Acme Corp and Beta Ltd.',
        'en',
      ),
    ).toEqual([]);
  });
});
