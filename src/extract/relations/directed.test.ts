import { describe, expect, it } from 'vitest';
import { backwardCue, forwardCue, possessorObject, readDirected, turnedCue } from './directed.js';
import { cueSite, shown, traced } from '../__fixtures__/relations.js';

describe('readDirected', () => {
  it('finds no reading without a subject before the cue', () => {
    expect(readDirected(cueSite('It supplies Tremon Cloud Inc with turbines.'))).toBeNull();
  });

  it('reads an acquired stake as an investment', () => {
    const site = cueSite('Orvalis Networks Ltd acquired a 30% stake in Tremon Cloud Inc.');
    expect(readDirected(site)?.type).toBe('investment');
  });

  it('reads an acquired minority share as an investment, and a majority as an acquisition', () => {
    const minority = cueSite('Orvalis Networks Ltd acquired 25 percent of Tremon Cloud Inc.');
    expect(readDirected(minority)?.type).toBe('investment');
    const half = cueSite('Orvalis Networks Ltd acquired 50% of Tremon Cloud Inc last year.');
    expect(readDirected(half)?.type).toBe('investment');
    const majority = cueSite('Orvalis Networks Ltd acquired 60% of Tremon Cloud Inc last year.');
    expect(readDirected(majority)?.type).toBe('acquisition');
  });
});

describe('possessorObject', () => {
  it('takes the possessor before the cue as the object', () => {
    const site = cueSite("Orvalis Networks Ltd became one of Tremon Cloud Inc's suppliers.");
    expect(shown(possessorObject.match(site))).toEqual(['supply orvalis-networks -> tremon-cloud']);
  });

  it('leaves a cue without a possessor to the next pattern', () => {
    const site = cueSite('Orvalis Networks Ltd supplies Tremon Cloud Inc with turbines.');
    expect(possessorObject.match(site)).toBeNull();
  });
});

describe('turnedCue', () => {
  it('turns a role noun round after a possessive determiner', () => {
    const site = cueSite(
      'Orvalis Networks Ltd and its subsidiary Tremon Cloud Inc opened an office.',
    );
    expect(shown(turnedCue.match(site))).toEqual(['subsidiary tremon-cloud -> orvalis-networks']);
    expect(
      traced('Orvalis SA et sa filiale Tremon Systèmes SAS ont ouvert un site.', 'fr'),
    ).toContain('turnedCue: subsidiary tremon-systemes -> orvalis');
  });

  it('does not turn an action round ("its acquisition of")', () => {
    const site = cueSite('Orvalis Networks Ltd and its acquisition of Tremon Cloud Inc made news.');
    expect(turnedCue.match(site)).toBeNull();
  });

  it('does not read a legal form spelt like a determiner ("Orvalis SA rachète")', () => {
    const site = cueSite('Orvalis SA rachète Tremon Systèmes S.A. pour 75 millions d’euros.', 'fr');
    expect(turnedCue.match(site)).toBeNull();
    expect(shown(forwardCue.match(site))).toEqual(['acquisition orvalis -> tremon-systemes']);
  });
});

describe('a name right before a unit noun', () => {
  it('is the parent of the unit named right after the noun', () => {
    const text = 'The deal was signed by Orvalis Networks subsidiary Tremon Cloud Inc on Monday.';
    expect(traced(text, 'en')).toContain('turnedCue: subsidiary tremon-cloud -> orvalis-networks');
    expect(traced(text, 'en').some((line) => line.includes('orvalis-networks -> tremon'))).toBe(
      false,
    );
  });

  it('is no subject of the noun as a cue towards a name further on', () => {
    const site = cueSite(
      'Kelvar Energy, another Orvalis Networks subsidiary, will supply turbines to Tremon Cloud Inc.',
    );
    expect(readDirected(site)).toBeNull();
    expect(forwardCue.match(site)).toBeNull();
  });

  it('is set apart by a comma: "Kelvar Energy, subsidiary Tremon…" reads as before', () => {
    const site = cueSite('Orvalis Networks Ltd, subsidiary Tremon Cloud Inc and others met.');
    expect(readDirected(site)?.turned ?? false).toBe(false);
  });
});

