import { describe, expect, it } from 'vitest';
import { fakePlaces, knowledge, place, sentenced } from '../__fixtures__/helpers.js';
import { extractEntities } from '../stages/entities.js';
import { isTitleCase } from '../text/runs.js';
import { tokenize } from '../text/tokens.js';
import type { PlaceLookup } from '../types.js';
import { Candidate } from './candidate.js';
import { entityContext } from './context.js';
import {
  calendarWord,
  citedSource,
  datelineSource,
  genericTerms,
  ministerPortfolio,
  projectName,
  stockTicker,
} from './junk.js';
import { dropFinalStop } from './lexicons.js';
import { decide } from './rules.js';
import { orgBesideOwnerOrCountry } from './parenthesised-owner.js';
import { definesShortName } from './short-names.js';
import { cuePositions } from './weak.js';

const gabon = place('region:country:GA', 'Gabon');
const ontario = place('region:state:CA-ON', 'Ontario', 'state');
const gazetteer = fakePlaces({ Gabon: gabon, Ontario: ontario });
const noDate = () => false;

/** The candidate `name` in `sentence` (its first occurrence), as the stage would build it. */
function candidate(sentence: string, name: string, language = 'en'): Candidate {
  const document = sentenced(sentence, language);
  const context = entityContext(document, knowledge, gazetteer, noDate);
  const tokens = dropFinalStop(tokenize(sentence, 0, context.words.dotted), knowledge);
  const start = sentence.indexOf(name);
  const first = tokens.findIndex((token) => token.start === start);
  const last = tokens.findIndex((token) => token.end === start + name.length);
  if (start < 0 || first < 0 || last < first) throw new Error(`no tokens for "${name}"`);
  return new Candidate(context, {
    sentence: 0,
    tokens,
    cues: cuePositions(knowledge, language, tokens),
    titleCase: isTitleCase(tokens, context.words.functionWords),
    first,
    last,
    honorific: false,
  });
}

const DROP = { kind: 'drop' };

/** The organisations the entity stage finds in a hand-made document. */
function organisations(text: string, language = 'en', places: PlaceLookup = gazetteer): string[] {
  const found = extractEntities(sentenced(text, language), knowledge, places);
  return found.mentions.filter((mention) => mention.kind === 'org').map((mention) => mention.text);
}

describe('calendarWord', () => {
  it.each([
    ['en', 'Orvalis said on Thursday that it would grow.', 'Thursday'],
    ['fr', 'Orvalis a annoncé Jeudi une hausse.', 'Jeudi'],
    ['de', 'Orvalis teilte am Donnerstag mit, es wachse.', 'Donnerstag'],
    ['es', 'Orvalis anunció el Jueves un acuerdo.', 'Jueves'],
    ['pt', 'A Orvalis anunciou em Março um acordo.', 'Março'],
    ['it', 'Orvalis ha annunciato Giovedì un accordo.', 'Giovedì'],
  ])('drops a weekday or month name alone (%s)', (language, sentence, name) => {
    expect(calendarWord.decide(candidate(sentence, name, language))).toEqual(DROP);
  });

  it('keeps a name that only contains one', () => {
    expect(calendarWord.decide(candidate('Orvalis bought Thursday Labs.', 'Orvalis'))).toBe(
      undefined,
    );
  });

  it('a date in parentheses after a weekday defines no short name', () => {
    const ruling = decide(
      candidate('Orvalis said on Thursday (April 8) it would grow.', 'Thursday'),
    );
    expect(ruling.decision).toEqual(DROP);
    expect(ruling.rule).toBe('calendarWord');
  });
});

describe('stockTicker', () => {
  it('drops the ticker and the exchange code after a company name', () => {
    const sentence = 'Orvalis Inc (NASDAQ: ORVL) signed a deal with Tremon Corp (OTC:TRMNY).';
    expect(stockTicker.decide(candidate(sentence, 'ORVL'))).toEqual(DROP);
    expect(stockTicker.decide(candidate(sentence, 'NASDAQ'))).toEqual(DROP);
    expect(stockTicker.decide(candidate(sentence, 'TRMNY'))).toEqual(DROP);
  });

  it('keeps an acronym defined in parentheses and the company itself', () => {
    const sentence = 'Orvalis Holding (OVH) signed a deal with Tremon Corp.';
    expect(stockTicker.decide(candidate(sentence, 'OVH'))).toBeUndefined();
    expect(stockTicker.decide(candidate(sentence, 'Orvalis Holding'))).toBeUndefined();
  });
});

