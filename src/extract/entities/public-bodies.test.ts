import { describe, expect, it } from 'vitest';
import { knowledge, sentenced } from '../__fixtures__/helpers.js';
import { gazetteer } from '../geo/testing.js';
import { extractEntities } from '../stages/entities.js';

const places = gazetteer();

function read(text: string, language: string) {
  const { mentions } = extractEntities(sentenced(text, language), knowledge, places);
  return {
    orgs: mentions.filter((m) => m.kind === 'org').map((m) => `${m.text} (${m.orgType})`),
    places: mentions.filter((m) => m.kind === 'place').map((m) => m.text),
  };
}

describe('public bodies named by description', () => {
  it.each([
    ['en', 'The Mexican government awarded the contract to Acme.', 'Mexican government'],
    ['en', 'Acme signed a deal with the government of Zambia.', 'government of Zambia'],
    ['en', 'The South African government chose Acme.', 'South African government'],
    ['en', 'Acme will supply drones to the Kenyan Armed Forces.', 'Kenyan Armed Forces'],
    ['en', 'Acme sued the government of the Philippines.', 'government of the Philippines'],
    ['fr', 'Le gouvernement sénégalais a choisi Acme.', 'gouvernement sénégalais'],
    ['fr', 'Acme a signé avec le gouvernement du Gabon.', 'gouvernement du Gabon'],
    ['fr', 'Acme livrera les forces armées françaises.', 'forces armées françaises'],
    ['de', 'Die italienische Regierung unterstützt Nordwind AG.', 'italienische Regierung'],
    ['de', 'Nordwind AG beliefert die Regierung von Italien.', 'Regierung von Italien'],
    ['es', 'El Gobierno peruano respalda a Grupo Solara.', 'Gobierno peruano'],
    ['es', 'Grupo Solara firmó con el Gobierno de México.', 'Gobierno de México'],
    [
      'es',
      'Grupo Solara venderá aviones a las Fuerzas Armadas colombianas.',
      'Fuerzas Armadas colombianas',
    ],
    ['pt', 'O governo moçambicano escolheu a Acme.', 'governo moçambicano'],
    ['pt', 'A Acme assinou com o Governo de Angola.', 'Governo de Angola'],
    ['it', 'Il governo italiano sostiene Acme.', 'governo italiano'],
    ['it', 'Acme ha firmato con il governo di Malta.', 'governo di Malta'],
  ])('(%s) %s -> %s', (language, text, name) => {
    expect(read(text, language).orgs).toContain(`${name} (organization)`);
  });

  it.each([
    ['en', 'The government chose Acme.'],
    ['en', 'Indonesian government officials met Acme.'],
    ['en', 'Acme hired former government advisers.'],
    ['fr', 'Le gouvernement a choisi Acme.'],
    ['de', 'Die Regierung unterstützt Nordwind AG.'],
    ['es', 'El Gobierno respalda a Grupo Solara.'],
    ['pt', 'O governo escolheu a Acme.'],
    ['it', 'Il governo sostiene Acme.'],
  ])('(%s) no public body in "%s"', (language, text) => {
    const orgs = read(text, language).orgs;
    expect(orgs.filter((org) => /govern|regierung|gobierno|governo/iu.test(org))).toEqual([]);
  });

  it('leaves a capitalised name that goes on after the head noun to the name rules', () => {
    const orgs = read('The Mexican Government Pension Fund bought shares in Acme.', 'en').orgs;
    expect(orgs).not.toContain('Mexican Government (organization)');
  });

  it('keeps the country of a public body out of the places', () => {
    expect(read('The Mexican government awarded the contract to Acme.', 'en').places).toEqual([]);
  });
});
