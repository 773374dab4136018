import { describe, expect, it } from 'vitest';
import { fakePlaces, knowledge, sentenced } from '../__fixtures__/helpers.js';
import { extractEntities } from '../stages/entities.js';
import { isTitleCase } from '../text/runs.js';
import { tokenize } from '../text/tokens.js';
import { Candidate } from './candidate.js';
import { entityContext } from './context.js';
import { basedInPrefix, descriptorNounPrefix } from './descriptors.js';
import { dropFinalStop } from './lexicons.js';
import { cuePositions } from './weak.js';

const gazetteer = fakePlaces({});
const noDate = () => false;

/** The candidate `name` in `sentence`, as the stage would build it. */
function candidate(sentence: string, name: string, language: string): Candidate {
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

function organisations(text: string, language: string): string[] {
  const found = extractEntities(sentenced(text, language), knowledge, gazetteer);
  return found.mentions.filter((mention) => mention.kind === 'org').map((mention) => mention.text);
}

describe('basedInPrefix', () => {
  it('reads the name after a based-in compound', () => {
    const sentence = 'Acme agreed to buy Lagos-based Borealis Mining Ltd for $40 million.';
    expect(
      basedInPrefix.decide(candidate(sentence, 'Lagos-based Borealis Mining Ltd', 'en')),
    ).toEqual({ kind: 'owner', first: 5 });
    const found = organisations(sentence, 'en');
    expect(found).toContain('Borealis Mining Ltd');
    expect(found.some((name) => name.includes('Lagos-based'))).toBe(false);
  });

  it('also reads "headquartered" compounds', () => {
    const sentence = 'Acme signed a deal with Zurich-headquartered Tremon Holding AG.';
    expect(organisations(sentence, 'en')).toContain('Tremon Holding AG');
  });

  it('leaves names without such a compound alone', () => {
    const sentence = 'Acme agreed to buy Borealis Mining Ltd for $40 million.';
    expect(basedInPrefix.decide(candidate(sentence, 'Borealis Mining Ltd', 'en'))).toBeUndefined();
    const hyphenated = 'Acme signed a deal with Rolls-Royce Holdings plc.';
    expect(
      basedInPrefix.decide(candidate(hyphenated, 'Rolls-Royce Holdings plc', 'en')),
    ).toBeUndefined();
  });
});

describe('descriptorNounPrefix', () => {
  it.each([
    ['Der Automobilzulieferer Nordwind AG übernimmt Acme.', 'Automobilzulieferer Nordwind AG'],
    ['Das Energieunternehmen Nordwind AG baut ein Werk.', 'Energieunternehmen Nordwind AG'],
    ['Der Konkurrent Nordwind AG wächst schneller.', 'Konkurrent Nordwind AG'],
    [
      'Der Finanzinvestor Nordwind Capital GmbH kauft Anteile.',
      'Finanzinvestor Nordwind Capital GmbH',
    ],
  ])('German: %s', (sentence, name) => {
    expect(descriptorNounPrefix.decide(candidate(sentence, name, 'de'))).toEqual({
      kind: 'owner',
      first: 2,
    });
    const rest = name.split(' ').slice(1).join(' ');
    expect(organisations(sentence, 'de')).toContain(rest);
    expect(organisations(sentence, 'de')).not.toContain(name);
  });

  it('leaves a German name without a descriptor noun alone', () => {
    const sentence = 'Die Nordwind Energie AG baut ein Werk.';
    expect(
      descriptorNounPrefix.decide(candidate(sentence, 'Nordwind Energie AG', 'de')),
    ).toBeUndefined();
  });

  it('leaves a descriptor noun alone when no name follows', () => {
    const sentence = 'Der Konkurrent wächst schneller.';
    expect(descriptorNounPrefix.decide(candidate(sentence, 'Konkurrent', 'de'))).toBeUndefined();
  });

  it('applies only to languages that capitalise every noun', () => {
    const english = 'Competitor Acme Holdings grew faster.';
    expect(
      descriptorNounPrefix.decide(candidate(english, 'Competitor Acme Holdings', 'en')),
    ).toBeUndefined();
    const french = 'Konkurrent Acme Holdings a grandi.';
    expect(
      descriptorNounPrefix.decide(candidate(french, 'Konkurrent Acme Holdings', 'fr')),
    ).toBeUndefined();
  });
});
