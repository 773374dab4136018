import { describe, expect, it } from 'vitest';
import { fakePlaces, knowledge, place, sentenced } from '../__fixtures__/helpers.js';
import { extractEntities } from '../stages/entities.js';
import { resolveCorpus } from '../stages/resolve.js';
import type { PlaceLookup } from '../types.js';

const ivoryCoast = place('region:country:CI', 'Ivory Coast');
const mexico = place('region:country:MX', 'Mexico');
const places = fakePlaces(
  {
    'Côte d’Ivoire': ivoryCoast,
    Mexico: mexico,
    Kenia: place('region:country:KE', 'Kenya'),
    Alfa: place('region:state:1', 'Alfa', 'state'),
    'U.S.': place('region:country:US', 'United States'),
    'North America': place('region:macro:1', 'North America', 'macro'),
  },
  { ivoirien: ivoryCoast, mexicano: mexico, ivoriano: ivoryCoast, ivoirienne: ivoryCoast },
);

interface Found {
  people: string[];
  orgs: string[];
  roles: string[];
  rules: string[];
}

/** People (by their resolved names), organisations, roles and the rules that made them. */
function read(text: string, language = 'en', lookup: PlaceLookup = places): Found {
  const rules: string[] = [];
  const entities = extractEntities(sentenced(text, language), knowledge, lookup, (entry) => {
    if (entry.decision === 'person' || entry.decision === 'org')
      rules.push(`${entry.rule}: ${entry.surface}`);
  });
  const [resolved] = resolveCorpus([entities], { knowledge, places: lookup });
  if (!resolved) throw new Error('no document');
  const text_ = (index: number) => entities.mentions[index]?.text ?? '?';
  return {
    people: [...new Set(resolved.mentions.filter((m) => m.kind === 'person').map((m) => m.name))],
    orgs: [...new Set(resolved.mentions.filter((m) => m.kind === 'org').map((m) => m.text))],
    roles: entities.roleLinks.map(
      (role) => `${text_(role.person)}: ${role.title} @ ${text_(role.organization)}`,
    ),
    rules,
  };
}

describe('a title before the name, outside its run (personAfterTitleOutsideName)', () => {
  it('makes the name a person and the name before the title their organisation (en)', () => {
    const found = read(
      'Borealis Mining chief executive officer Jane Roe said the mine would open.',
    );
    expect(found.people).toEqual(['Jane Roe']);
    expect(found.roles).toEqual(['Jane Roe: chief executive officer @ Borealis Mining']);
    expect(found.rules).toContain('personAfterTitleOutsideName: Jane Roe');
  });

  it('reads a title with a nationality adjective after it (fr, es, it)', () => {
    expect(read('Le président ivoirien Jean Kouassi a inauguré le port.', 'fr').people).toEqual([
      'Jean Kouassi',
    ]);
    expect(read('El presidente mexicano Juan Pérez visitó la planta.', 'es').people).toEqual([
      'Juan Pérez',
    ]);
    expect(read('Il presidente ivoriano Marco Kouassi ha visitato il porto.', 'it').people).toEqual(
      ['Marco Kouassi'],
    );
  });

  it('reads a person noun before the name, which links no organisation (fr, en, es, pt, it)', () => {
    const fr = read(
      'Acme Finance, dirigé par l’homme d’affaires ivoirien Jean Kouassi, rachète Beta.',
      'fr',
    );
    expect(fr.people).toEqual(['Jean Kouassi']);
    expect(fr.roles).toEqual([]);
    expect(read('The deal was backed by the businessman Tom Ward last year.').people).toEqual([
      'Tom Ward',
    ]);
    expect(read('La oferta del empresario Luis Gómez fue aceptada.', 'es').people).toEqual([
      'Luis Gómez',
    ]);
    expect(read('A oferta do empresário João Silva foi aceite.', 'pt').people).toEqual([
      'João Silva',
    ]);
    expect(read('Secondo l’imprenditore Mario Rossi l’accordo è vicino.', 'it').people).toEqual([
      'Mario Rossi',
    ]);
  });

  it('reads a Portuguese hyphenated title (pt)', () => {
    const found = read('A Solara Energia contratou o presidente-executivo Carlos Souza.', 'pt');
    expect(found.people).toEqual(['Carlos Souza']);
  });

  it('does not split a surname that is also a title word (fr)', () => {
    expect(read('Le ministre Jean Le Maire a salué l’accord.', 'fr').people).toEqual([
      'Jean Le Maire',
    ]);
  });

  it('wants a given name and a surname: a surname alone after a title is no new person', () => {
    expect(read('Borealis Mining chief executive Roe said the mine would open.').people).toEqual(
      [],
    );
  });

  it('does not read an English title used as a verb ("to head")', () => {
    const found = read('She was named to head Arc Borealis next year.');
    expect(found.people).toEqual([]);
  });
});

