/**
 * The sentences of the failure classes, each as the body of a one-sentence document with a
 * neutral headline, through the real pipeline (load, clean, entities, relations, graph): the
 * organisations each one names and the typed relations it states, and none where it states
 * none.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../schema/graph.js';
import { DEFAULT_DATA_DIR } from './knowledge/data-dir.js';
import { createContext, type Context } from './knowledge/context.js';
import { runPipeline } from './runner.js';
import { loadInputs } from './stages/load.js';

let folder: string;
let context: Context;

beforeAll(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'failure-classes-'));
  context = createContext(DEFAULT_DATA_DIR);
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The sentence as the body of a document under the headline "Company news". */
async function graphOf(sentence: string): Promise<Graph> {
  const directory = mkdtempSync(path.join(folder, 'doc-'));
  writeFileSync(path.join(directory, 'doc.txt'), `Company news\n\n${sentence}\n`);
  const { documents, problems } = await loadInputs([directory]);
  expect(problems).toEqual([]);
  return runPipeline(documents, { dataDir: DEFAULT_DATA_DIR }, context).graph;
}

/** Organisation labels, sorted, and relations between organisations as "type A -> B". */
async function read(sentence: string): Promise<{ orgs: string[]; relations: string[] }> {
  const graph = await graphOf(sentence);
  const label = (id: string) => graph.nodes.find((node) => node.id === id)?.label;
  return {
    orgs: graph.nodes
      .filter((node) => node.type === 'company' || node.type === 'organization')
      .map((node) => node.label)
      .sort(),
    relations: graph.edges
      .filter((edge) => !['active_in', 'located_in', 'works_for'].includes(edge.type))
      .map((edge) => `${edge.type} ${label(edge.source)} -> ${label(edge.target)}`)
      .sort(),
  };
}

describe('failure classes, one sentence each', () => {
  it('1. a stake bought in a company is an investment in it', async () => {
    expect(
      await read(
        "Glencore said on Monday it would acquire a 77% stake in Teck Resources' coal business.",
      ),
    ).toEqual({
      orgs: ['Glencore', 'Teck Resources'],
      relations: ['investment Glencore -> Teck Resources'],
    });
  });

  it('2. a thing built for a customer is a supply', async () => {
    expect(
      await read('Huawei will build the network for Ethio Telecom under a $1.6 billion contract.'),
    ).toEqual({
      orgs: ['Ethio Telecom', 'Huawei'],
      relations: ['supply Huawei -> Ethio Telecom'],
    });
  });

  it('3. a one-word subject with an inner capital signs an agreement (fr)', async () => {
    const { orgs, relations } = await read(
      'TotalEnergies a signé un accord avec Petrobras pour développer des champs au Brésil.',
    );
    expect(orgs).toEqual(['Petrobras', 'TotalEnergies']);
    expect(relations).toHaveLength(1);
    expect(relations[0]).toMatch(
      /^partnership (TotalEnergies -> Petrobras|Petrobras -> TotalEnergies)$/u,
    );
  });

  it('4. an agreement between two companies (it)', async () => {
    expect(
      await read('Enel ha firmato un accordo con Eni per lo stoccaggio di CO2 in Italia.'),
    ).toEqual({ orgs: ['Enel', 'Eni'], relations: ['partnership Enel -> Eni'] });
  });

  it('5. rivals are no relation', async () => {
    const { relations, orgs } = await read(
      'Samsung and Google are rivals in the smartphone market.',
    );
    expect({ orgs, relations }).toEqual({ orgs: ['Google', 'Samsung'], relations: [] });
  });

  it('6. partnerships with described carriers link each of them', async () => {
    const { orgs, relations } = await read(
      'ZTE today announced partnerships with major carriers MTN and Ooredoo to bring 5G to Africa.',
    );
    expect(orgs).toEqual(['MTN', 'Ooredoo', 'ZTE']);
    expect(relations).toHaveLength(2);
    expect(relations.join(' ')).toMatch(/MTN/u);
    expect(relations.join(' ')).toMatch(/Ooredoo/u);
    expect(
      relations.every(
        (relation) => relation.startsWith('partnership ') && relation.includes('ZTE'),
      ),
    ).toBe(true);
  });

  it('7. those picked to supply are the suppliers of the one who picked them', async () => {
    expect(
      await read('Vodafone Idea picked Nokia and Ericsson to supply 4G and 5G equipment in India.'),
    ).toEqual({
      orgs: ['Ericsson', 'Nokia', 'Vodafone Idea'],
      relations: ['supply Ericsson -> Vodafone Idea', 'supply Nokia -> Vodafone Idea'],
    });
  });

  it('8. a unit of a company named by a common word, and its partner', async () => {
    const { orgs, relations } = await read(
      'Orange Money, a unit of Orange, partnered with Ecobank in Senegal.',
    );
    expect(orgs).toEqual(['Ecobank', 'Orange', 'Orange Money']);
    expect(relations).toContain('subsidiary Orange Money -> Orange');
    expect(relations).toHaveLength(2);
    expect(relations.some((relation) => /^partnership .*Ecobank/u.test(relation))).toBe(true);
    expect(relations.join(' ')).not.toMatch(/Orange -> Ecobank|Ecobank -> Orange$/u);
  });

  it('9. a stake sold to a buyer: the buyer invests in the company, and buys nothing of the seller', async () => {
    expect(await read('Renault sold its stake in Avtovaz to NAMI in 2022.')).toEqual({
      orgs: ['Avtovaz', 'NAMI', 'Renault'],
      relations: ['investment NAMI -> Avtovaz', 'investment Renault -> Avtovaz'],
    });
  });

  it('10. a project is no company; its supplier is one', async () => {
    const { orgs, relations } = await read(
      'Baker Hughes will supply gas turbines for the Jafurah project.',
    );
    expect({ orgs, relations }).toEqual({ orgs: ['Baker Hughes'], relations: [] });
  });

  it('11. taking the majority of a company is its acquisition; German nouns are no names', async () => {
    expect(
      await read(
        'Volkswagen übernimmt die Mehrheit an Northvolt, teilte der Konzern in Wolfsburg mit.',
      ),
    ).toEqual({
      orgs: ['Northvolt', 'Volkswagen'],
      relations: ['acquisition Volkswagen -> Northvolt'],
    });
  });

  it('12. an acquisition with a described target (es)', async () => {
    expect(
      await read(
        'Iberdrola ha adquirido el 100% de la estadounidense Avangrid por 2.500 millones.',
      ),
    ).toEqual({
      orgs: ['Avangrid', 'Iberdrola'],
      relations: ['acquisition Iberdrola -> Avangrid'],
    });
  });
});
