import { describe, expect, it } from 'vitest';
import { buildSvg, escapeXml, type SvgInput } from './svg';

const input = (label: string): SvgInput => ({
  title: 'Partner Atlas <test>',
  view: { x: -100, y: -50, width: 200, height: 100 },
  scale: 2,
  background: '#ffffff',
  nodes: [
    { x: 0, y: 0, width: 30, height: 30, shape: 'ellipse', color: '#0072B2', label, fontSize: 12 },
    {
      x: 50,
      y: 0,
      width: 20,
      height: 20,
      shape: 'hexagon',
      color: 'url(javascript:alert(1))',
      label: 'Nairobi',
      fontSize: 10,
    },
    {
      x: -50,
      y: 0,
      width: 20,
      height: 20,
      shape: 'diamond',
      color: '#E69F00',
      label: 'Donald Tan',
      fontSize: 10,
      emphasis: true,
    },
  ],
  edges: [{ x1: 0, y1: 0, x2: 50, y2: 0, color: '#D55E00', width: 2, line: 'dashed', arrow: true }],
  legend: [
    { kind: 'node', label: 'Company', color: '#0072B2', shape: 'ellipse' },
    { kind: 'edge', label: 'Supply', color: '#D55E00', line: 'solid', arrow: true },
  ],
});

describe('SVG export', () => {
  it('holds the labels and the legend', () => {
    const svg = buildSvg(input('China Telecom Global'));
    expect(svg).toMatch(/^<\?xml/);
    expect(svg).toContain('>China Telecom Global</text>');
    expect(svg).toContain('>Legend</text>');
    expect(svg).toContain('>Supply</text>');
    expect(svg).toContain('stroke-dasharray');
    expect(svg).toContain('width="590" height="200"');
  });

  it('escapes labels and never emits scripts or handlers', () => {
    const svg = buildSvg(input('<script>alert(1)</script><img onerror="x" src=y>&\u0001'));
    // Every "<" in the output starts one of our own tags, since text "<" is escaped.
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
    expect(svg).not.toMatch(/<[^>]*javascript:/i);
    expect(svg).toContain(
      '&lt;script&gt;alert(1)&lt;/script&gt;&lt;img onerror=&quot;x&quot; src=y&gt;&amp;</text>',
    );
    expect(svg).toContain('fill="#888888"');
    expect(svg.includes(String.fromCharCode(1))).toBe(false);
  });

  it('escapes all five XML specials', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    );
  });
});
