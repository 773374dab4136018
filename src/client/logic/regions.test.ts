import { describe, expect, it } from 'vitest';
import { buildRegionOptions, regionChain } from './regions';
import { idOf, seedIndex } from './testGraph';

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

  it('walks a region up to its continent', () => {
    const chain = regionChain(index, idOf(index, 'Herndon')).map(
      (id) => index.nodeById.get(id)!.label,
    );
    expect(chain).toEqual(['Herndon', 'Virginia', 'United States', 'Northern America', 'Americas']);
  });
});
