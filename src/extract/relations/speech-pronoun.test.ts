import { describe, expect, it } from 'vitest';
import { parsed, traced } from '../__fixtures__/relations.js';

describe('speech pronoun: "Acme said that it ..." stands for the speaker', () => {
  const cases: [string, string, string][] = [
    [
      'en',
      'Kelvar Energy, a developer of wind farms worldwide announced on Monday that it has signed an agreement with Tremon Cloud Inc.',
      'partnership kelvar-energy -> tremon-cloud',
    ],
    [
      'fr',
      "Kelvar Énergie SA a indiqué lundi qu'elle a signé un accord avec Tremon Systèmes SAS.",
      'partnership kelvar-energie -> tremon-systemes',
    ],
    [
      'de',
      'Die Kelvar Energie GmbH erklärte, sie habe eine Vereinbarung mit der Tremon Systeme GmbH unterzeichnet.',
      'partnership kelvar-energie -> tremon-systeme',
    ],
  ];
  it.each(cases)('%s: %s', (language, text, expected) => {
    const sentence = parsed(text, language).sentences.at(-1);
    expect(sentence?.orgs.some((party) => party.reference)).toBe(true);
    expect(traced(text, language).map((line) => line.replace(/^\w+: /, ''))).toContain(expected);
  });

  it('leaves Spanish, Portuguese and Italian to the subject they drop the pronoun of', () => {
    const text =
      'Kelvar Energía SA anunció el lunes que ha firmado un acuerdo con Tremon Sistemas SA.';
    expect(
      parsed(text, 'es')
        .sentences.at(-1)
        ?.orgs.some((party) => party.reference),
    ).toBe(false);
  });

  it('makes no party without a speech verb right before the pronoun', () => {
    const texts = [
      'Kelvar Energy said the agreement with Tremon Cloud Inc was good for it.',
      'Kelvar Energy built a plant and it signed an agreement with Tremon Cloud Inc.',
    ];
    for (const text of texts)
      expect(
        parsed(text)
          .sentences.at(-1)
          ?.orgs.some((party) => party.reference),
      ).toBe(false);
  });

  it('makes no party when two organisations stand in subject position', () => {
    const text =
      'Kelvar Energy and Orvalis Networks said it would sign an agreement with Tremon Cloud Inc.';
    expect(
      parsed(text)
        .sentences.at(-1)
        ?.orgs.some((party) => party.reference),
    ).toBe(false);
  });
});