describe('a person noun starting a run (personAfterNounInRun)', () => {
  it('makes the rest of the run a person (de)', () => {
    const found = read('Der Unternehmer Max Muster übernimmt die Nordwind AG.', 'de');
    expect(found.people).toEqual(['Max Muster']);
    expect(found.rules).toContain('personAfterNounInRun: Max Muster');
    expect(found.roles).toEqual([]);
  });

  it('wants two words after the noun', () => {
    expect(read('Der Unternehmer Muster übernimmt die Nordwind AG.', 'de').people).toEqual([]);
  });
});

describe('a name in apposition to a title (personInAppositionToTitle)', () => {
  it('reads a title, an adjective and its "of" phrase before the comma (es)', () => {
    const found = read('El ministro mexicano de Hacienda, Juan Pérez, anunció el acuerdo.', 'es');
    expect(found.people).toEqual(['Juan Pérez']);
    expect(found.rules).toContain('personInAppositionToTitle: Juan Pérez');
  });

  it('links the organisation of the title, when the "of" phrase names one (es)', () => {
    const found = read(
      'El gobernador del Banco Solara, Luis Gómez, había objetado la venta.',
      'es',
    );
    expect(found.people).toEqual(['Luis Gómez']);
    expect(found.roles).toEqual(['Luis Gómez: gobernador @ Banco Solara']);
  });

  it('reads an "of" phrase with "and" in it, and a name ending the sentence (pt, es)', () => {
    expect(
      read('O Ministro dos Recursos e Energia, João Silva, garantiu o apoio.', 'pt').people,
    ).toEqual(['João Silva']);
    expect(read('Lo anunció el director global de Calidad, Luis Gómez.', 'es').people).toEqual([
      'Luis Gómez',
    ]);
  });

  it('reads a title alone before the comma, and links the organisation before it (en, fr, it)', () => {
    const en = read('Borealis Mining’s chairman, Jane Roe, said the mine would open.');
    expect(en.people).toEqual(['Jane Roe']);
    expect(read('Le président, Jean Dupont, a annoncé la vente.', 'fr').people).toEqual([
      'Jean Dupont',
    ]);
    expect(read('Il sindaco, Mario Rossi, ha firmato l’accordo.', 'it').people).toEqual([
      'Mario Rossi',
    ]);
  });

  it('reads a lower-case "of" phrase, which names no organisation (en, es, pt)', () => {
    const en = read('The minister of energy, Jane Roe, approved the plan.');
    expect(en.people).toEqual(['Jane Roe']);
    expect(en.roles).toEqual([]);
    const es = read('Según el presidente de la compañía, Juan Pérez, la venta se cerró.', 'es');
    expect(es.people).toEqual(['Juan Pérez']);
    expect(es.orgs).toEqual([]);
    expect(
      read('Segundo o presidente da empresa, João Silva, o acordo é bom.', 'pt').people,
    ).toEqual(['João Silva']);
  });

  it('gives a title after "and" to the next person, not the one before (en, fr, es)', () => {
    expect(
      read('The founder of Acme, Jane Roe, and the CEO of Beta, John Doe, met.').roles,
    ).toEqual(['Jane Roe: founder @ Acme', 'John Doe: CEO @ Beta']);
    expect(
      read('Le PDG d’Acme, Jean Dupont, et le directeur de Beta, Paul Martin, ont signé.', 'fr')
        .roles,
    ).toEqual(['Jean Dupont: PDG @ Acme', 'Paul Martin: directeur @ Beta']);
    expect(
      read(
        'La directora de Acme, María López, y el presidente de Beta, Luis Gómez, firmaron.',
        'es',
      ).roles,
    ).toEqual(['María López: directora @ Acme', 'Luis Gómez: presidente @ Beta']);
  });

  it('is no apposition without a title, or when the name runs on', () => {
    expect(read('The deal covers Lagos, Nordwind Pay, and Acme Mining.').people).toEqual([]);
    expect(read('El acuerdo con Banco Solara, Luis Gómez y Acme.', 'es').people).toEqual([]);
  });
});

