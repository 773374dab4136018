import { describe, expect, it } from 'vitest';
import { traced } from '../__fixtures__/relations.js';

const relations = (text: string, language: string) =>
  traced(text, language).map((line) => line.slice(line.indexOf(': ') + 2));

describe('actionByAgent', () => {
  const cases: [string, string][] = [
    ['en', 'The acquisition of Borealis Mining Ltd by Acme Corp closed in May.'],
    ['en', 'Nordwind Bank Ltd said the purchase of Borealis Mining Ltd by Acme Corp closed.'],
    ['fr', 'Le rachat de Borealis Mines SAS par Acme SA est finalisé.'],
    ['de', 'Die Übernahme der Borealis Bergbau GmbH durch die Acme AG ist abgeschlossen.'],
    ['es', 'La adquisición de Borealis Minería SL por parte de Acme SA se cerró en mayo.'],
    ['pt', 'A aquisição da Borealis Mineração Ltda pela Acme SA foi concluída.'],
    ['it', "L'acquisizione di Borealis Minerali Srl da parte di Acme SpA è stata completata."],
  ];
  it.each(cases)('%s: %s', (language, text) => {
    expect(relations(text, language)).toEqual([
      expect.stringMatching(/^acquisition acme -> borealis-[a-z]+$/),
    ]);
  });

  it('leaves an action without a named agent to its subject', () => {
    expect(
      relations(
        'Acme Corp completed the acquisition of Borealis Mining Ltd by the end of May.',
        'en',
      ),
    ).toEqual(['acquisition acme -> borealis-mining']);
  });

  it('reads no agent after a name that is not the object', () => {
    expect(
      relations('The acquisition of a stake in Borealis Mining Ltd by Acme Corp closed.', 'en'),
    ).not.toContain('acquisition acme -> borealis-mining');
  });
});
