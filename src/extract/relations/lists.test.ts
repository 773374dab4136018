import { describe, expect, it } from 'vitest';
import { listBetween, listCoordinated, listWith, partyList } from './lists.js';
import { cueSite, parsed, shown, traced } from '../__fixtures__/relations.js';

const slugs = (text: string, language = 'en') => {
  const sentence = parsed(text, language).sentences.at(-1);
  if (!sentence) throw new Error('no sentence');
  const [first] = sentence.orgs;
  if (!first) throw new Error('no party');
  return partyList(sentence, first).map((p) => p.key.replace(/^org:/, ''));
};

describe('partyList', () => {
  it('reads "A, B and C"', () => {
    expect(
      slugs('Orvalis Networks Ltd, Kelvar Energy Ltd and Tremon Cloud Inc met today.'),
    ).toEqual(['orvalis-networks', 'kelvar-energy', 'tremon-cloud']);
  });

  it('does not take a bare comma chain for a list', () => {
    expect(slugs('Orvalis Networks Ltd, Kelvar Energy Ltd met today.')).toEqual([
      'orvalis-networks',
    ]);
  });
});

describe('listBetween', () => {
  it('links every pair after "between"', () => {
    const site = cueSite(
      'They formed a joint venture between Orvalis Networks Ltd, Kelvar Energy Ltd and Tremon Cloud Inc.',
    );
    expect(shown(listBetween.match(site))).toEqual([
      'joint_venture orvalis-networks -> kelvar-energy',
      'joint_venture orvalis-networks -> tremon-cloud',
      'joint_venture kelvar-energy -> tremon-cloud',
    ]);
  });

  it('reads "a joint venture of A and B"', () => {
    const site = cueSite(
      'Lumora is a joint venture of Orvalis Networks Ltd and Kelvar Energy Ltd.',
    );
    expect(shown(listBetween.match(site))).toEqual([
      'joint_venture orvalis-networks -> kelvar-energy',
    ]);
  });

  it('leaves two parties after "between" to mutualBetween', () => {
    const site = cueSite(
      'They formed a joint venture between Orvalis Networks Ltd and Kelvar Energy Ltd.',
    );
    expect(listBetween.match(site)).toBeNull();
  });

  it('does not read "of" after a partnership cue', () => {
    const site = cueSite('It is a partnership of Orvalis Networks Ltd and Kelvar Energy Ltd.');
    expect(listBetween.match(site)).toBeNull();
  });
});

describe('listWith', () => {
  it('links the subject with each partner after "with"', () => {
    const site = cueSite(
      'Orvalis Networks Ltd signed agreements with Kelvar Energy Ltd and Tremon Cloud Inc.',
    );
    expect(shown(listWith.match(site))).toEqual([
      'partnership orvalis-networks -> kelvar-energy',
      'partnership orvalis-networks -> tremon-cloud',
    ]);
  });

  it('leaves a single partner to mutualWith', () => {
    const site = cueSite('Orvalis Networks Ltd signed an agreement with Kelvar Energy Ltd.');
    expect(listWith.match(site)).toBeNull();
  });
});

describe('listCoordinated', () => {
  it('links every pair of "A, B and C" before the cue', () => {
    const site = cueSite(
      'Orvalis Networks Ltd, Kelvar Energy Ltd and Tremon Cloud Inc formed a joint venture.',
    );
    expect(shown(listCoordinated.match(site))).toEqual([
      'joint_venture orvalis-networks -> kelvar-energy',
      'joint_venture orvalis-networks -> tremon-cloud',
      'joint_venture kelvar-energy -> tremon-cloud',
    ]);
  });

  it('leaves "A and B" to mutualCoordinated', () => {
    const site = cueSite('Orvalis Networks Ltd and Kelvar Energy Ltd formed a joint venture.');
    expect(listCoordinated.match(site)).toBeNull();
  });
});

describe('list patterns in every language (whole stage)', () => {
  const jointVentureOfThree: [string, string][] = [
    ['fr', 'Une coentreprise entre Nordwind SA, Acme SA et Borealis SAS a été créée.'],
    [
      'de',
      'Ein Gemeinschaftsunternehmen zwischen Nordwind AG, Acme GmbH und Borealis AG entsteht.',
    ],
    ['es', 'Se creó una empresa conjunta entre Nordwind SA, Acme SL y Borealis SA.'],
    ['pt', 'Foi criada uma joint venture entre Nordwind SA, Acme Ltda e Borealis SA.'],
    ['it', 'È nata una joint venture tra Nordwind SpA, Acme Srl e Borealis SpA.'],
  ];
  for (const [language, text] of jointVentureOfThree)
    it(`links the three members of a joint venture (${language})`, () => {
      const found = traced(text, language).filter((l) => l.startsWith('listBetween'));
      expect(found).toHaveLength(3);
      expect(found.every((l) => l.includes('joint_venture'))).toBe(true);
    });

  const agreementsWithTwo: [string, string][] = [
    ['fr', 'Nordwind SA a signé des accords avec Acme SA et Borealis SAS.'],
    ['de', 'Nordwind AG hat eine Kooperation mit Acme GmbH und Borealis AG vereinbart.'],
    ['es', 'Nordwind SA firmó acuerdos con Acme SL y Borealis SA.'],
    ['pt', 'A Nordwind SA assinou acordos com a Acme Ltda e a Borealis SA.'],
    ['it', 'Nordwind SpA ha firmato accordi con Acme Srl e Borealis SpA.'],
  ];
  for (const [language, text] of agreementsWithTwo)
    it(`links the subject with both partners after "with" (${language})`, () => {
      const found = traced(text, language).filter((l) => l.startsWith('listWith'));
      expect(found).toHaveLength(2);
    });

  // A consortium is a contractual joint venture: its members bid and work together.
  const consortiumOfTwo: [string, string][] = [
    ['en', 'A consortium of Nordwind AG and Acme Ltd won the tender.'],
    ['fr', 'Un consortium de Nordwind SA et Acme SA a remporté le marché.'],
    ['de', 'Ein Konsortium von Nordwind AG und Acme GmbH gewann die Ausschreibung.'],
    ['es', 'Un consorcio de Nordwind SA y Acme SL ganó la licitación.'],
    ['pt', 'Um consórcio de Nordwind SA e Acme Ltda venceu o leilão.'],
    ['it', 'Un consorzio di Nordwind SpA e Acme Srl ha vinto la gara.'],
  ];
  for (const [language, text] of consortiumOfTwo)
    it(`links the members of a consortium (${language})`, () => {
      expect(traced(text, language).filter((l) => l.startsWith('listBetween'))).toEqual([
        'listBetween: joint_venture nordwind -> acme',
      ]);
    });

  it('does not link bidders, rivals or winners of one client', () => {
    const texts = [
      'Orvalis Networks Ltd, Kelvar Energy Ltd and Tremon Cloud Inc were among the bidders.',
      'Orvalis Networks Ltd competes with Kelvar Energy Ltd and Tremon Cloud Inc.',
      'Both Orvalis Networks Ltd and Kelvar Energy Ltd won contracts from Tremon Cloud Inc.',
    ];
    for (const text of texts)
      expect(traced(text).filter((l) => /orvalis.*kelvar|kelvar.*orvalis/.test(l))).toEqual([]);
  });
});