describe('citedSource', () => {
  it.each([
    ['en', 'The deal was signed, according to Newsly.', 'Newsly'],
    ['en', 'The deal was signed, as per an Electronews report.', 'Electronews'],
    ['en', 'Source: Jane Roe (Newsly)', 'Jane Roe'],
    ['en', 'Reporting by Jane Roe; editing by John Doe', 'John Doe'],
    ['fr', "L'accord a été signé, selon Infoplus.", 'Infoplus'],
    ['de', 'Der Vertrag wurde laut Nachrichtenwelt unterzeichnet.', 'Nachrichtenwelt'],
    ['de', 'Nachrichtenwelt zufolge wurde der Vertrag unterzeichnet.', 'Nachrichtenwelt'],
    ['es', 'El acuerdo se firmó, según Infoplus.', 'Infoplus'],
    ['pt', 'O acordo foi assinado, segundo Infoplus.', 'Infoplus'],
    ['it', "L'accordo è stato firmato, secondo Infoplus.", 'Infoplus'],
    ['en', 'Orvalis told Newsly it would close the deal in May.', 'Newsly'],
    ['fr', 'Orvalis a déclaré à Infoplus que l’accord serait signé.', 'Infoplus'],
    ['es', 'Orvalis dijo a Infoplus que el acuerdo se firmará.', 'Infoplus'],
    ['pt', 'A Orvalis disse ao Infoplus que o acordo será assinado.', 'Infoplus'],
    ['it', 'Orvalis ha detto a Infoplus che l’accordo sarà firmato.', 'Infoplus'],
  ])('drops a source cited for the story (%s: %s)', (language, sentence, name) => {
    expect(citedSource.decide(candidate(sentence, name, language))).toEqual(DROP);
  });

  it('keeps the one who gave the interview', () => {
    expect(
      citedSource.decide(candidate('Orvalis told Newsly it would close the deal.', 'Orvalis')),
    ).toBeUndefined();
  });

  it('keeps the parties and a company that reported results', () => {
    const sentence = 'Orvalis reported higher sales after its deal with Tremon.';
    expect(citedSource.decide(candidate(sentence, 'Orvalis'))).toBeUndefined();
    expect(citedSource.decide(candidate(sentence, 'Tremon'))).toBeUndefined();
  });
});

describe('projectName', () => {
  it.each([
    ['en', 'Hydrogen will flow through the Atlavia pipeline to Orvalis.', 'Atlavia'],
    ['en', 'Orvalis will supply SKYHAWK systems to the army.', 'SKYHAWK'],
    ['fr', 'Orvalis finance le projet Atlavia.', 'Atlavia'],
    ['de', 'Orvalis finanziert das Projekt Atlavia.', 'Projekt Atlavia'],
    ['es', 'Orvalis financia el proyecto Atlavia.', 'Atlavia'],
    ['pt', 'A Orvalis financia o projeto Atlavia.', 'Atlavia'],
    ['it', 'Orvalis finanzia il progetto Atlavia.', 'Atlavia'],
  ])('drops the name of a project, pipeline or system (%s: %s)', (language, sentence, name) => {
    expect(projectName.decide(candidate(sentence, name, language))).toEqual(DROP);
  });

  it('keeps a company beside other nouns', () => {
    const sentence = 'Orvalis shares rose after the Tremon deal.';
    expect(projectName.decide(candidate(sentence, 'Orvalis'))).toBeUndefined();
    expect(projectName.decide(candidate(sentence, 'Tremon'))).toBeUndefined();
  });
});

describe('genericTerms', () => {
  it.each([
    ['en', 'The Joint Venture will build a plant.', 'Joint Venture'],
    ['en', 'The MoU was signed on Monday.', 'MoU'],
    ['en', 'Orvalis invests in Artificial Intelligence.', 'Artificial Intelligence'],
    ['en', 'Orvalis signed a Memorandum of Understanding.', 'Memorandum of Understanding'],
    ['fr', "Orvalis mise sur l'Innovation.", 'Innovation'],
    ['de', 'Das deutsche Retail Netzwerk wird ausgebaut.', 'Retail Netzwerk'],
    ['es', 'Orvalis apuesta por la Inteligencia Artificial.', 'Inteligencia Artificial'],
    ['pt', 'A Orvalis aposta na Inteligência Artificial.', 'Inteligência Artificial'],
    ['it', 'Orvalis investe nella Intelligenza Artificiale.', 'Intelligenza Artificiale'],
  ])('drops a name made of generic terms only (%s: %s)', (language, sentence, name) => {
    expect(genericTerms.decide(candidate(sentence, name, language))).toEqual(DROP);
  });

  it('keeps a name with a word of its own', () => {
    const sentence = 'Orvalis Digital Technology signed with Tremon Innovation.';
    expect(genericTerms.decide(candidate(sentence, 'Orvalis Digital Technology'))).toBeUndefined();
    expect(genericTerms.decide(candidate(sentence, 'Tremon Innovation'))).toBeUndefined();
  });
});

