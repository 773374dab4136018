/** The pipeline hands the Context's known-organisations lookup to the entity and graph stages. */
import { beforeAll, describe, expect, it } from 'vitest';
import { createContext, type Context } from './knowledge/context.js';
import { DEFAULT_DATA_DIR } from './knowledge/data-dir.js';
import type { KnownOrganisation } from './knowledge/known-organisations.js';
import { runPipeline } from './runner.js';
import type { RawDocument } from './types.js';

const KESTROVA: KnownOrganisation = {
  wikidata: 'Q101',
  label: 'Kestrova',
  description: 'Ruritanian shipping company',
  ambiguous: false,
};

let context: Context;
beforeAll(() => {
  // A made-up table of one name: the real one is read only when a stage asks it.
  context = {
    ...createContext(DEFAULT_DATA_DIR),
    organisations: (name) => (name === 'Kestrova' ? KESTROVA : undefined),
  };
});

const page: RawDocument = {
  id: 'page',
  file: 'page.txt',
  format: 'txt',
  title: 'Port news',
  date: '2021-05-04',
  text: 'The new container terminal will be run by Kestrova from next year, the port said.\n',
};

describe('the known-organisations lookup in the pipeline', () => {
  it('makes a listed name a node, with its Wikidata item and description', () => {
    const { graph } = runPipeline([page], { dataDir: DEFAULT_DATA_DIR, texts: 'inline' }, context);
    const kestrova = graph.nodes.find((node) => node.label === 'Kestrova');
    expect(kestrova).toMatchObject({ type: 'company', wikidata: 'Q101' });
    expect(kestrova?.description).toBe('Ruritanian shipping company');
  });
});
