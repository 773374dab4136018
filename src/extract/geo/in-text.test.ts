/**
 * Places as the entity stage finds them in running text, with the real gazetteer: the
 * constructions of each language that name a place (sentences written for these tests).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledge, sentenced } from '../__fixtures__/helpers.js';
import { extractEntities } from '../stages/entities.js';
import { loadGazetteer } from './index.js';

const gazetteer = loadGazetteer(path.resolve(import.meta.dirname, '../../../data'));

/** The place mentions of a text (one sentence per line) as "surface=Region name". */
function placesIn(text: string, language: string): string[] {
  const found = extractEntities(sentenced(text, language), knowledge, gazetteer);
  return found.mentions
    .filter((mention) => mention.kind === 'place' && !mention.viaDemonym)
    .map((mention) => `${mention.text}=${mention.place?.name ?? '?'}`);
}

describe('a country name with an elided word inside', () => {
  it.each([
    ['fr', 'Orvalis SA ouvre une usine en Côte d’Ivoire.', 'Côte d’Ivoire=Ivory Coast'],
    ['fr', "En Côte d'Ivoire, Orvalis SA ouvre une usine.", "Côte d'Ivoire=Ivory Coast"],
    ['it', 'Orvalis SpA apre una fabbrica in Costa d’Avorio.', 'Costa d’Avorio=Ivory Coast'],
  ])('%s: %s', (language, text, expected) => {
    expect(placesIn(text, language)).toContain(expected);
  });

  it('does not make an organisation of the part after the elision', () => {
    const found = extractEntities(
      sentenced('Orvalis SA ouvre une usine en Côte d’Ivoire.', 'fr'),
      knowledge,
      gazetteer,
    );
    expect(found.mentions.filter((m) => m.kind === 'org').map((m) => m.text)).toEqual([
      'Orvalis SA',
    ]);
  });
});

/** The place mentions as "surface=Region name/level". */
const levelsIn = (text: string, language: string) =>
  extractEntities(sentenced(text, language), knowledge, gazetteer)
    .mentions.filter((mention) => mention.kind === 'place' && !mention.viaDemonym)
    .map(
      (mention) => `${mention.text}=${mention.place?.name ?? '?'}/${mention.place?.level ?? '?'}`,
    );

describe('a division named with its class word', () => {
  it.each([
    [
      'en',
      "Borealis Mining explores in Zambia.\nIts mine lies in Zambia's North-Western province.",
      'North-Western province=North-Western/state',
    ],
    [
      'en',
      'Acme Ltd will build a plant in Kumamoto Prefecture.',
      'Kumamoto Prefecture=Kumamoto/state',
    ],
    ['en', 'Acme Ltd supplies Gauteng province.', 'Gauteng province=Gauteng/state'],
    ['en', 'Acme Ltd operates in the province of Kaolack.', 'Kaolack=Kaolack/state'],
    ['fr', 'Acme SA construit une centrale dans la région de Kaolack.', 'Kaolack=Kaolack/state'],
    ['de', 'Die Nordwind AG baut ein Werk in der Provinz Hubei.', 'Provinz Hubei=Hubei/state'],
    ['es', 'Grupo Solara abre una planta en la región de Kaolack.', 'Kaolack=Kaolack/state'],
    ['pt', 'A Acme abriu uma fábrica na região de Kaolack.', 'Kaolack=Kaolack/state'],
    ['it', 'Acme SpA produce nella regione Molise.', 'Molise=Molise/state'],
  ])('%s: %s', (language, text, expected) => {
    expect(levelsIn(text, language)).toContain(expected);
  });

  it('takes no class word after a place that is no division', () => {
    expect(levelsIn('Acme Ltd sells across the Africa region.', 'en')).toEqual([
      'Africa=Africa/continent',
    ]);
  });

  it('reads no generic division name without its country', () => {
    expect(levelsIn('Acme Ltd sells across the Central region.', 'en')).toEqual([]);
  });

  it('leaves a capitalised "Regione Abruzzo" (the regional government) alone', () => {
    expect(levelsIn('La Regione Abruzzo sostiene Acme SpA.', 'it')).toEqual([]);
    expect(levelsIn('La Région Bretagne soutient Acme SA.', 'fr')).toEqual([]);
  });
});

describe('the gazetteer told that a name is a division', () => {
  it('prefers the division to a city of the same name', () => {
    expect(gazetteer.lookup('Kaolack', { language: 'en' })?.level).toBe('city');
    expect(gazetteer.lookup('Kaolack', { language: 'en', division: true })?.level).toBe('state');
  });

  it('still wants the country of a generic name, and then takes its division', () => {
    expect(gazetteer.lookup('Central', { language: 'en', division: true })).toBeNull();
    const zambia = { language: 'en', division: true, countries: new Set(['ZM']) };
    expect(gazetteer.lookup('Central', zambia)?.id).toBe('region:state:ZM-02');
  });
});

