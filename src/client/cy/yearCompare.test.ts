import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { makeGraph } from '../logic/testGraph';
import { createAtlasStore } from '../store';
import { buildElements } from './elements';
import { buildStylesheet } from './stylesheet';
import { bindYearCompare } from './yearCompare';

function setUp() {
  const store = createAtlasStore();
  store.getState().setGraph(
    makeGraph(
      [{ id: 'kaido' }, { id: 'norvik' }, { id: 'altaris' }, { id: 'belmora' }],
      [
        { id: 'gone', source: 'kaido', target: 'norvik', years: [2019] },
        { id: 'both', source: 'kaido', target: 'altaris', years: [2019, 2021], type: 'supply' },
        { id: 'new', source: 'norvik', target: 'belmora', years: [2021], type: 'acquisition' },
        { id: 'between', source: 'belmora', target: 'kaido', years: [2020], type: 'investment' },
      ],
    ),
    'graph.json',
    'http://x/graph.json',
  );
  const index = store.getState().index!;
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: buildStylesheet({ large: false }),
    elements: buildElements(index, store.derive().visible),
  });
  return { store, cy, release: bindYearCompare(cy, store) };
}

const classOf = (cy: cytoscape.Core, id: string) =>
  ['year-new', 'year-gone', 'year-both', 'year-none'].filter((c) =>
    cy.getElementById(id).hasClass(c),
  );

describe('bindYearCompare', () => {
  it('classes each relation by its change, and clears the classes when Compare ends', () => {
    const { store, cy, release } = setUp();
    store.getState().setCompare({ a: 2019, b: 2021 });
    expect(classOf(cy, 'new')).toEqual(['year-new']);
    expect(classOf(cy, 'gone')).toEqual(['year-gone']);
    expect(classOf(cy, 'both')).toEqual(['year-both']);
    expect(classOf(cy, 'between')).toEqual(['year-none']);
    store.getState().setCompare(null);
    for (const id of ['new', 'gone', 'both', 'between']) expect(classOf(cy, id)).toEqual([]);
    release();
  });

  it('never moves the camera', () => {
    const { store, cy, release } = setUp();
    cy.viewport({ zoom: 1.7, pan: { x: 40, y: -25 } });
    store.getState().setCompare({ a: 2019, b: 2021 });
    store.getState().setCompare({ a: 2020, b: 2021 });
    expect(cy.zoom()).toBe(1.7);
    expect(cy.pan()).toEqual({ x: 40, y: -25 });
    release();
  });
});
