import { describe, expect, it } from 'vitest';
import { fakePlaces, knowledge, place, sentenced } from '../__fixtures__/helpers.js';
import { extractEntities, type TraceEntry } from '../stages/entities.js';

const country = (code: string, name: string) => place(`region:country:${code}`, name);
const chile = country('CL', 'Chile');
const canada = country('CA', 'Canada');
const france = country('FR', 'France');
const germany = country('DE', 'Germany');
const ireland = country('IE', 'Ireland');
const malaysia = country('MY', 'Malaysia');
const nigeria = country('NG', 'Nigeria');
const switzerland = country('CH', 'Switzerland');
const unitedStates = country('US', 'United States');
const colombia = country('CO', 'Colombia');
const netherlands = country('NL', 'Netherlands');
const lithuania = country('LT', 'Lithuania');
const angola = country('AO', 'Angola');
const brazil = country('BR', 'Brazil');

const places = fakePlaces(
  {
    Singapore: place('region:city:1', 'Singapore', 'city'),
    Austria: country('AT', 'Austria'),
    US: unitedStates,
  },
  {
    Chilean: chile,
    Canadian: canada,
    German: germany,
    Malaysian: malaysia,
    Nigerian: nigeria,
    French: france,
    français: france,
    chinois: country('CN', 'China'),
    américain: unitedStates,
    Suisse: switzerland,
    französischen: france,
    irische: ireland,
    deutsche: germany,
    deutschen: germany,
    colombiana: colombia,
    colombiano: colombia,
    holandesa: netherlands,
    lituana: lithuania,
    angolana: angola,
    brasileira: brazil,
    francese: france,
    tedesco: germany,
  },
);

interface Found {
  orgs: string[];
  /** "surface: decision by rule" for every decision the trace records. */
  decisions: string[];
  places: string[];
}

function read(text: string, language = 'en'): Found {
  const decisions: string[] = [];
  const trace = (entry: TraceEntry) =>
    decisions.push(`${entry.surface}: ${entry.decision} by ${entry.rule}`);
  const { mentions } = extractEntities(sentenced(text, language), knowledge, places, trace);
  return {
    orgs: mentions.filter((m) => m.kind === 'org').map((m) => `${m.text} (${m.strength})`),
    decisions,
    places: mentions.filter((m) => m.kind === 'place').map((m) => m.text),
  };
}

describe('opensOwnerPhrase: a German owner phrase after a name', () => {
  it.each([
    [
      'Kestrel hat die Sparte Alvik Technik des Maschinenbauers Brandor übernommen.',
      'Alvik Technik',
    ],
    ['Kestrel hat die Sparte Alvik Technik des Brandor-Konzerns übernommen.', 'Alvik Technik'],
    ['Kestrel kauft die Alvik Technik des Herstellers Brandor Werke.', 'Alvik Technik'],
    ['Kestrel übernimmt die Sparte Alvik Service des Anlagenbauers Brandor.', 'Alvik Service'],
  ])('%s', (text, unit) => {
    const { orgs } = read(text, 'de');
    expect(orgs.map((o) => o.replace(/ \((strong|weak)\)$/u, ''))).toContain(unit);
    expect(orgs.some((o) => / des /u.test(o))).toBe(false);
  });

  it('keeps a class noun inside a name when no owner follows it', () => {
    const text = 'Der Verband der Auslandsbanken in Deutschland begrüßte die Entscheidung.';
    const { decisions } = read(text, 'de');
    expect(decisions.some((line) => line.startsWith('Verband der Auslandsbanken:'))).toBe(true);
  });

  it('applies only where nouns are capitalised', () => {
    const text = 'Orvalis signed with Banque des Territoires Conseil on Monday.';
    expect(read(text, 'fr').orgs.join()).not.toContain('Orvalis des');
    expect(
      read('Orvalis a signé avec la Caisse des Dépôts Tremon lundi.', 'fr').orgs.join(),
    ).toContain('Caisse des Dépôts');
  });
});