describe('goods bought from a company', () => {
  it.each([
    ['en', 'Orvalis Networks Ltd agreed to buy nickel from Tremon Mining Ltd last month.'],
    ['en', 'Orvalis Networks Ltd buys turbines from Tremon Mining Ltd.'],
    ['fr', 'Orvalis SA a acheté du nickel à Tremon Mines SA pour trois ans.'],
    ['fr', 'Orvalis SA achète du gaz auprès de Tremon Mines SA depuis 2020.'],
    ['es', 'Orvalis SA comprará níquel a Tremon Minería SA durante tres años.'],
    ['pt', 'A Orvalis SA vai comprar níquel à Tremon Mineração SA durante três anos.'],
    ['it', 'Orvalis SpA acquisterà nichel da Tremon Miniere SpA per tre anni.'],
  ])('%s: %s makes the seller the supplier', (language, text) => {
    const lines = traced(text, language);
    expect(lines.some((line) => /^turnedCue: supply tremon-[a-z]+ -> orvalis/.test(line))).toBe(
      true,
    );
    expect(lines.some((line) => line.includes('acquisition'))).toBe(false);
  });

  it.each([
    'Orvalis Networks Ltd bought the plant from Tremon Mining Ltd last month.',
    'Orvalis Networks Ltd bought assets from Tremon Mining Ltd last month.',
    'Orvalis Networks Ltd bought its stake from Tremon Mining Ltd last month.',
    'Orvalis Networks Ltd bought a 30% stake from Tremon Mining Ltd last month.',
    'Orvalis Networks Ltd bought shares from Tremon Mining Ltd last month.',
  ])('buys from a seller, not a supplier: %s', (text) => {
    expect(traced(text, 'en').some((line) => line.includes('supply'))).toBe(false);
  });

  it('is not read in German, which capitalises the goods', () => {
    const text = 'Die Orvalis AG kauft seit Jahren Nickel von der Tremon Bergbau GmbH.';
    expect(traced(text, 'de').some((line) => line.includes('supply'))).toBe(false);
  });

  it('reads "achète" as buying a company when a company follows it', () => {
    expect(traced('Orvalis SA achète Tremon Systèmes SAS pour 75 millions d’euros.', 'fr')).toEqual(
      ['forwardCue: acquisition orvalis -> tremon-systemes'],
    );
  });
});

describe('a share before a cue of ownership', () => {
  it.each([
    [
      'Tremon Cloud Inc, 40% owned by Orvalis Networks Ltd, opened an office.',
      'investment orvalis-networks -> tremon-cloud',
    ],
    [
      'Tremon Cloud Inc is 30 per cent owned by Orvalis Networks Ltd.',
      'investment orvalis-networks -> tremon-cloud',
    ],
    [
      'Tremon Cloud Inc is 50% owned by Orvalis Networks Ltd.',
      'investment orvalis-networks -> tremon-cloud',
    ],
    [
      'Tremon Cloud Inc, 60%-owned by Orvalis Networks Ltd, opened an office.',
      'subsidiary tremon-cloud -> orvalis-networks',
    ],
  ])('%s', (text, expected) => {
    const lines = traced(text, 'en');
    expect(lines.map((line) => line.replace(/^\w+: /u, ''))).toEqual([expected]);
  });
});

describe('forwardCue', () => {
  it('links the subject to the object', () => {
    const site = cueSite('Orvalis Networks Ltd supplies Tremon Cloud Inc with turbines.');
    expect(shown(forwardCue.match(site))).toEqual(['supply orvalis-networks -> tremon-cloud']);
    expect(traced('Orvalis SA a racheté Tremon Systèmes SAS en 2021.', 'fr')).toEqual([
      'forwardCue: acquisition orvalis -> tremon-systemes',
    ]);
  });

  it('takes the name right after a prepositional cue only', () => {
    const site = cueSite(
      'Orvalis Networks SA est un fournisseur de services de réseau pour Tremon Cloud SAS.',
      'fr',
    );
    expect(forwardCue.match(site)).toBeNull();
  });

  it('does not accept backward cues', () => {
    const site = cueSite('Orvalis Networks Ltd was acquired by Tremon Cloud Inc in 2020.');
    expect(forwardCue.accepts(site.cue)).toBe(false);
  });
});

describe('backwardCue', () => {
  it('links the object to the subject', () => {
    const site = cueSite('Orvalis Networks Ltd was acquired by Tremon Cloud Inc in 2020.');
    expect(shown(backwardCue.match(site))).toEqual([
      'acquisition tremon-cloud -> orvalis-networks',
    ]);
  });

  it('does not accept forward cues', () => {
    const site = cueSite('Orvalis Networks Ltd supplies Tremon Cloud Inc with turbines.');
    expect(backwardCue.accepts(site.cue)).toBe(false);
  });
});

describe('prepositional cues in every language', () => {
  it('pt: "investimento em" takes the name right after it', () => {
    expect(
      traced('A Orvalis Networks SA anunciou um investimento em Tremon Cloud Lda.', 'pt'),
    ).toEqual(['forwardCue: investment orvalis-networks -> tremon-cloud-lda']);
    expect(
      traced(
        'A Orvalis Networks SA anunciou um investimento em serviços de rede da Tremon Cloud Lda.',
        'pt',
      ),
    ).toEqual([]);
  });
});
