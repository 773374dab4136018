import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { frameElementsAtOnce } from './frame';
import { shownNodes } from './shown';
import { buildStylesheet } from './stylesheet';

/** Four nodes on a line; the two on the right are hidden. */
function setUp() {
  const node = (id: string, x: number, hidden = false) => ({
    data: { id, label: id, type: 'company', size: 10 },
    position: { x, y: 0 },
    classes: hidden ? 'hidden' : '',
  });
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: buildStylesheet({ large: true }),
    layout: { name: 'preset' },
    elements: [node('a', 0), node('b', 100), node('c', 1000, true), node('d', 2000, true)],
  });
}

describe('frameElementsAtOnce', () => {
  it('centres the shown nodes at once, without an animation', () => {
    const cy = setUp();
    cy.viewport({ zoom: 1, pan: { x: 500, y: 500 } });
    frameElementsAtOnce(cy, shownNodes(cy));
    expect(cy.animated()).toBe(false);
    // The middle of the shown nodes (x = 50) is at the middle of the canvas.
    expect(50 * cy.zoom() + cy.pan().x).toBeCloseTo(cy.width() / 2, 5);
  });

  it('leaves the camera alone when it already frames the shown nodes', () => {
    const cy = setUp();
    frameElementsAtOnce(cy, shownNodes(cy));
    let moves = 0;
    cy.on('viewport', () => moves++);
    frameElementsAtOnce(cy, shownNodes(cy));
    expect(moves).toBe(0);
    cy.getElementById('c').removeClass('hidden');
    frameElementsAtOnce(cy, shownNodes(cy));
    expect(moves).toBe(1);
  });
});
