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

  it('leaves a capitalised "Regione Molise" (the regional government) alone', () => {
    expect(levelsIn('La Regione Molise sostiene Acme SpA.', 'it')).toEqual([]);
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