describe('definesShortName', () => {
  it('accepts acronyms, shared words and a word with a shared initial', () => {
    expect(definesShortName('OHG', 'Orvalis Holding Group')).toBe(true);
    expect(definesShortName('SOHG', 'Orvalis Holding Group')).toBe(true);
    expect(definesShortName('ORVL', 'Orvalis')).toBe(true);
    expect(definesShortName('TRT', 'Banco Tremont S.A.')).toBe(true);
    expect(definesShortName('OHG Holding', 'Lemandis-Orvalis Holding Group')).toBe(true);
    expect(definesShortName('Orvalis Holding', 'Orvalis Holding Group')).toBe(true);
    expect(definesShortName('Ohg', 'Orvalis Holding Group')).toBe(true);
  });

  it('refuses a date, a region or a source in parentheses', () => {
    expect(definesShortName('April 8', 'Thursday')).toBe(false);
    expect(definesShortName('Ontario', 'Lakeview')).toBe(false);
    expect(definesShortName('Newsly', 'Jane Roe')).toBe(false);
    expect(definesShortName('CB', 'Borgoverde')).toBe(false);
  });
});

describe('orgBesideOwnerOrCountry', () => {
  it('an owner with a legal form or keyword, or a country after an acronym', () => {
    const owner = 'Fagor Mesa (Orvalis Group) built the plant.';
    expect(orgBesideOwnerOrCountry.decide(candidate(owner, 'Fagor Mesa'))).toEqual({ kind: 'org' });
    const country = 'The banks are BNKX (Gabon) and Tremon Bank.';
    expect(orgBesideOwnerOrCountry.decide(candidate(country, 'BNKX'))).toEqual({ kind: 'org' });
  });

  it('not a region after a town, nor a country after a word', () => {
    const town = 'The plant is in Lakeview (Ontario) near Tremon.';
    expect(orgBesideOwnerOrCountry.decide(candidate(town, 'Lakeview'))).toBeUndefined();
    const word = 'The plant is in Lakeview (Gabon) near Tremon.';
    expect(orgBesideOwnerOrCountry.decide(candidate(word, 'Lakeview'))).toBeUndefined();
  });
});

describe('towns among weak names', () => {
  it.each([
    [
      'en',
      'Orvalis will build a plant in Lakeview (Ontario).\nThe Lakeview plant will supply Tremon Ltd.',
    ],
    [
      'en',
      'Orvalis will build a plant in Lakeview, in Ontario.\nThe deal with Tremon Ltd covers Lakeview.',
    ],
    [
      'es',
      'Orvalis construirá una planta en Villaverde (Teruel).\nLa planta de Villaverde abastecerá a Tremon SA.',
    ],
    [
      'it',
      'Orvalis costruirà uno stabilimento a Borgoverde (CB).\nLo stabilimento di Borgoverde rifornirà Tremon SpA.',
    ],
    [
      'fr',
      'Orvalis construira une usine à Valverte (Ontario).\nLe site de Valverte fournira Tremon SA.',
    ],
    [
      'pt',
      'A Orvalis vai construir uma fábrica em Vilaverde (Ontario).\nA fábrica de Vilaverde vai abastecer a Tremon SA.',
    ],
    [
      'de',
      'Orvalis baut ein Werk in Grünau (Ontario).\nDas Werk in Grünau beliefert die Tremon AG.',
    ],
  ])('a town written with its region is no organisation (%s)', (language, text) => {
    const found = organisations(text, language);
    expect(
      found.some((name) => /Lakeview|Villaverde|Borgoverde|Valverte|Vilaverde|Grünau/u.test(name)),
    ).toBe(false);
  });

  it('a plant named after its company and town is the company', () => {
    const text =
      'Orvalis will build cars in Lakeview (Ontario).\nTremon Ltd signed a supply deal with Orvalis Lakeview.';
    expect(organisations(text)).toContain('Orvalis');
    expect(organisations(text)).not.toContain('Orvalis Lakeview');
  });
});