describe('an organisation glued to a title (personAfterGluedTitle)', () => {
  it('gives the organisation, the person and the role (de)', () => {
    const found = read('„Wir wachsen“, sagte Nordwind-Chef Max Muster.', 'de');
    expect(found.people).toEqual(['Max Muster']);
    expect(found.orgs).toEqual(['Nordwind']);
    expect(found.roles).toEqual(['Max Muster: Chef @ Nordwind']);
  });

  it('takes a former head ("Ex-Nordwind-Chef") as the organisation’s, but "Ex-Chef" names none', () => {
    expect(read('Das sagte Ex-Nordwind-Chef Max Muster gestern.', 'de').orgs).toEqual(['Nordwind']);
    const former = read('Das sagte Ex-Chef Max Muster gestern.', 'de');
    expect(former.orgs).toEqual([]);
    expect(former.people).toEqual(['Max Muster']);
  });

  it('names no organisation with a generic noun ("Konzern-Chef")', () => {
    const found = read('Das sagte der Konzern-Chef Max Muster gestern.', 'de');
    expect(found.orgs).toEqual([]);
    expect(found.people).toEqual(['Max Muster']);
  });

  it('makes a place glued to the title no organisation', () => {
    const found = read('Das sagte Kenia-Chef Max Muster gestern.', 'de');
    expect(found.orgs).toEqual([]);
    expect(found.people).toEqual(['Max Muster']);
  });

  it('reads an English title glued the same way (en)', () => {
    expect(read('The plan was announced by Nordwind-CEO Jane Roe.').orgs).toEqual(['Nordwind']);
  });
});

describe('a titled organisation and a name in one run (personAfterTitledOrganisation)', () => {
  it('splits after a place that ends the organisation (it)', () => {
    const found = read(
      'Il presidente della Regione Alfa Mario Rossi ha annunciato la firma.',
      'it',
    );
    expect(found.orgs).toEqual(['Regione Alfa']);
    expect(found.people).toEqual(['Mario Rossi']);
    expect(found.roles).toEqual(['Mario Rossi: presidente @ Regione Alfa']);
  });

  it('splits after a legal form (en, es)', () => {
    const en = read('The chief executive of Acme Ltd Jane Roe said the plant would open.');
    expect(en.orgs).toEqual(['Acme Ltd']);
    expect(en.people).toEqual(['Jane Roe']);
    const es = read('El presidente de Grupo Solara SA Luis Gómez firmó el acuerdo.', 'es');
    expect(es.people).toEqual(['Luis Gómez']);
  });

  it('splits after a one-word place, or before a known given name (it)', () => {
    const mayor = read('Il sindaco di Alfa Mario Rossi ha firmato.', 'it');
    expect(mayor.people).toEqual(['Mario Rossi']);
    expect(mayor.orgs).toEqual([]);
    const chief = read('L’amministratore delegato di Nordwind Francesco Rossi ha firmato.', 'it');
    expect(chief.orgs).toEqual(['Nordwind']);
    expect(chief.people).toEqual(['Francesco Rossi']);
  });

  it('keeps one organisation when the end is a keyword or a place', () => {
    const services = read('The chief executive of Acme Mining Services Group said so.');
    expect(services.people).toEqual([]);
    const region = read('She is the director of Borealis Energy North America.');
    expect(region.people).toEqual([]);
  });
});

