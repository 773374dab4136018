import { describe, expect, it } from 'vitest';
import { relate } from '../__fixtures__/helpers.js';
import { RELATION_PATTERNS } from './patterns.js';
import { traced } from '../__fixtures__/relations.js';

describe('RELATION_PATTERNS', () => {
  it('lists cue patterns, then sentence patterns, then document patterns, each name once', () => {
    const reads = RELATION_PATTERNS.map((p) => p.reads);
    expect(reads).toEqual([...reads].sort((a, b) => order(a) - order(b)));
    const names = RELATION_PATTERNS.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('tries the cue patterns in list order: "between" first, then "with"', () => {
    expect(
      traced(
        'Kelvar Energy Ltd signed a partnership between Orvalis Networks Ltd and Tremon Cloud Inc.',
      ),
    ).toEqual(['mutualBetween: partnership orvalis-networks -> tremon-cloud']);
  });
});

describe('the relation trace', () => {
  it('names the pattern behind every relation, before duplicates merge', () => {
    expect(
      traced(
        '"We chose Tremon Cloud Inc as a supplier," said Jane Roe, CEO of Orvalis Networks Ltd.',
      ),
    ).toEqual([
      'backwardCue: supply tremon-cloud -> orvalis-networks',
      'forwardCue: supply tremon-cloud -> orvalis-networks',
      'worksFor: works_for jane-roe -> orvalis-networks',
    ]);
  });

  it('does not change what the stage finds', () => {
    const text = 'Orvalis Networks Ltd and Tremon Cloud Inc formed a joint venture.';
    expect(relate(text).rel).toEqual(
      traced(text).map((line) => line.slice(line.indexOf(': ') + 2)),
    );
  });
});

function order(reads: string): number {
  return ['cue', 'sentence', 'document'].indexOf(reads);
}