describe('subsidiaryOfParent', () => {
  it.each([
    [
      'en',
      'Orvalis Pharmaceuticals of Tremon Holdings signed the deal.',
      'Orvalis Pharmaceuticals',
      'Tremon Holdings',
    ],
    [
      'en',
      'Orvalis SA Operations of Orvalis Group signed the deal.',
      'Orvalis SA Operations',
      'Orvalis Group',
    ],
    ['en', 'Orvalis Pharmaceuticals of T&R signed the deal.', 'Orvalis Pharmaceuticals', 'T&R'],
    [
      'fr',
      "Orvalis Logistique SA de Tremon Group a signé l'accord.",
      'Orvalis Logistique SA',
      'Tremon Group',
    ],
    [
      'es',
      'Orvalis Energía SA de Tremon Group firmó el acuerdo.',
      'Orvalis Energía SA',
      'Tremon Group',
    ],
    [
      'pt',
      'A Orvalis Energia SA da Tremon Group assinou o acordo.',
      'Orvalis Energia SA',
      'Tremon Group',
    ],
    [
      'it',
      "Orvalis Energia SpA di Tremon Group ha firmato l'accordo.",
      'Orvalis Energia SpA',
      'Tremon Group',
    ],
  ])('splits a subsidiary from its parent (%s: %s)', (language, text, subsidiary, parent) => {
    const found = organisations(text, language);
    expect(found).toContain(subsidiary);
    expect(found).toContain(parent);
  });

  it('keeps names whose "of" part is their own', () => {
    for (const name of [
      'Bank of Gabon',
      'Industrial Development Corporation of Gabon',
      'University of Orvalis',
      'Orvalis Bank of Gabon',
    ])
      expect(organisations(`${name} signed a deal with Tremon Ltd.`)).toContain(name);
  });
});

describe('headline rules', () => {
  it('headlineVerb: a relation verb in a title-case line ends the name', () => {
    const found = organisations('Orvalis Energy Acquires Tremon Mining Developer In Texas');
    expect(found).toEqual(['Orvalis Energy', 'Tremon Mining']);
  });

  it('headlineDescription: common words and keywords in a title-case line name nothing', () => {
    const found = organisations('Orvalis Energy Acquires Renewable Energy Developer In Texas');
    expect(found).toEqual(['Orvalis Energy']);
  });

  it('running text keeps its names', () => {
    const found = organisations('Renewable Energy Group signed a deal with Orvalis Ltd.');
    expect(found).toContain('Renewable Energy Group');
  });
});

describe('ministerPortfolio', () => {
  it.each([
    ['en', 'The Minister of Mines and Energy met Orvalis.', 'Mines and Energy'],
    ['fr', "Le ministre de l'Industrie a reçu Orvalis.", 'Industrie'],
    ['de', 'Der Minister der Finanzen traf Orvalis.', 'Finanzen'],
    ['es', 'El ministro de Minas y Energía recibió a Orvalis.', 'Minas y Energía'],
    ['pt', 'O Ministro dos Recursos Minerais recebeu a Orvalis.', 'Recursos Minerais'],
    ['it', 'Il ministro dello Sviluppo economico ha incontrato Orvalis.', 'Sviluppo'],
  ])("a minister's portfolio is no organisation (%s)", (language, sentence, name) => {
    expect(ministerPortfolio.decide(candidate(sentence, name, language))).toEqual(DROP);
  });

  it('keeps a ministry and the organisation after other titles', () => {
    const sentence = 'The CEO of Orvalis met the Ministry of Mines.';
    expect(ministerPortfolio.decide(candidate(sentence, 'Orvalis'))).toBeUndefined();
    expect(ministerPortfolio.decide(candidate(sentence, 'Ministry of Mines'))).toBeUndefined();
  });
});

describe('datelineSource', () => {
  const story = [
    'Orvalis in talks with Tremon, Newsly reported last month.',
    'LAGOS (Newsly) - Orvalis signed a supply deal with Tremon on Monday.',
  ].join('\n');

  it('drops the agency of a wire dateline wherever the document names it', () => {
    // The first "Newsly" is the one in the first line, outside the dateline.
    expect(datelineSource.decide(candidate(story, 'Newsly'))).toEqual(DROP);
  });

  it('keeps the parties, and a name in brackets that is no dateline', () => {
    expect(datelineSource.decide(candidate(story, 'Orvalis'))).toBeUndefined();
    const aside = 'Orvalis signed with Tremon (Newsly) - a unit of Acme - on Monday.';
    expect(datelineSource.decide(candidate(aside, 'Newsly'))).toBeUndefined();
  });
});