describe('an organisation before a title and a person (orgBeforeTitledPerson)', () => {
  it('makes the name before a lower-case title an organisation (en)', () => {
    const found = read('The loss was confirmed by Nordwind chief executive Jane Roe on Friday.');
    expect(found.orgs).toEqual(['Nordwind']);
    expect(found.rules).toContain('orgBeforeTitledPerson: Nordwind');
  });

  it('makes the name before a title inside the run an organisation (en, de)', () => {
    expect(read('The deal was confirmed by Nordwind CEO Jane Roe.').orgs).toEqual(['Nordwind']);
    expect(read('Das bestätigte Nordwind Vorstandschef Max Muster.', 'de').orgs).toEqual([
      'Nordwind',
    ]);
  });

  it('reads a sentence-initial English name, and the name after a sentence-initial "Former"', () => {
    const found = read('Nordwind chief executive Jane Roe said the deal had closed.');
    expect(found.orgs).toEqual(['Nordwind']);
    expect(found.roles).toEqual(['Jane Roe: chief executive @ Nordwind']);
    const former = read('Former Nordwind chief executive Jane Roe joined Acme Mining.');
    expect(former.orgs).toEqual(['Nordwind', 'Acme Mining']);
    expect(former.roles).toEqual(['Jane Roe: chief executive @ Nordwind']);
  });

  it('is no organisation for a sentence-initial word, a day or a nationality', () => {
    expect(read('Former chief executive Jane Roe said so.').orgs).toEqual([]);
    expect(read('On Monday chief executive Jane Roe said so.').orgs).toEqual([]);
    expect(
      read(
        'The Kenyan chief executive Jane Roe said so.',
        'en',
        fakePlaces({}, { kenyan: place('region:country:KE', 'Kenya') }),
      ).orgs,
    ).toEqual([]);
  });

  it('leaves an acronym to the acronym rule, which resolves it to its full name', () => {
    const found = read('The deal was confirmed by NWX CEO Jane Roe.');
    expect(found.rules).not.toContain('orgBeforeTitledPerson: NWX');
    expect(found.people).toEqual(['Jane Roe']);
  });

  it('wants a person after the title', () => {
    expect(read('The plan of Nordwind chief executive officers was dropped.').orgs).toEqual([]);
    expect(read('The deal was confirmed by Nordwind chief executive Acme Mining.').orgs).toEqual([
      'Acme Mining',
    ]);
  });
});

describe('a name, a comma, then an organisation and a title (personBeforeOrganisationTitle)', () => {
  it('makes the name a person and the name before the title their organisation (en)', () => {
    const possessive = read('“We are pleased,” said Jane Roe, Nordwind’s chief executive.');
    expect(possessive.people).toEqual(['Jane Roe']);
    expect(possessive.orgs).toEqual(['Nordwind']);
    expect(possessive.roles).toEqual(['Jane Roe: chief executive @ Nordwind']);
    expect(possessive.rules).toContain('orgOfTitleAfterPerson: Nordwind');
    const plain = read('Jane Roe, Nordwind chief executive, said the deal would close.');
    expect(plain.roles).toEqual(['Jane Roe: chief executive @ Nordwind']);
  });

  it('reads a possessive word for the organisation, which links nothing (en)', () => {
    const its = read('Jane Roe, its chief executive, said the deal would close.');
    expect(its.people).toEqual(['Jane Roe']);
    expect(its.roles).toEqual([]);
    const company = read('Jane Roe, the company’s chairman, said the deal would close.');
    expect(company.people).toEqual(['Jane Roe']);
  });

  it('wants a title after the organisation', () => {
    const found = read('Jane Roe, Nordwind and Beta Mining signed the deal.');
    expect(found.people).toEqual([]);
    expect(found.rules).not.toContain('orgOfTitleAfterPerson: Nordwind');
  });
});

