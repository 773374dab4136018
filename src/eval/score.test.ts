import { describe, expect, it } from 'vitest';
import { areaScore } from './counting.js';
import { scoreQuality, summaryLine } from './score.js';
import { edge, gold, goldDoc, graph, names, org, person, place } from './__fixtures__/build.js';

const acmeGlobex = gold(
  goldDoc({
    organizations: [{ name: 'Acme Robotics', aliases: ['Acme'] }, { name: 'Globex' }],
  }),
);

describe('precision, recall and F1', () => {
  it('rounds to three decimals', () => {
    expect(areaScore(1, 2, 0)).toMatchObject({ precision: 0.333, recall: 1, f1: 0.5 });
  });

  it('is perfect with nothing to find and nothing found, and zero with only misses', () => {
    expect(areaScore(0, 0, 0)).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(areaScore(0, 0, 3)).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('organisations', () => {
  it('match by any normalised form: label or alias, legal words and case aside', () => {
    const score = scoreQuality(
      graph([org('ACME Robotics Ltd'), org('Globex Corp.', { type: 'organization' })]),
      acmeGlobex,
      names,
    );
    expect(score.organisations.score).toMatchObject({ tp: 2, fp: 0, fn: 0 });
  });

  it('count a second node for one gold organisation as a false positive', () => {
    const score = scoreQuality(graph([org('Acme Robotics'), org('Acme')]), acmeGlobex, names);
    expect(score.organisations.score).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(score.organisations.secondNodes).toEqual(['Acme']);
    expect(score.organisations.missed).toEqual(['Globex']);
  });

  it('merge gold organisations that share a form across documents', () => {
    const twoDocs = gold(
      goldDoc({ doc: 'a.txt', organizations: [{ name: 'Acme Robotics', aliases: ['Acme'] }] }),
      goldDoc({ doc: 'b.txt', organizations: [{ name: 'ACME', aliases: ['Acme Bots'] }] }),
    );
    const score = scoreQuality(graph([org('Acme Bots')]), twoDocs, names);
    expect(score.organisations.score).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect([...score.gold.organisations.documents.values()]).toEqual([new Set(['a.txt', 'b.txt'])]);
  });

  it('merge two entities that a later alias joins', () => {
    const joined = gold(
      goldDoc({ doc: 'a.txt', organizations: [{ name: 'Acme' }, { name: 'Globex' }] }),
      goldDoc({ doc: 'b.txt', organizations: [{ name: 'Globex', aliases: ['Acme'] }] }),
    );
    expect([...scoreQuality(graph([]), joined, names).gold.organisations.entities.keys()]).toEqual([
      'Globex',
    ]);
  });

  it('give a node to the gold entity it shares most forms with, the first-named on a tie', () => {
    const two = gold(goldDoc({ organizations: [{ name: 'Acme' }, { name: 'Globex' }] }));
    const both = org('Acme', { aliases: ['Globex'] });
    expect(scoreQuality(graph([both]), two, names).verdicts[0]?.gold).toBe('Acme');
    const moreGlobex = org('Acme', { aliases: ['Globex', 'Globex Inc'] });
    expect(scoreQuality(graph([moreGlobex]), two, names).verdicts[0]?.gold).toBe('Acme');
  });

  it('neither reward nor penalise optional organisations; count noise as false, listed apart', () => {
    const withLists = gold(
      goldDoc({
        organizations: [{ name: 'Acme' }],
        optional_organizations: ['Initech'],
        noise_organizations: ['Widget Weekly'],
      }),
    );
    const score = scoreQuality(
      graph([org('Acme'), org('Initech'), org('Widget Weekly'), org('Tuesday')]),
      withLists,
      names,
    );
    expect(score.organisations.score).toMatchObject({ tp: 1, fp: 2, fn: 0 });
    expect(score.organisations.noise).toEqual(['Widget Weekly']);
    expect(score.organisations.falsePositives).toEqual(['Tuesday']);
  });

  it('ignore nodes without mentions and nodes that are not organisations', () => {
    const score = scoreQuality(
      graph([org('Acme', { mentions: 0 }), org('Globex', { type: 'person' })]),
      acmeGlobex,
      names,
    );
    expect(score.organisations.score).toMatchObject({ tp: 0, fp: 0, fn: 2 });
  });
});

describe('people', () => {
  const withJane = gold(goldDoc({ people: [{ name: 'Jane Roe' }, { name: 'Jean Dupont' }] }));

  it('match by name, titles and word order aside; a second node is false', () => {
    const score = scoreQuality(
      graph([person('Dr. Roe Jane'), person('Jane Roe'), person('John Doe')]),
      withJane,
      names,
    );
    expect(score.people.score).toMatchObject({ tp: 1, fp: 2, fn: 1 });
    expect(score.people.missed).toEqual(['Jean Dupont']);
    expect(score.people.falsePositives).toEqual(['Jane Roe', 'John Doe']);
  });
});

describe('places', () => {
  const placesGold = gold(
    goldDoc({
      places: [
        { name: 'France', kind: 'country', country: 'FR' },
        { name: 'Munich', kind: 'city', country: 'DE', surface: 'München' },
        { name: 'Lyon', kind: 'city', country: 'FR', optional: true },
      ],
    }),
  );

  it('match countries by ISO code, other places by name or surface form', () => {
    const score = scoreQuality(
      graph([
        place('République française', { level: 'country', country: 'FR' }),
        place('München', { level: 'city' }),
      ]),
      placesGold,
      names,
    );
    expect(score.places.score).toMatchObject({ tp: 2, fp: 0, fn: 0 });
  });

  it('neither reward nor penalise optional places; a place in no list is false', () => {
    const score = scoreQuality(
      graph([place('Lyon', { level: 'city' }), place('Atlantis', { level: 'city' })]),
      placesGold,
      names,
    );
    expect(score.places.score).toMatchObject({ tp: 0, fp: 1, fn: 2 });
    expect(score.places.missed).toEqual(['France (FR)', 'Munich']);
    expect(score.places.missedKeys).toEqual(['cc:FR', 'nm:munich']);
  });

  it('count a second node for a place neither way', () => {
    const score = scoreQuality(
      graph([place('France', { level: 'country', country: 'FR' }), place('France')]),
      placesGold,
      names,
    );
    expect(score.places.score).toMatchObject({ tp: 1, fp: 0 });
  });

  it('keep a place optional only when every document marks it so', () => {
    const twice = gold(
      goldDoc({ doc: 'a.txt', places: [{ name: 'Lyon', kind: 'city', optional: true }] }),
      goldDoc({ doc: 'b.txt', places: [{ name: 'Lyon', kind: 'city' }] }),
    );
    expect(scoreQuality(graph([]), twice, names).places.score.fn).toBe(1);
  });
});

describe('relations', () => {
  const related = gold(
    goldDoc({
      organizations: [
        { name: 'Acme' },
        { name: 'Globex' },
        { name: 'Initech' },
        { name: 'Umbrella' },
      ],
      optional_organizations: ['Hooli'],
      relations: [
        { a: 'Acme', b: 'Globex', type: 'supply', year: 2021 },
        { a: 'Acme', b: 'Initech', type: 'partnership', optional: true },
      ],
      forbidden_relations: [{ a: 'Globex', b: 'Umbrella', why: 'rivals' }],
    }),
  );
  const [acme, globex, initech, umbrella, hooli, stranger] = [
    org('Acme'),
    org('Globex'),
    org('Initech'),
    org('Umbrella'),
    org('Hooli'),
    org('Stranger'),
  ];
  const nodes = [acme, globex, initech, umbrella, hooli, stranger];

  it('are unordered pairs: direction and type do not decide whether a pair is found', () => {
    const score = scoreQuality(
      graph(nodes, [edge('customer', globex, acme, { years: [2021] })]),
      related,
      names,
    );
    expect(score.relations.score).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(score.relations.typeAccuracy).toBe(0);
    expect(score.relations.yearAccuracy).toBe(1);
  });

  it('score type and year apart', () => {
    const score = scoreQuality(
      graph(nodes, [edge('supply', acme, globex, { years: [2020] })]),
      related,
      names,
    );
    expect(score.relations.typeAccuracy).toBe(1);
    expect(score.relations.yearAccuracy).toBe(0);
  });

  it('count an optional pair neither way, and a pair with an optional endpoint not at all', () => {
    const score = scoreQuality(
      graph(nodes, [edge('partnership', acme, initech), edge('investment', acme, hooli)]),
      related,
      names,
    );
    expect(score.relations.score).toMatchObject({ tp: 0, fp: 0, fn: 1 });
  });

  it('count a forbidden link and an edge to an unknown organisation as false', () => {
    const score = scoreQuality(
      graph(nodes, [edge('partnership', globex, umbrella), edge('supply', stranger, acme)]),
      related,
      names,
    );
    expect(score.relations.score).toMatchObject({ tp: 0, fp: 2, fn: 1 });
    expect(score.relations.forbidden).toEqual(['Globex <> Umbrella']);
    expect(score.relations.falsePositives).toEqual([
      'Stranger -[supply]- Acme',
      'Globex -[partnership]- Umbrella',
    ]);
  });

  it('ignore links to places and edges within one gold organisation', () => {
    const acmeAgain = org('Acme Ltd');
    const paris = place('Paris', { level: 'city' });
    const score = scoreQuality(
      graph(
        [...nodes, acmeAgain, paris],
        [edge('located_in', acme, paris), edge('partnership', acme, acmeAgain)],
      ),
      related,
      names,
    );
    expect(score.relations.score).toMatchObject({ tp: 0, fp: 0, fn: 1 });
  });

  it('end in the reference scorer’s summary line', () => {
    const score = scoreQuality(
      graph(nodes, [edge('supply', acme, globex, { years: [2021] })]),
      related,
      names,
    );
    expect(summaryLine(score)).toBe(
      'orgF1=0.889 relF1=1 placeF1=1 peopleF1=1 yearAcc=1 forbidden=0',
    );
  });
});
