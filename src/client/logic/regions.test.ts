import { describe, expect, it } from 'vitest';
import { buildRegionOptions, regionChain } from './regions';
import { buildIndex } from './graphIndex';
import { idOf, makeGraph, seedIndex } from './testGraph';

const index = seedIndex();

describe('region options', () => {
  it('lists the hierarchy depth-first, then macro-regions', () => {
    const opts = buildRegionOptions(index);
    const seq = opts.map((o) => `${'-'.repeat(o.depth)}${o.label}`);
    const africa = seq.indexOf('Africa');
    expect(seq.slice(africa, africa + 4)).toEqual([
      'Africa',
      '-Eastern Africa',
      '--Kenya',
      '---Nairobi',
    ]);
    expect(opts.at(-1)).toMatchObject({ label: 'Middle East', group: 'macro', depth: 0 });
    expect(new Set(opts.map((o) => o.id)).size).toBe(opts.length);
  });

  it('nests macro-regions under the macro-region they belong to', () => {
    const idx = buildIndex(
      makeGraph(
        [
          { id: 'apac', type: 'region', label: 'Asia-Pacific', level: 'macro' },
          { id: 'fe', type: 'region', label: 'Far East', level: 'macro', memberOf: ['apac'] },
          { id: 'x', type: 'region', label: 'Loop', level: 'macro', memberOf: ['y'] },
          { id: 'y', type: 'region', label: 'Pool', level: 'macro', memberOf: ['x'] },
        ],
        [],
      ),
    );
    const opts = buildRegionOptions(idx);
    expect(opts.map((o) => `${o.depth}${o.label}`)).toEqual(
      expect.arrayContaining(['0Asia-Pacific', '1Far East']),
    );
    // A memberOf cycle still lists every region exactly once.
    expect(opts.map((o) => o.label).sort()).toEqual(['Asia-Pacific', 'Far East', 'Loop', 'Pool']);
  });

  it('walks a region up to its continent', () => {
    const chain = regionChain(index, idOf(index, 'Herndon')).map(
      (id) => index.nodeById.get(id)!.label,
    );
    expect(chain).toEqual(['Herndon', 'Virginia', 'United States', 'Northern America', 'Americas']);
  });
});