describe('particles and initials in a name', () => {
  it('keeps particles inside a name (en, fr, de, es, pt, it)', () => {
    expect(read('Anna von Berg, chief executive of Acme Mining, said so.').people).toEqual([
      'Anna von Berg',
    ]);
    expect(read('Khalid bin Zayed, the chairman of Acme Ports, said so.').people).toEqual([
      'Khalid bin Zayed',
    ]);
    expect(
      read('Marie de Villiers, directrice générale de Nordwind SA, a déclaré.', 'fr').people,
    ).toEqual(['Marie de Villiers']);
    expect(read('Ursula von Berg, Vorstandschefin der Acme AG, sagte.', 'de').people).toEqual([
      'Ursula von Berg',
    ]);
    expect(read('Luis del Campo, presidente de Grupo Solara, dijo.', 'es').people).toEqual([
      'Luis del Campo',
    ]);
    expect(read('Maria da Silva, presidente da Solara SA, disse.', 'pt').people).toEqual([
      'Maria da Silva',
    ]);
    expect(read('Luca di Monte, presidente di Acme SpA, ha detto.', 'it').people).toEqual([
      'Luca di Monte',
    ]);
  });

  it('reads a particle glued with a hyphen ("al-Jaber") as part of the name (en)', () => {
    expect(read('Nordwind chairman Khalid al-Jaber said the port would grow.').people).toEqual([
      'Khalid al-Jaber',
    ]);
    expect(read('The long-term plan was signed by Nordwind chairman Khalid Roe.').people).toEqual([
      'Khalid Roe',
    ]);
  });

  it('reads initials as given names, but not a place’s abbreviation', () => {
    expect(read('The deal was confirmed by Acme CEO J.R. Roe.').people).toEqual(['J.R. Roe']);
    expect(read('The deal was confirmed, said U.S. Borealis.').people).toEqual([]);
  });

  it('keeps "Bank of America"-like names out: "of" is no particle', () => {
    expect(read('The loan came from Bank of Nordwind, said the report.').people).toEqual([]);
  });
});

describe('a surname alone later in the article (surnameOfPerson)', () => {
  it('is the person named in full, not an organisation', () => {
    const found = read(
      'Nordwind chief executive Jane Roe announced the deal.\nRoe expects the deal to close soon with Acme Mining.',
    );
    expect(found.people).toEqual(['Jane Roe']);
    expect(found.orgs).not.toContain('Roe');
    expect(found.rules).toContain('surnameOfPerson: Roe');
  });

  it('joins a later mention by two surnames to the full name', () => {
    const found = read(
      'El ministro de Hacienda, Luis Gil Díaz, anunció la venta.\n"Es un buen acuerdo", dijo Gil Díaz.',
      'es',
    );
    expect(found.people).toEqual(['Luis Gil Díaz']);
  });

  it('makes the full name a person again where nothing else says so', () => {
    const found = read(
      'Nordwind chief executive Jane Roe announced the deal.\nJane Roe signed an agreement with Acme Mining.',
    );
    expect(found.orgs).not.toContain('Jane Roe');
    expect(found.rules.filter((rule) => rule.startsWith('surnameOfPerson'))).toEqual([
      'surnameOfPerson: Jane Roe',
    ]);
  });

  it('takes no surname from a one-word person', () => {
    const found = read(
      '“It works,” said Nordwind.\nNordwind signed an agreement with Acme Mining.',
    );
    expect(found.rules).not.toContain('surnameOfPerson: Nordwind');
  });

  it('makes no person of a name that is no person’s surname', () => {
    const found = read('Nordwind chief executive Jane Roe met Acme Mining.\nBeta signed.');
    expect(found.people).toEqual(['Jane Roe']);
  });
});
