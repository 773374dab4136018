import { describe, expect, it } from 'vitest';
import { fakePlaces, knowledge, place, sentenced } from '../__fixtures__/helpers.js';
import { extractEntities } from '../stages/entities.js';
import type { PlaceLookup } from '../types.js';
import { FULL_NAME_OF_SLOT } from './slot-acceptance.js';
import { SLOT_RULES } from './slots.js';

const silvermoor = place('region:city:9', 'Silvermoor', 'city');
const malaysia = place('region:country:MY', 'Malaysia');
const places = fakePlaces({ Silvermoor: silvermoor }, { Malaysian: malaysia });

/** "name: rule" for every organisation a slot made (a strong one from a weak name). */
function slotted(text: string, language = 'en', gazetteer: PlaceLookup = places): string[] {
  const found: string[] = [];
  const slots = new Set([...SLOT_RULES.map((rule) => rule.name), FULL_NAME_OF_SLOT]);
  extractEntities(sentenced(text, language), knowledge, gazetteer, (entry) => {
    if (entry.decision === 'org' && slots.has(entry.rule))
      found.push(`${entry.surface}: ${entry.rule}`);
  });
  return found;
}

/** Organisation mentions that make a node on their own (strong ones). */
function strongOrgs(text: string, language = 'en'): string[] {
  return extractEntities(sentenced(text, language), knowledge, places)
    .mentions.filter((m) => m.kind === 'org' && m.strength === 'strong')
    .map((m) => m.text)
    .sort();
}