describe('a continent with a lower-case compass adjective', () => {
  it.each([
    [
      'en',
      'Acme Ltd is a gateway to southern Africa’s markets.',
      'southern Africa=Southern Africa/subregion',
    ],
    ['en', 'Acme Ltd sells in central Asia.', 'central Asia=Central Asia/subregion'],
    ['fr', 'Acme SA est présente en Afrique centrale.', 'Afrique centrale=Middle Africa/subregion'],
    [
      'de',
      'Die Nordwind AG liefert ins südliche Afrika.',
      'südliche Afrika=Southern Africa/subregion',
    ],
    [
      'es',
      'Grupo Solara opera en África occidental.',
      'África occidental=Western Africa/subregion',
    ],
    ['pt', 'A Acme opera na África austral.', 'África austral=Southern Africa/subregion'],
    [
      'it',
      'Acme SpA opera in Africa centrale e in America latina.',
      'Africa centrale=Middle Africa/subregion',
    ],
  ])('%s: %s', (language, text, expected) => {
    expect(levelsIn(text, language)).toContain(expected);
  });

  it('keeps "northern Chile" to the country: no such region is known', () => {
    expect(levelsIn('Acme Ltd mines copper in northern Chile.', 'en')).toEqual([
      'Chile=Chile/country',
    ]);
  });
});

describe('supranational regions in Portuguese and Italian', () => {
  it.each([
    [
      'pt',
      'A Acme vende na Ásia e no Oriente Médio.',
      ['Ásia=Asia/continent', 'Oriente Médio=Middle East/macro'],
    ],
    [
      'it',
      'Acme SpA vende in Europa e in Medio Oriente.',
      ['Europa=Europe/continent', 'Medio Oriente=Middle East/macro'],
    ],
  ])('%s: %s', (language, text, expected) => {
    expect(levelsIn(text, language)).toEqual(expected);
  });
});

describe('a town named with a settlement noun', () => {
  it.each([
    ['en', 'Acme Ltd opened a mine near the Swedish town of Kiruna.', 'Kiruna=Kiruna/city'],
    ['fr', 'Acme SA ouvre une usine dans la commune de Gardanne.', 'Gardanne=Gardanne/city'],
    [
      'de',
      'Die Nordwind AG sitzt in der Gemeinde Unterföhring.',
      'Gemeinde Unterföhring=Unterföhring/city',
    ],
    ['es', 'Grupo Solara abre una planta en el municipio de Alagón.', 'Alagón=Alagón/city'],
    ['pt', 'A Acme abriu uma fábrica na cidade de Tomar.', 'Tomar=Tomar/city'],
    ['it', 'Acme SpA apre uno stabilimento nel comune di Vasto.', 'Vasto=Vasto/city'],
  ])('%s: %s', (language, text, expected) => {
    expect(levelsIn(text, language)).toContain(expected);
  });

  it('does not take a small town for a name without the noun', () => {
    expect(levelsIn('Acme Ltd signed with Kiruna.', 'en')).toEqual([]);
  });
});

describe('a small town after a locative preposition, in a country the document names', () => {
  it.each([
    [
      'en',
      'Acme Ltd builds a plant in Gardanne.\nFrance supports the project.',
      'Gardanne=Gardanne/city',
    ],
    ['fr', 'Acme SA construit une usine à Montbard, en France.', 'Montbard=Montbard/city'],
    [
      'de',
      'Die Nordwind AG baut ein Werk in Wittlich.\nDeutschland fördert das Projekt.',
      'Wittlich=Wittlich/city',
    ],
    ['es', 'Grupo Solara abre una planta en Alagón, en España.', 'Alagón=Alagón/city'],
    ['pt', 'A Acme abriu uma fábrica em Ovar, em Portugal.', 'Ovar=Ovar/city'],
    ['it', 'Acme SpA apre uno stabilimento a Vasto, in Italia.', 'Vasto=Vasto/city'],
  ])('%s: %s', (language, text, expected) => {
    expect(levelsIn(text, language)).toContain(expected);
  });

  it('needs the town’s country among the places the document names', () => {
    expect(
      levelsIn('Acme Ltd builds a plant in Gardanne.\nSpain supports the project.', 'en'),
    ).toEqual(['Spain=Spain/country']);
  });

  it('leaves a name that is no town of the country alone', () => {
    expect(levelsIn('Acme Ltd invested in Borealis Mining.\nFrance supports it.', 'en')).toEqual([
      'France=France/country',
    ]);
  });
});

