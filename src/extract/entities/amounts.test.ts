import { describe, expect, it } from 'vitest';
import { knowledge, relate } from '../__fixtures__/helpers.js';
import { tokenize } from '../text/tokens.js';
import { skipAmount } from './amounts.js';

const amounts = knowledge.lexicon('amount', 'de');

describe('skipAmount', () => {
  it('drops magnitude and currency words after a number, and a run of them alone', () => {
    const t = tokenize('investiert 75 Millionen Euro in Tremon');
    expect(skipAmount(t, 2, 3, amounts)).toBe(4); // "Millionen Euro": nothing left
    const glued = tokenize('75 Millionen Euro Tremon');
    expect(skipAmount(glued, 1, 3, amounts)).toBe(3); // "Tremon" after the amount
    expect(skipAmount(tokenize('EUR'), 0, 0, knowledge.lexicon('amount', 'en'))).toBe(1);
  });

  it('keeps a name that starts with a currency word when no number comes before', () => {
    const t = tokenize('Dollar Orvidra Stores');
    expect(skipAmount(t, 0, 2, knowledge.lexicon('amount', 'en'))).toBe(0);
  });
});

describe('amounts are never names', () => {
  it('in German, French, Spanish and English', () => {
    expect(
      relate('Orvalis AG investiert im Jahr 2017 75 Millionen Euro in Tremon GmbH.', 'de').orgs,
    ).toEqual(['Orvalis AG', 'Tremon GmbH']);
    expect(relate('Orvalis AG zahlt 2,5 Mrd. Dollar für Tremon GmbH.', 'de').orgs).toEqual([
      'Orvalis AG',
      'Tremon GmbH',
    ]);
    expect(relate('Orvalis SA investit 480 Millions d’Euros dans Tremon SAS.', 'fr').orgs).toEqual([
      'Orvalis SA',
      'Tremon SAS',
    ]);
    expect(
      relate('Orvalis S.A. invierte 75 Mil Millones De Dólares en Tremon S.L.', 'es').orgs,
    ).toEqual(['Orvalis S.A.', 'Tremon S.L.']);
    const headline = relate('Orvalis Corp Invests $75 Million In Tremon Holdings Ltd', 'en');
    expect(headline.orgs).toEqual(['Orvalis Corp', 'Tremon Holdings Ltd']);
    expect(headline.rel).toEqual(['investment orvalis -> tremon']);
  });
});
