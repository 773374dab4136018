import { describe, expect, it } from 'vitest';
import { mutualBetween, mutualCoordinated, mutualPossessor, mutualWith } from './mutual.js';
import { cueSite, shown, traced } from '../__fixtures__/relations.js';

describe('mutualBetween', () => {
  it('links the two parties after "between"', () => {
    const site = cueSite(
      'The board approved a partnership between Tremon Cloud Inc and Kelvar Energy Ltd.',
    );
    expect(shown(mutualBetween.match(site))).toEqual(['partnership tremon-cloud -> kelvar-energy']);
  });

  it('reads the cue and finds nothing when "between" has no two named parties', () => {
    const site = cueSite('Orvalis Networks Ltd announced a partnership between the two firms.');
    expect(mutualBetween.match(site)).toEqual([]);
  });

  it('leaves a cue without "between" to the next pattern', () => {
    const site = cueSite('Orvalis Networks Ltd signed a partnership with Tremon Cloud Inc.');
    expect(mutualBetween.match(site)).toBeNull();
  });
});

describe('mutualWith', () => {
  it('links the subject with the object of "with"', () => {
    const site = cueSite('Orvalis Networks Ltd signed a partnership with Tremon Cloud Inc.');
    expect(shown(mutualWith.match(site))).toEqual(['partnership orvalis-networks -> tremon-cloud']);
  });

  it('links a coordinated subject too', () => {
    const site = cueSite(
      'Orvalis Networks Ltd and Kelvar Energy Ltd signed a partnership with Tremon Cloud Inc.',
    );
    expect(shown(mutualWith.match(site))).toEqual([
      'partnership kelvar-energy -> tremon-cloud',
      'partnership orvalis-networks -> tremon-cloud',
    ]);
  });

  it('reads French "avec"', () => {
    const site = cueSite('Orvalis Networks SA a signé un partenariat avec Tremon Cloud SAS.', 'fr');
    expect(shown(mutualWith.match(site))).toEqual(['partnership orvalis-networks -> tremon-cloud']);
  });

  it('leaves a cue without "with" to the next pattern', () => {
    const site = cueSite('Orvalis Networks Ltd and Tremon Cloud Inc formed a partnership.');
    expect(mutualWith.match(site)).toBeNull();
  });
});

describe('mutualPossessor', () => {
  it('links the subject with the possessor before the cue', () => {
    const site = cueSite("Orvalis Networks Ltd became one of Tremon Cloud Inc's partners.");
    expect(shown(mutualPossessor.match(site))).toEqual([
      'partnership orvalis-networks -> tremon-cloud',
    ]);
  });

  it('leaves a cue without a possessor to the next pattern', () => {
    const site = cueSite('Orvalis Networks Ltd and Tremon Cloud Inc formed a partnership.');
    expect(mutualPossessor.match(site)).toBeNull();
  });
});

describe('mutualCoordinated', () => {
  it('links "A and B" right before the cue', () => {
    const site = cueSite('Orvalis Networks Ltd and Tremon Cloud Inc formed a joint venture.');
    expect(shown(mutualCoordinated.match(site))).toEqual([
      'joint_venture orvalis-networks -> tremon-cloud',
    ]);
  });

  it('does not link across a comma between the parties and the cue', () => {
    const site = cueSite(
      'Orvalis Networks Ltd and Tremon Cloud Inc, the two bidders, formed a joint venture.',
    );
    expect(mutualCoordinated.match(site)).toBeNull();
  });

  it('does not link a single subject', () => {
    const site = cueSite('Orvalis Networks Ltd formed a joint venture last year.');
    expect(mutualCoordinated.match(site)).toBeNull();
  });
});

describe('a contract with another company', () => {
  it.each([
    ['en', 'Orvalis Networks Ltd signed a contract with Tremon Cloud Inc on Monday.'],
    ['fr', 'Orvalis SA a signé un contrat avec Tremon Systèmes SAS lundi.'],
    ['de', 'Die Orvalis AG hat einen Liefervertrag mit der Tremon Systeme GmbH unterzeichnet.'],
    ['es', 'Orvalis SA firmó un contrato con Tremon Sistemas SA el lunes.'],
    ['pt', 'A Orvalis SA assinou um contrato com a Tremon Sistemas SA na segunda-feira.'],
    ['it', 'Orvalis SpA ha firmato un contratto con Tremon Sistemi SpA lunedì.'],
  ])('%s: %s', (language, text) => {
    expect(traced(text, language)).toEqual([
      expect.stringMatching(
        /^mutualWith: partnership (orvalis|tremon)[a-z-]* -> (orvalis|tremon)/u,
      ),
    ]);
  });

  it('links no two companies that won contracts from someone else', () => {
    const texts = [
      'Orvalis Networks Ltd and Tremon Cloud Inc both won separate contracts from the grid operator.',
      'Orvalis Networks Ltd and Tremon Cloud Inc won a contract with the city council.',
    ];
    for (const text of texts) expect(traced(text, 'en')).toEqual([]);
  });
});