describe('a small town after German "aus", in a country the document names', () => {
  it('reads the home town of a company', () => {
    const text = 'Die Nordwind AG kauft die Spedition Muster aus Wittlich.\nDeutschland stimmt zu.';
    expect(levelsIn(text, 'de')).toContain('Wittlich=Wittlich/city');
  });

  it('needs the town’s country, and leaves no town and other languages alone', () => {
    expect(levelsIn('Die Nordwind AG kauft die Spedition Muster aus Wittlich.', 'de')).toEqual([]);
    const noTown = 'Die Nordwind AG kauft Anteile aus Borealis Mining.\nDeutschland stimmt zu.';
    expect(levelsIn(noTown, 'de')).toEqual(['Deutschland=Germany/country']);
    const english = 'Acme Ltd won an order from Gardanne.\nFrance supports the project.';
    expect(levelsIn(english, 'en')).toEqual(['France=France/country']);
  });
});

describe('a town with a neighbour in parentheses', () => {
  it.each([
    [
      'es',
      'Grupo Solara abre una planta en Alagón (Zaragoza).',
      ['Alagón=Alagón/city', 'Zaragoza=Saragossa/city'],
    ],
    [
      'it',
      'Acme SpA apre uno stabilimento a Larino (Campobasso).',
      ['Larino=Larino/city', 'Campobasso=Campobasso/city'],
    ],
  ])('%s: %s', (language, text, expected) => {
    expect(levelsIn(text, language)).toEqual(expected);
  });

  it('reads no definition of a short name as a town', () => {
    expect(levelsIn('Acme Holdings (Kiruna) signed a deal.', 'en')).toEqual([]);
  });

  it('needs both in one first-level division', () => {
    expect(gazetteer.lookupBeside('Larino', 'Campobasso')?.name).toBe('Larino');
    expect(gazetteer.lookupBeside('Vasto', 'Campobasso')).toBeNull();
  });
});

describe('Italian prepositions elided with their article', () => {
  it('reads the place after "dell’", "nell’" and "all’"', () => {
    expect(levelsIn('Acme SpA investe nel cuore dell’Europa e nell’India del sud.', 'it')).toEqual([
      'Europa=Europe/continent',
      'India=India/country',
    ]);
  });
});

describe('German inflected country names', () => {
  it('reads the dative plural and the genitive as the country', () => {
    const text =
      'Die Nordwind AG liefert in die Niederlande und in den Vereinigten Staaten.\nDas Werk ist das größte Chinas.';
    expect(levelsIn(text, 'de')).toEqual([
      'Niederlande=Netherlands/country',
      'Vereinigten Staaten=United States/country',
      'Chinas=China/country',
    ]);
  });
});

describe('German compass compounds', () => {
  it('reads "Süddeutschland" and "Norditalien" as the country they are part of', () => {
    expect(levelsIn('Die Nordwind AG liefert nach Süddeutschland und Norditalien.', 'de')).toEqual([
      'Süddeutschland=Germany/country',
      'Norditalien=Italy/country',
    ]);
  });

  it('keeps compounds that are names of their own, and words that only start like one', () => {
    expect(gazetteer.lookup('Südafrika', { language: 'de' })?.name).toBe('South Africa');
    expect(gazetteer.lookup('Nordafrika', { language: 'de' })?.level).toBe('subregion');
    for (const word of ['Westerwald', 'Osterhase', 'Nordsee'])
      expect(gazetteer.lookup(word, { language: 'de' })).toBeNull();
  });
});

describe('places a slash lists', () => {
  it.each([
    [
      'de',
      '8. Mai 2023, Wien/Abu Dhabi\nDie Nordwind AG baut ein Werk.',
      ['Wien=Vienna/city', 'Abu Dhabi=Abu Dhabi/city'],
    ],
    [
      'it',
      'Acme SpA produce nei suoi impianti (Larino/Campobasso).',
      ['Larino=Larino/city', 'Campobasso=Campobasso/city'],
    ],
  ])('%s: %s', (language, text, expected) => {
    expect(levelsIn(text, language)).toEqual(expected);
  });

  it('takes no two organisations for towns', () => {
    expect(levelsIn('Acme Ltd and Borealis/Nordwind signed.', 'en')).toEqual([]);
  });
});

describe('a town slot and an organisation of the same name', () => {
  it('keeps the organisation the document names with a legal form', () => {
    const text =
      'Gardanne SA sells cement.\nAcme Ltd bought a stake in Gardanne.\nFrance approved it.';
    expect(levelsIn(text, 'en')).toEqual(['France=France/country']);
  });
});