describe('orgAfterDescriptor: a class noun or a nationality right before a name', () => {
  it.each([
    ['en', 'Shares of the company Orvalis rose.', 'Orvalis'],
    ['en', 'Chilean chemicals firm Zentrix raised its output.', 'Zentrix'],
    ['en', 'It formed a venture with Canadian junior miner Tremon Americas.', 'Tremon Americas'],
    ['en', 'Last month, rival Kandor launched a cheaper model.', 'Kandor'],
    ['en', 'The contract went to German company Velmar.', 'Velmar'],
    ['en', 'The order went to US company Harrow International.', 'Harrow International'],
    ['en', 'The group’s subsidiaries Halvik and Orsen won orders.', 'Halvik'],
    ['fr', 'L’énergéticien français Zentrix a signé un accord.', 'Zentrix'],
    ['fr', 'Les offres de l’américain Orvalis et du français Tremon ont été rejetées.', 'Orvalis'],
    ['fr', 'Les offres de l’américain Orvalis et du français Tremon ont été rejetées.', 'Tremon'],
    ['fr', 'Il était conseillé par le cabinet d’avocats Velmar Roux.', 'Velmar Roux'],
    ['fr', 'Le groupe chinois Kandor a racheté le site.', 'Kandor'],
    ['es', 'La colombiana Zentrix Crespo ganó el contrato.', 'Zentrix Crespo'],
    ['es', 'Después llegó la multinacional holandesa Orvalis.', 'Orvalis'],
    ['es', 'Lo vendió a la cadena de distribución lituana Kandor.', 'Kandor'],
    ['pt', 'O grupo domina a seguradora Zentrix.', 'Zentrix'],
    ['pt', 'Foi o caso da petrolífera angolana Orvalis.', 'Orvalis'],
    ['pt', 'A saída da multinacional brasileira Tremon foi confirmada.', 'Tremon'],
    ['it', 'Ha preferito Orvalis alla francese Zentrix.', 'Zentrix'],
    ['it', 'Il gruppo tedesco Kandor ha firmato.', 'Kandor'],
    ['it', 'La casa automobilistica Tremon ha aperto uno stabilimento.', 'Tremon'],
  ])('(%s) %s -> %s', (language, text, name) => {
    const found = read(text, language);
    expect(found.orgs).toContain(`${name} (strong)`);
    expect(found.decisions).toContain(`${name}: org by orgAfterDescriptor`);
  });

  it('makes an all-capitals name after a class noun a strong organisation, not a weak acronym', () => {
    expect(read('Chilean chemicals firm ZTX said output rose.').orgs).toEqual(['ZTX (strong)']);
  });

  it.each([
    ['en', 'The company Jane Roe founded grew fast.', 'Jane Roe'],
    ['en', 'The company Tuesday said output rose.', 'Tuesday'],
    ['en', 'It praised the company’s Widget Pro.', 'Widget Pro'],
    ['en', 'It praised the company, Zentrix was not mentioned.', 'Zentrix'],
    ['fr', 'Le président français Emmanuel Macron a visité le site.', 'Emmanuel Macron'],
    ['fr', 'L’américain Pierre Martin a visité le site.', 'Pierre Martin'],
    ['es', 'El colombiano Juan Pérez visitó la planta.', 'Juan Pérez'],
    ['it', 'Il presidente francese Mario Rossi ha visitato lo stabilimento.', 'Mario Rossi'],
    ['de', 'Die irische Regierung prüft den Verkauf.', 'Regierung'],
    ['de', 'Das deutsche Retail Netzwerk wächst.', 'Retail Netzwerk'],
  ])('(%s) %s: no organisation "%s" from the descriptor', (language, text, name) => {
    const found = read(text, language);
    expect(found.decisions).not.toContain(`${name}: org by orgAfterDescriptor`);
    expect(found.orgs).not.toContain(`${name} (strong)`);
  });
});

describe('descriptorInFront: a descriptor glued to the front of a name is cut off', () => {
  it.each([
    [
      'de',
      'Der Logistikdienstleister Zentrix übernimmt das Lager.',
      'Logistikdienstleister',
      'Zentrix',
    ],
    ['de', 'Die Kooperation mit der Energiefirma Orvalis beginnt.', 'Energiefirma', 'Orvalis'],
    ['de', 'Das Werk geht an den französischen Konkurrenten Tremon.', 'Konkurrenten', 'Tremon'],
    [
      'de',
      'Das Werk gehört zum Automobilzulieferer Kandor AG.',
      'Automobilzulieferer',
      'Kandor AG',
    ],
    ['en', 'It signed with Singapore-based Kestrel Orbis.', 'Singapore-based', 'Kestrel Orbis'],
    ['fr', 'Les candidats étaient Orvalis ou le Suisse Tremon.', 'Suisse', 'Tremon'],
  ])('(%s) %s', (language, text, descriptor, name) => {
    const found = read(text, language);
    expect(found.decisions).toContain(`${descriptor}: descriptor by descriptorInFront`);
    expect(found.orgs).toContain(`${name} (strong)`);
    expect(found.orgs.join()).not.toContain(descriptor);
  });

  it('cuts a nationality the document leaves off elsewhere, and makes it a place', () => {
    const found = read('Orvalis and Malaysian Zentrix signed a deal.\nZentrix will build it.');
    expect(found.orgs).toContain('Zentrix (strong)');
    expect(found.orgs.join()).not.toContain('Malaysian');
    expect(found.places).toContain('Malaysian');
  });

  it('keeps a nationality the document never leaves off ("American Express")', () => {
    expect(read('Orvalis and Malaysian Zentrix signed a deal.').decisions).toContain(
      'Malaysian Zentrix: weak by weakName',
    );
  });

  it('keeps a nationality in a registered name, even where a sister company goes without it', () => {
    const text = 'Orvalis bought Nigerian Tremon Oil Company Ltd in May.\nTremon Oil sold a field.';
    expect(read(text).orgs).toContain('Nigerian Tremon Oil Company Ltd (strong)');
  });

  it.each([
    ['de', 'Die Bank Austria meldet Gewinne.', 'Bank Austria'],
    ['de', 'Die Nordbank AG meldet Gewinne.', 'Nordbank AG'],
  ])('(%s) keeps a class word that is the name or its head: %s', (language, text, name) => {
    const found = read(text, language);
    expect(found.decisions.join()).not.toContain('descriptorInFront');
    expect(found.orgs).toContain(`${name} (strong)`);
  });
});
