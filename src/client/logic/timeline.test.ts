import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from './filter';
import { buildIndex } from './graphIndex';
import { makeGraph } from './testGraph';
import { compareYears, nextPlayYear, singleYear } from './timeline';

describe('nextPlayYear', () => {
  const extent = { min: 2018, max: 2020 };

  it('starts at the first year and passes through every year once', () => {
    const seen: number[] = [];
    for (let y = nextPlayYear(extent, null); y !== null; y = nextPlayYear(extent, y)) seen.push(y);
    expect(seen).toEqual([2018, 2019, 2020]);
  });

  it('starts again from the first year when the current one lies before it', () => {
    expect(nextPlayYear(extent, 1990)).toBe(2018);
  });
});

describe('singleYear', () => {
  it('shows one year and leaves undated relations out, keeping the other filters', () => {
    const filters = { ...DEFAULT_FILTERS, region: 'africa' };
    expect(singleYear(filters, 2019)).toMatchObject({
      region: 'africa',
      yearFrom: 2019,
      yearTo: 2019,
      includeUndated: false,
    });
  });
});

describe('compareYears', () => {
  const index = buildIndex(
    makeGraph(
      [
        { id: 'acme' },
        { id: 'borealis' },
        { id: 'cobalt' },
        { id: 'delta' },
        { id: 'berlin', type: 'region', level: 'city' },
      ],
      [
        { source: 'acme', target: 'borealis', years: [2019] },
        { source: 'acme', target: 'cobalt', type: 'supply', years: [2019, 2021] },
        { source: 'borealis', target: 'cobalt', type: 'investment', years: [2021] },
        { source: 'cobalt', target: 'delta', type: 'acquisition', years: [2021] },
        { source: 'acme', target: 'delta', years: [] },
        { source: 'acme', target: 'delta', type: 'supply', years: [2020] },
        { source: 'acme', target: 'berlin', type: 'located_in', years: [2021] },
      ],
    ),
  );

  it('counts relations new in B, gone since A and in both, and leaves the rest out', () => {
    const result = compareYears(index, DEFAULT_FILTERS, 2019, 2021);
    expect(result.counts).toEqual({ new: 2, gone: 1, both: 1 });
    expect(Object.fromEntries(result.changes)).toEqual({
      e0: 'gone',
      e1: 'both',
      e2: 'new',
      e3: 'new',
    });
  });

  it('ignores the year filter but follows the relation types', () => {
    const filters = {
      ...singleYear(DEFAULT_FILTERS, 2020),
      relationTypes: DEFAULT_FILTERS.relationTypes.filter((t) => t !== 'acquisition'),
    };
    expect(compareYears(index, filters, 2019, 2021).counts).toEqual({ new: 1, gone: 1, both: 1 });
  });

  it('finds nothing to compare in a year with no relations', () => {
    expect(compareYears(index, DEFAULT_FILTERS, 2000, 2001).changes.size).toBe(0);
  });
});
