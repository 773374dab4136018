import { describe, expect, it } from 'vitest';
import {
  CATEGORY_COLOURS,
  categoryColouring,
  countryOf,
  nodeColouring,
  OTHER_COLOUR,
  YEAR_RAMP,
} from './colours';
import { detectCommunities } from './communities';
import { idOf, seedIndex } from './testGraph';

const index = seedIndex();

describe('colour by', () => {
  it('gives the palette to the biggest categories, in order, and grey to the rest', () => {
    const categories = new Map<string, { key: string; label: string } | null>();
    for (let i = 0; i < 12; i++) categories.set(`big${i}`, { key: 'big', label: 'Big' });
    for (let i = 0; i < 3; i++) categories.set(`small${i}`, { key: 'small', label: 'Small' });
    categories.set('none', null);
    for (let i = 0; i < 9; i++) categories.set(`one${i}`, { key: `one${i}`, label: `One ${i}` });
    const { colourOf, key } = categoryColouring(categories);
    expect(colourOf.get('big0')).toBe(CATEGORY_COLOURS[0]);
    expect(colourOf.get('small2')).toBe(CATEGORY_COLOURS[1]);
    expect(colourOf.get('none')).toBe(OTHER_COLOUR);
    expect(key[0]).toEqual({ label: 'Big', colour: CATEGORY_COLOURS[0], count: 12 });
    // 8 colours: Big, Small and six of the nine singles; three singles and "none" are grey.
    expect(key.at(-1)).toEqual({ label: 'Others', colour: OTHER_COLOUR, count: 4 });
  });

  it('finds a node’s country from itself or from where it is located or active', () => {
    expect(countryOf(index, idOf(index, 'Nairobi'))).toBe('KE');
    expect(countryOf(index, idOf(index, 'China Telecom Americas'))).toBe('US');
    expect(countryOf(index, idOf(index, 'Donald Tan'))).toBeNull();
  });

  it('colours by country with the country names in the key', () => {
    const colouring = nodeColouring(index, 'country', () => detectCommunities(index))!;
    expect(colouring.key.map((k) => k.label)).toContain('South Africa');
    expect(colouring.colourOf.get(idOf(index, 'Johannesburg'))).toBe(
      colouring.colourOf.get(idOf(index, 'Cape Town')),
    );
  });

  it('colours by first year from light (earliest) to dark (latest), grey when undated', () => {
    const colouring = nodeColouring(index, 'firstYear', () => detectCommunities(index))!;
    const extent = index.yearExtent!;
    expect(colouring.key[0]?.label).toBe(String(extent.min));
    expect(colouring.colourOf.get(idOf(index, 'Internet Society'))).toBe(OTHER_COLOUR);
    const latest = index.graph.nodes.find(
      (n) => n.years.length && Math.min(...n.years) === extent.max,
    )!;
    const earliest = index.graph.nodes.find((n) => n.years.includes(extent.min))!;
    expect(colouring.colourOf.get(latest.id)).toBe(YEAR_RAMP.at(-1));
    expect(colouring.colourOf.get(earliest.id)).toBe(YEAR_RAMP[0]);
  });

  it('leaves colour by type to the stylesheet', () => {
    expect(nodeColouring(index, 'type', () => detectCommunities(index))).toBeNull();
  });
});