describe('SLOT_RULES', () => {
  it('names every rule once', () => {
    const names = SLOT_RULES.map((rule) => rule.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('subjectOfSpeechVerb', () => {
  it('takes the subject of a speech verb for an organisation, in every language', () => {
    const cases: [string, string][] = [
      ['en', 'The deal is done, Quorvant said on Monday.'],
      ['fr', 'Le contrat est signé, Quorvant a déclaré mardi.'],
      ['de', 'Der Vertrag ist unterschrieben, Quorvant sagte am Montag.'],
      ['es', 'El contrato está firmado, Quorvant dijo el lunes.'],
      ['pt', 'O contrato está assinado, Quorvant disse na segunda-feira.'],
      ['it', 'Il contratto è firmato, Quorvant ha dichiarato lunedì.'],
    ];
    for (const [language, text] of cases)
      expect(slotted(text, language), language).toEqual(['Quorvant: subjectOfSpeechVerb']);
  });

  it('takes every name of a coordinated subject', () => {
    expect(slotted('Quorvant and Lumetto said in a statement that they would merge.')).toEqual([
      'Quorvant: subjectOfSpeechVerb',
      'Lumetto: subjectOfSpeechVerb',
    ]);
  });

  it('leaves people and plural nouns at a sentence start alone', () => {
    expect(slotted('Jane Roe said the plant would open in May.')).toEqual([]);
    expect(slotted('Bankers said the plant would open in May.')).toEqual([]);
  });
});

describe('afterSpeechVerb', () => {
  it('reads one word after an inverted speech verb as the speaking organisation', () => {
    const cases: [string, string][] = [
      ['en', '"We will grow," said Quorvant.'],
      ['fr', 'La demande progresse, selon Quorvant.'],
      ['es', 'La demanda crece, según Quorvant.'],
      ['pt', 'A procura cresce, segundo Quorvant.'],
      ['it', '«Cresceremo», ha detto Quorvant.'],
    ];
    for (const [language, text] of cases)
      expect(slotted(text, language), language).toEqual(['Quorvant: afterSpeechVerb']);
  });

  it('reads no speaker after "told": the one told comes there (listener_verb)', () => {
    expect(slotted('Orvalis told Quorvant it would grow.')).not.toContain(
      'Quorvant: afterSpeechVerb',
    );
  });

  it('keeps the surname of a person the document names in full, and a weekday', () => {
    const text = [
      'Jane Roe, chief executive of Beltrano Ltd, opened the plant.',
      '"We will grow," said Roe.',
    ].join('\n');
    expect(slotted(text)).toEqual([]);
    expect(slotted('Beltrano Ltd announced Tuesday that it would grow.')).toEqual([]);
  });
});

describe('oneWordAfterSpeechVerb', () => {
  /** The entity rule's decisions about one surface. */
  function decisions(text: string, surface: string, language = 'en'): string[] {
    const found: string[] = [];
    extractEntities(sentenced(text, language), knowledge, places, (entry) => {
      if (entry.surface === surface) found.push(`${entry.decision} by ${entry.rule}`);
    });
    return found;
  }

  it('leaves one unknown word after a speech verb to the slots instead of making a person', () => {
    expect(decisions('«Cresceremo», ha detto Quorvant.', 'Quorvant', 'it')).toEqual([
      'weak by oneWordAfterSpeechVerb',
      'org by afterSpeechVerb',
    ]);
  });

  it('keeps a known first name or surname a person', () => {
    expect(decisions('"We will grow," said Smith.', 'Smith')).toEqual([
      'person by personAfterSpeechVerb',
    ]);
  });
});

describe('acronymInSlot', () => {
  it('takes a short form that speaks or stands in a list of companies', () => {
    expect(strongOrgs('QVT said on Monday that it had entered a joint venture.')).toEqual(['QVT']);
    expect(strongOrgs('Clientes como QVT, Lumetto y Ferrandi compran cobre.', 'es')).toEqual([
      'Ferrandi',
      'Lumetto',
      'QVT',
    ]);
  });

  it('leaves a short form a longer name spells out, and one before a deal word', () => {
    const text = [
      'Quorvant Vale Technologies opened a plant.',
      'QVT said on Monday that it had entered a joint venture.',
    ].join('\n');
    expect(strongOrgs(text)).toEqual(['Quorvant Vale Technologies']);
    expect(strongOrgs('Beltrano Ltd expects LNG supply to grow.')).toEqual(['Beltrano Ltd']);
  });
});

describe('fullNameOfSlot', () => {
  it('gives the slot of a short form to the full name the document uses', () => {
    const text = ['Verdano Atlantico runs the terminal.', "Verdano's plant opens in May."];
    expect(slotted(text.join('\n'))).toEqual(['Verdano Atlantico: fullNameOfSlot']);
    expect(strongOrgs(text.join('\n'))).toEqual(['Verdano Atlantico']);
  });

  it('gives it to no quoted product name', () => {
    const text = ['Users of the "Verdano Wallet" grew.', "Verdano's plant opens in May."];
    expect(strongOrgs(text.join('\n'))).toEqual([]);
  });
});

describe('the guards', () => {
  it('judges a word of another language by the English tagger only where it knows the word', () => {
    // "Ferrandial" looks like an English adjective by its ending; "Total" is an English word.
    expect(slotted('Beltrano SA es filial de Ferrandial.', 'es')).toEqual([
      'Ferrandial: objectOfCue',
    ]);
    expect(slotted('Beltrano SA es filial de Total.', 'es')).toEqual([]);
  });

  it('takes a name whose first word the text writes in lower case only as a speaker or in a list', () => {
    const speaker = ['The cobalt price rose.', 'Cobalt Meridian said it would build a mine.'];
    expect(slotted(speaker.join('\n'))).toEqual(['Cobalt Meridian: subjectOfSpeechVerb']);
    const partner = [
      'The cobalt price rose.',
      'Beltrano Ltd signed a partnership with Cobalt Meridian.',
    ];
    expect(slotted(partner.join('\n'))).toEqual([]);
  });

  it('takes no word that names a kind of organisation for a name', () => {
    expect(slotted('Le prêt est accordé par la Banque centrale.', 'fr')).toEqual([]);
    expect(slotted('Les actionnaires de la Société ont voté.', 'fr')).toEqual([]);
  });

  it('takes no point of the compass for a name ("le Sud", "el Norte")', () => {
    const cases: [string, string][] = [
      ['fr', 'Le Sud attire Beltrano SA.'],
      ['fr', 'Beltrano SA et le Sud ont signé un accord.'],
      ['es', 'El Norte atrae a Beltrano SA.'],
      ['pt', 'O Nordeste atrai a Beltrano SA.'],
      ['it', 'Il Mezzogiorno attira Beltrano SpA.'],
    ];
    for (const [language, text] of cases) expect(slotted(text, language), language).toEqual([]);
    // Still a name where it is not one of those words.
    expect(slotted('La Quorvant attire Beltrano SA.', 'fr')).toEqual([
      'Quorvant: articleBeforeName',
    ]);
  });
});

describe('subjectOfCue', () => {
  it('takes the subject of a deal verb for an organisation, in every language', () => {
    const cases: [string, string][] = [
      ['en', 'Last year Quorvant has acquired a plant in the north.'],
      ['en', 'Quorvant also secured a contract worth $5 million.'],
      ['fr', 'Depuis mai, Quorvant rachète des usines.'],
      ['de', 'Quorvant übernimmt seit Mai kleinere Werke.'],
      ['es', 'Este año Quorvant adquiere tres plantas.'],
      ['pt', 'Este ano Quorvant adquiriu três fábricas.'],
      ['it', 'Nel 2023 Quorvant ha acquisito tre stabilimenti.'],
    ];
    for (const [language, text] of cases)
      expect(slotted(text, language), language).toContain('Quorvant: subjectOfCue');
  });

  it('does not take a German noun after its article or adjective, or a preposition, for a subject', () => {
    expect(slotted('Die Kompetenz übernimmt die Führung.', 'de')).toEqual([]);
    expect(slotted('Beltrano AG plant seit Ende des Monats eine Partnerschaft.', 'de')).toEqual([]);
    expect(slotted('Dank der Partnerschaft wächst Beltrano AG.', 'de')).toEqual([]);
    expect(slotted('Der Rundfunk hat einen Vertrag unterzeichnet.', 'de')).toEqual([]);
  });
});

describe('subjectOfBuildFor', () => {
  it('takes the builder of a thing built for a named customer, in every language', () => {
    const cases: [string, string][] = [
      ['en', 'Quorvant will build the network for Beltrano Telecom Ltd.'],
      ['en', 'Quorvant installed new turbines for the Beltrano Energy Ltd.'],
      ['fr', 'Quorvant construira le réseau pour Beltrano Télécom SA.'],
      ['de', 'Quorvant baut für Beltrano Telekom GmbH ein Netz.'],
      ['es', 'Quorvant construirá la red para Beltrano Telecom SA.'],
      ['pt', 'Quorvant construirá a rede para a Beltrano Telecom SA.'],
      ['it', 'Quorvant costruirà la rete per Beltrano Telecom SpA.'],
    ];
    for (const [language, text] of cases)
      expect(slotted(text, language), language).toContain('Quorvant: subjectOfBuildFor');
  });

  it('takes no subject without a name after "for", nor plural nouns and people', () => {
    const texts = [
      'Quorvant will build the plant for the first time.',
      'Quorvant will build the plant for $4 million.',
      'Quorvant will build, for Beltrano Telecom Ltd, a plant.',
      'Engineers will build the network for Beltrano Telecom Ltd.',
      'John Smith will build the network for Beltrano Telecom Ltd.',
    ];
    for (const text of texts) expect(slotted(text).join()).not.toContain('subjectOfBuildFor');
  });
});

describe('the person guard', () => {
  it('takes a longer name that opens with no given name for a company in a slot', () => {
    expect(slotted('Tremon Hughes will supply gas turbines to the plant.')).toEqual([
      'Tremon Hughes: subjectOfCue',
    ]);
    expect(slotted('Jane Hughes will supply gas turbines to the plant.')).toEqual([]);
  });
});

describe('objectOfCue', () => {
  it('takes the partner after a deal noun and its "with", in every language', () => {
    const cases: [string, string][] = [
      ['en', 'Beltrano Ltd signed a partnership with Quorvant.'],
      ['fr', 'Beltrano SA a signé un partenariat avec Quorvant.'],
      ['de', 'Beltrano GmbH unterzeichnet eine Partnerschaft mit Quorvant.'],
      ['es', 'Beltrano SA firmó una alianza con Quorvant.'],
      ['pt', 'A Beltrano Ltda assinou uma parceria com a Quorvant.'],
      ['it', 'Beltrano SpA ha firmato un accordo con Quorvant.'],
      ['it', 'La Beltrano SpA ha stimato il valore della fusione di Quorvant.'],
    ];
    for (const [language, text] of cases)
      expect(slotted(text, language), language).toEqual(['Quorvant: objectOfCue']);
  });

  it('takes the owner after "subsidiary of" and the buyer after "acquired by"', () => {
    expect(slotted('Beltrano Ltd is a subsidiary of Quorvant.')).toEqual(['Quorvant: objectOfCue']);
    expect(slotted('Beltrano Ltd was acquired by Quorvant in May.')).toEqual([
      'Quorvant: objectOfCue',
    ]);
    expect(slotted('Die Übernahme von Quorvant ist abgeschlossen.', 'de')).toEqual([
      'Quorvant: objectOfCue',
    ]);
  });

  it('leaves a place after "based in", goods after a German verb and a product word alone', () => {
    expect(slotted('Beltrano AG liefert Stahlrohre an Lumetto GmbH.', 'de')).toEqual([]);
    expect(slotted('Beltrano Ltd is based in Marrowfield.')).toEqual([]);
    expect(slotted('Beltrano Ltd selected Quorvant-branded engines.')).toEqual([]);
    expect(slotted('Beltrano Ltd agreed a supply deal with Covid-19 in mind.')).toEqual([]);
    expect(slotted("Quest'anno Beltrano SpA ha acquisito tre stabilimenti.", 'it')).toEqual([]);
  });
});

describe('listOfClass', () => {
  it('takes every name of a list a class noun introduces, in every language', () => {
    const cases: [string, string][] = [
      ['en', 'The plant serves customers such as Quorvant, Lumetto and Ferrandi.'],
      ['fr', 'Des groupes comme Quorvant, Lumetto et Ferrandi investissent.'],
      ['de', 'Die Konzerne Quorvant, Lumetto und Ferrandi investieren.'],
      ['es', 'Llegan empresas como Quorvant, Lumetto y Ferrandi.'],
      ['pt', 'Empresas como Quorvant, Lumetto e Ferrandi investem no porto.'],
      ['it', 'Arrivano aziende come Quorvant, Lumetto e Ferrandi.'],
    ];
    for (const [language, text] of cases)
      expect(strongOrgs(text, language), language).toEqual(['Ferrandi', 'Lumetto', 'Quorvant']);
  });

  it('takes nothing from a list of things that are no organisations', () => {
    expect(
      strongOrgs('The plant uses technologies such as Artificial Intelligence and Deep Vision.'),
    ).toEqual([]);
  });
});

describe('listWithKnownOrganisation', () => {
  it('takes the names coordinated with an organisation named by its legal form', () => {
    expect(strongOrgs('Quorvant, Lumetto and Beltrano Ltd will build the plant.')).toEqual([
      'Beltrano Ltd',
      'Lumetto',
      'Quorvant',
    ]);
    expect(
      strongOrgs('Quorvant, Lumetto e Beltrano SpA costruiranno lo stabilimento.', 'it'),
    ).toEqual(['Beltrano SpA', 'Lumetto', 'Quorvant']);
  });

  it('reads commas alone as an apposition, not a list', () => {
    expect(strongOrgs('En Côte Verte, Beltrano SA ouvre une usine.', 'fr')).toEqual([
      'Beltrano SA',
    ]);
  });
});

describe('possessiveOwner', () => {
  it('takes the owner in "Quorvant\'s shareholders"', () => {
    expect(slotted("The board of Beltrano Ltd met Quorvant's shareholders.")).toEqual([
      'Quorvant: possessiveOwner',
    ]);
  });

  it('leaves people, demonyms and weekdays alone', () => {
    expect(slotted("Jane Roe's plan was approved.")).toEqual([]);
    expect(slotted("Malaysian Quorvant's plan was approved.")).toEqual([]);
    expect(slotted("Monday's meeting was short.")).toEqual([]);
  });
});

describe('articleBeforeName', () => {
  it('takes a capitalised name after the article Romance languages give companies', () => {
    const cases: [string, string][] = [
      ['fr', 'Les clients de la Quorvant sont satisfaits.'],
      ['es', 'Los clientes de la Quorvant están contentos.'],
      ['pt', 'Os clientes da Quorvant estão satisfeitos.'],
      ['it', 'I clienti della Quorvant sono soddisfatti.'],
    ];
    for (const [language, text] of cases)
      expect(slotted(text, language), language).toEqual(['Quorvant: articleBeforeName']);
  });

  it('has no such article in English or German', () => {
    expect(slotted('She opened a Quorvant account.')).toEqual([]);
    expect(slotted('Die Quorvant wächst schnell.', 'de')).toEqual([]);
  });

  it('leaves a place after a locative, a noun with its "of" and the tail of a longer name alone', () => {
    expect(slotted('Le titre a gagné 2 % à la Bourse de Silvermoor.', 'fr')).toEqual([]);
    expect(slotted('Il Piano di rilancio conta su nuove fabbriche.', 'it')).toEqual([]);
    expect(slotted('La mina Monte de la Plata produce zinc.', 'es')).toEqual([]);
  });
});
