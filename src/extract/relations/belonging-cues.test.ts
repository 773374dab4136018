import { describe, expect, it } from 'vitest';
import { traced } from '../__fixtures__/relations.js';

const relations = (text: string, language: string) =>
  traced(text, language).map((line) => line.slice(line.indexOf(': ') + 2));

/** Cues of data/relation-cues.csv for belonging to a group and holding its shares. */
describe('belonging cues', () => {
  const cases: [string, string][] = [
    ['en', 'Tremon Cloud Inc, belonging to Orvalis Networks Ltd, opened a plant.'],
    ['fr', 'Tremon Systèmes SAS, appartenant au groupe Orvalis SA, ouvre une usine.'],
    ['de', 'Die zur Nordwind AG gehörende Tremon Systeme GmbH baut ein Werk.'],
    ['de', 'Die Tremon Systeme GmbH gehört zur Nordwind AG.'],
    ['es', 'Tremon Sistemas SA, perteneciente al Grupo Solara, abrió una planta.'],
    ['pt', 'A Tremon Sistemas SA, pertencente à Borealis Mineração SA, abriu uma fábrica.'],
    ['it', 'Tremon Sistemi SpA, appartenente alla Borealis Minerali SpA, apre uno stabilimento.'],
  ];
  it.each(cases)('%s: %s', (language, text) => {
    expect(relations(text, language)).toEqual([
      expect.stringMatching(
        /^subsidiary tremon-[a-z-]+ -> (orvalis|nordwind|grupo-solara|solara|borealis)/,
      ),
    ]);
  });

  it('links no group that is not named', () => {
    expect(relations('Die zum Konzern gehörende Tremon Systeme GmbH baut ein Werk.', 'de')).toEqual(
      [],
    );
  });
});

describe('shareholder cues', () => {
  const cases: [string, string][] = [
    ['en', 'Borealis Mining Ltd, the largest shareholder of Tremon Cloud Inc, voted against.'],
    ['fr', 'Borealis Mines SA, premier actionnaire de Tremon Systèmes SAS, a voté contre.'],
    ['de', 'Die Borealis Bergbau GmbH ist größter Aktionär von Tremon Systeme GmbH.'],
    ['es', 'Borealis Minería SA, principal accionista de Tremon Sistemas SA, votó en contra.'],
    ['pt', 'A Borealis Mineração SA, maior acionista da Tremon Sistemas SA, votou contra.'],
    ['it', 'Borealis Minerali SpA, primo azionista di Tremon Sistemi SpA, ha votato contro.'],
  ];
  it.each(cases)('%s: %s', (language, text) => {
    expect(relations(text, language)).toEqual([
      expect.stringMatching(/^investment borealis-[a-z-]+ -> tremon-[a-z-]+$/),
    ]);
  });
});

describe('a company going to a buyer', () => {
  it('de: reads "X geht an Y" as Y acquiring X', () => {
    expect(relations('Die Tremon Systeme GmbH geht an die Nordwind AG.', 'de')).toEqual([
      'acquisition nordwind -> tremon-systeme',
    ]);
  });

  it('de: links nothing when what goes is no company', () => {
    expect(relations('Der Auftrag geht an die Nordwind AG.', 'de')).toEqual([]);
  });
});

describe('a prepositional cue inside a list', () => {
  it('does not take the next member of the list for the parent', () => {
    const found = relations(
      'Grupo Solara SA, Tremon Sistemas SA, filial de una empresa francesa, y Kelvar Energía SA ganaron.',
      'es',
    );
    expect(found.filter((line) => line.startsWith('subsidiary'))).toEqual([]);
  });
});
