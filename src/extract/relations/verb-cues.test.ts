import { describe, expect, it } from 'vitest';
import { traced } from '../__fixtures__/relations.js';

const relations = (text: string, language: string) =>
  traced(text, language).map((line) => line.slice(line.indexOf(': ') + 2));

/** Verb forms of data/relation-cues.csv: the future, the infinitive, "collaborates with". */
describe('future and infinitive acquisition cues', () => {
  const cases: [string, string][] = [
    ['fr', 'Acme SA acquerra Borealis Mining SAS.'],
    ['fr', 'Acme SA a décidé de racheter Borealis Mining SAS.'],
    ['es', 'Acme SA adquirirá Borealis Minería SL.'],
    ['es', 'Acme SA acordó adquirir Borealis Minería SL.'],
    ['pt', 'A Acme SA adquirirá a Borealis Mineração Ltda.'],
    ['pt', 'A Acme SA decidiu adquirir a Borealis Mineração Ltda.'],
    ['it', 'Acme SpA acquisterà la Borealis Minerali Srl.'],
    ['it', 'Acme SpA ha accettato di acquistare la Borealis Minerali Srl.'],
    ['it', 'Acme SpA ha rilevato la Borealis Minerali Srl.'],
  ];
  it.each(cases)('%s: %s', (language, text) => {
    expect(relations(text, language)).toEqual([
      expect.stringMatching(/^acquisition acme -> borealis-[a-z]+$/),
    ]);
  });
});

describe('"collaborates with" cues', () => {
  const cases: [string, string][] = [
    ['en', 'Acme Corp collaborates with Borealis Mining Ltd on batteries.'],
    ['fr', 'Acme SA collabore avec Borealis Mines SAS sur les batteries.'],
    ['de', 'Die Acme AG kooperiert mit der Borealis Bergbau GmbH.'],
    ['es', 'Acme SA colabora con Borealis Minería SL en baterías.'],
    ['pt', 'A Acme SA coopera com a Borealis Mineração Ltda.'],
    ['it', 'Acme SpA collabora con Borealis Minerali Srl nelle batterie.'],
    ['it', 'Acme SpA e Borealis Minerali Srl collaborano da anni.'],
  ];
  it.each(cases)('%s: %s', (language, text) => {
    expect(relations(text, language)).toEqual([
      expect.stringMatching(/^partnership acme -> borealis-[a-z]+$/),
    ]);
  });

  it('links no company that is only the topic of the work', () => {
    expect(relations('Acme SpA collabora a un progetto in Italia.', 'it')).toEqual([]);
  });
});

describe('"division of" cues', () => {
  const cases: [string, string][] = [
    ['fr', 'Tremon Systèmes SAS, division de Acme SA, ouvre une usine.'],
    ['es', 'Tremon Sistemas SL, división de Acme SA, abrió una planta.'],
    ['pt', 'A Tremon Sistemas Ltda, divisão da Acme SA, abriu uma fábrica.'],
    ['it', 'Tremon Sistemi Srl è la divisione di Acme SpA in Europa.'],
  ];
  it.each(cases)('%s: %s', (language, text) => {
    expect(relations(text, language)).toEqual([
      expect.stringMatching(/^subsidiary tremon-[a-z]+ -> acme$/),
    ]);
  });
});

describe('"owned by" and "held by" cues', () => {
  const cases: [string, string, string][] = [
    ['it', 'Tremon Sistemi Srl fa capo ad Acme SpA.', 'subsidiary tremon-sistemi -> acme'],
    [
      'it',
      'Tremon Sistemi Srl, posseduta da Acme SpA, apre uno stabilimento.',
      'subsidiary tremon-sistemi -> acme',
    ],
    [
      'it',
      'Tremon Sistemi Srl, partecipata da Acme SpA, apre uno stabilimento.',
      'investment acme -> tremon-sistemi',
    ],
    [
      'es',
      'Tremon Sistemas SL, propiedad de Acme SA, abrió una planta.',
      'subsidiary tremon-sistemas -> acme',
    ],
    [
      'es',
      'Tremon Sistemas SL, participada por Acme SA, abrió una planta.',
      'investment acme -> tremon-sistemas',
    ],
    [
      'pt',
      'A Tremon Sistemas Ltda, participada pela Acme SA, abriu uma fábrica.',
      'investment acme -> tremon-sistemas',
    ],
  ];
  it.each(cases)('%s: %s', (language, text, expected) => {
    expect(relations(text, language)).toEqual([expected]);
  });
});
