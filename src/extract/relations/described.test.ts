import { describe, expect, it } from 'vitest';
import { traced } from '../__fixtures__/relations.js';

/**
 * The links any of `patterns` made. An earlier rule of the list may read the same
 * construction in some languages (an article before the description, "et le fabricant");
 * what matters is that one of them does, and no other.
 */
const by = (patterns: string | string[], text: string, language: string) =>
  traced(text, language).flatMap((line) => {
    const name = [patterns].flat().find((pattern) => line.startsWith(`${pattern}:`));
    return name ? [line.slice(name.length + 2)] : [];
  });
const COORDINATED_DESCRIBED = ['mutualCoordinatedDescribed', 'mutualCoordinated'];

describe('mutualWithDescribed', () => {
  const cases: [string, string, string][] = [
    [
      'en',
      'Kelvar Energy signed an agreement with state-owned power utility Tremon Cloud Inc.',
      'partnership kelvar-energy -> tremon-cloud',
    ],
    [
      'fr',
      'Kelvar Énergie SA a signé un accord avec le géant américain Tremon Systèmes SAS.',
      'partnership kelvar-energie -> tremon-systemes',
    ],
    [
      'de',
      'Die Kelvar Energie GmbH hat eine Vereinbarung mit dem französischen Konzern Tremon Systeme GmbH unterzeichnet.',
      'partnership kelvar-energie -> tremon-systeme',
    ],
    [
      'es',
      'Kelvar Energía SA firmó un acuerdo con la gigante francesa Tremon Sistemas SA.',
      'partnership kelvar-energia -> tremon-sistemas',
    ],
    [
      'pt',
      'A Kelvar Energia SA assinou um acordo com a gigante francesa Tremon Sistemas SA.',
      'partnership kelvar-energia -> tremon-sistemas',
    ],
    [
      'it',
      'Kelvar Energia SpA ha firmato un accordo con il gigante francese Tremon Sistemi SpA.',
      'partnership kelvar-energia -> tremon-sistemi',
    ],
  ];
  it.each(cases)('%s: %s', (language, text, expected) => {
    expect(by('mutualWithDescribed', text, language)).toEqual([expected]);
  });

  it('does not reach over a phrase of its own to a name', () => {
    const texts: [string, string][] = [
      [
        'en',
        'Kelvar Energy signed an agreement with the government to sell power to Tremon Cloud Inc.',
      ],
      ['en', 'Kelvar Energy signed an agreement with the regulator, and Tremon Cloud Inc agreed.'],
    ];
    for (const [language, text] of texts)
      expect(by('mutualWithDescribed', text, language)).toEqual([]);
  });

  it('takes the name after a German participle phrase, not the name inside it', () => {
    const text =
      'Die Kelvar Energie GmbH gründete ein Joint Venture mit der mehrheitlich zur Orvalis Netze AG gehörenden Tremon Systeme GmbH.';
    expect(by('mutualWithDescribed', text, 'de')).toEqual([
      'joint_venture kelvar-energie -> tremon-systeme',
    ]);
  });

  it('takes a description without an article only when it ends in a class noun', () => {
    expect(
      by(
        'mutualWithDescribed',
        'Kelvar Energy signed an agreement with state-owned power utility Tremon Cloud Inc.',
        'en',
      ),
    ).toEqual(['partnership kelvar-energy -> tremon-cloud']);
    const loose: [string, string][] = [
      ['en', 'Kelvar Energy signed an agreement with great interest from Tremon Cloud Inc.'],
      ['en', 'Kelvar Energy signed an agreement with regulators approving Tremon Cloud Inc.'],
      ['it', 'Kelvar Energia SpA ha firmato un accordo con grande interesse Tremon Sistemi SpA.'],
      ['es', 'Kelvar Energía SA firmó un acuerdo con gran interés Tremon Sistemas SA.'],
    ];
    for (const [language, text] of loose)
      expect(by('mutualWithDescribed', text, language), text).toEqual([]);
  });
});

describe('mutualCoordinatedDescribed', () => {
  const cases: [string, string, string][] = [
    [
      'en',
      'Kelvar Energy and battery maker Tremon Cloud Ltd have set up a joint venture in Chile.',
      'joint_venture kelvar-energy -> tremon-cloud',
    ],
    [
      'fr',
      'Kelvar Énergie SA et le fabricant Tremon Systèmes SAS ont créé une coentreprise.',
      'joint_venture kelvar-energie -> tremon-systemes',
    ],
    [
      'de',
      'Die Kelvar Energie GmbH und der Konzern Tremon Systeme GmbH gründen ein Gemeinschaftsunternehmen.',
      'joint_venture kelvar-energie -> tremon-systeme',
    ],
    [
      'es',
      'Kelvar Energía SA y la minera Tremon Sistemas SA crearon una empresa conjunta.',
      'joint_venture kelvar-energia -> tremon-sistemas',
    ],
    [
      'pt',
      'A Kelvar Energia SA e a mineradora Tremon Sistemas SA criaram uma joint venture.',
      'joint_venture kelvar-energia -> tremon-sistemas',
    ],
    [
      'it',
      'Kelvar Energia SpA e la società mineraria Tremon Sistemi SpA hanno costituito una joint venture.',
      'joint_venture kelvar-energia -> tremon-sistemi',
    ],
  ];
  it.each(cases)('%s: %s', (language, text, expected) => {
    expect(by(COORDINATED_DESCRIBED, text, language)).toEqual([expected]);
  });

  it('links no members of two clauses', () => {
    const text =
      'Kelvar Energy reported profits, and battery maker Tremon Cloud Ltd signed an agreement.';
    expect(traced(text, 'en')).toEqual([]);
  });
});
