import { describe, expect, it } from 'vitest';
import { fakePlaces, knowledge, place, sentenced } from '../__fixtures__/helpers.js';
import { extractEntities } from './entities.js';
import { coreWords, resolveCorpus } from './resolve.js';

const places = fakePlaces({
  Bavaria: place('region:state:DE-02', 'Bavaria', 'state'),
  Lagos: place('region:city:9', 'Lagos', 'city'),
});

function keysOf(...texts: string[]) {
  return keysIn('en', ...texts);
}

function keysIn(language: string, ...texts: string[]) {
  const docs = texts.map((t, i) => ({
    ...extractEntities(sentenced(t, language), knowledge, places),
    id: `d${i}`,
  }));
  return resolveCorpus(docs, { knowledge, places }).map((d) =>
    d.mentions.map((m) => `${m.text}=${m.key}`),
  );
}

describe('coreWords', () => {
  it('drops legal forms and designators and shortens long variants', () => {
    expect(coreWords('Acme Telecommunications Corporation Limited', knowledge)).toEqual([
      'acme',
      'telecom',
    ]);
    expect(coreWords('Kiwa Foods Holding Group', knowledge)).toEqual(['kiwa', 'foods']);
    expect(coreWords('Orbita (Europe) GmbH', knowledge)).toEqual(['orbita', 'europe']);
  });

  it('tolerates a misspelt legal form', () => {
    expect(coreWords('Acme Telecommunications Corpordation', knowledge)).toEqual([
      'acme',
      'telecom',
    ]);
  });
});

describe('resolveCorpus', () => {
  it('merges legal-form variants and defined acronyms across documents', () => {
    const [a, b] = keysOf(
      'Orbita Telecom Global Limited (OTG) signed an agreement with Kiwa Foods Ltd.',
      'OTG and Orbita Telecom Global expanded, said the Orbita Telecom Group.',
    );
    expect(a).toContain('Orbita Telecom Global Limited=org:orbita-telecom-global');
    expect(b).toContain('OTG=org:orbita-telecom-global');
    expect(b).toContain('Orbita Telecom Global=org:orbita-telecom-global');
    expect(b).toContain('Orbita Telecom Group=org:orbita-telecom');
  });

  it('reads an undefined acronym as the initials of a name in the same document', () => {
    const [a] = keysOf(
      'Orbita Telecom Americas Corporation runs the network.\nOTA VP Jane Roe spoke for OTA.',
    );
    expect(a).toContain('OTA=org:orbita-telecom-americas');
    expect(a).toContain('Jane Roe=person:jane-roe');
  });

  it('drops a state glued in front of a name that is also used alone', () => {
    const [a] = keysOf(
      '26 May 2021, Lagos Bavaria Kiwa Holding Group (Kiwa Holding) signed an agreement.\nKiwa Holding grew.',
    );
    expect(a).toContain('Bavaria Kiwa Holding Group=org:kiwa');
    expect(a).toContain('Lagos=region:city:9');
  });

  it('resolves "Mr. Surname" to the full name used earlier', () => {
    const [a] = keysOf(
      '"We grow," said Mr. Peter Okafor, CEO of Kiwa Foods.\n"We grow more," Mr. Okafor added.',
    );
    expect(a?.filter((x) => x.endsWith('person:peter-okafor'))).toHaveLength(2);
  });
});

describe('acronyms by initials', () => {
  it('skips the small words of a name ("Banco do Brasil" -> "BB")', () => {
    const [brazilian] = keysOf('Banco do Brasil SA opened a branch.\nBB grew.');
    expect(brazilian).toContain('BB=org:banco-do-brasil');
  });

  it('skips Italian and Portuguese small words too', () => {
    const [italian] = keysIn('it', 'Banca Tremon dei Laghi SpA ha investito.\nBTL è cresciuta.');
    expect(italian).toContain('BTL=org:banca-tremon-dei-laghi');
    const [portuguese] = keysIn('pt', 'Companhia das Águas do Tejo SA investiu.\nCAT cresceu.');
    expect(portuguese).toContain('CAT=org:companhia-das-aguas-do-tejo');
  });
});

describe('aliases', () => {
  it('shows an aliased name as the name it is read as, in one node with it', () => {
    const withAlias = {
      ...knowledge,
      aliases: new Map([...knowledge.aliases, ['solara verde ltd', 'Brisa Solar Holdings']]),
    };
    const docs = ['Brisa Solar Holdings signed a deal.', 'Solara Verde Ltd opened a plant.'].map(
      (text, i) => ({
        ...extractEntities(sentenced(text, 'en'), withAlias, places),
        id: `d${i}`,
      }),
    );
    const mentions = resolveCorpus(docs, { knowledge: withAlias, places }).flatMap((d) =>
      d.mentions.filter((m) => m.kind === 'org').map((m) => [m.text, m.key, m.name]),
    );
    expect(mentions).toEqual([
      ['Brisa Solar Holdings', 'org:brisa-solar', 'Brisa Solar Holdings'],
      ['Solara Verde Ltd', 'org:brisa-solar', 'Brisa Solar Holdings'],
    ]);
  });

  it('shows an all-capitals name that is renamed as its new name (a rename from the explorer)', () => {
    const renamed = {
      ...knowledge,
      aliases: new Map([...knowledge.aliases, ['tmx', 'Tremon Mining Exchange']]),
    };
    const docs = ['TMX signed a supply deal with Acme Holdings.', 'TMX opened a plant.'].map(
      (text, i) => ({
        ...extractEntities(sentenced(text, 'en'), renamed, places),
        id: `d${i}`,
      }),
    );
    const names = resolveCorpus(docs, { knowledge: renamed, places }).flatMap((d) =>
      d.mentions.filter((m) => m.text === 'TMX').map((m) => [m.name, m.key]),
    );
    const node = ['Tremon Mining Exchange', 'org:tremon-mining-exchange'];
    expect(names).toEqual([node, node]);
  });
});
