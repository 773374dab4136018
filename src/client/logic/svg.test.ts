import { parseDocument, DomUtils } from 'htmlparser2';
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

  it('parsed as XML, hostile labels leave no script, handler or link, only text', () => {
    const hostile = [
      '<script>window.__pwned=1;alert(1)</script>',
      '<img src=x onerror="alert(1)">',
      '"><svg onload="alert(1)">',
      "'><a xlink:href='javascript:alert(1)'>x</a>",
      '<foreignObject><body onload="alert(1)"/></foreignObject>',
      ']]><script>alert(1)</script><![CDATA[',
      '--><script>alert(1)</script><!--',
      '<?xml-stylesheet href="javascript:alert(1)"?>',
      '&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#x3C;',
      '<set attributeName="href" to="javascript:alert(1)"/><animate onbegin="alert(1)"/>',
      'javascript:alert(1)',
      'bidi \u202e and lone \ud800 surrogate, \u0000 nul, \ufffe',
    ];
    const base = input('x');
    const svg = buildSvg({
      ...base,
      title: `Partner Atlas ${hostile[0]}`,
      nodes: hostile.map((label, i) => ({ ...base.nodes[0]!, x: i * 10, label })),
      legend: [
        { kind: 'node', label: hostile[1]!, color: '#0072B2', shape: 'ellipse' },
        { kind: 'edge', label: hostile[2]!, color: 'javascript:x', line: 'solid', arrow: true },
      ],
    });
    const doc = parseDocument(svg, { xmlMode: true });
    const elements = DomUtils.getElementsByTagName(() => true, doc.children, true);
    const names = new Set(elements.map((e) => e.name));
    // Only the element names the writer itself uses: no script, foreignObject, a,
    // image, use, set, animate, style.
    expect([...names].sort()).toEqual(
      ['ellipse', 'g', 'line', 'polygon', 'rect', 'svg', 'text', 'title'].filter((n) =>
        names.has(n),
      ),
    );
    for (const el of elements)
      for (const [name, value] of Object.entries(el.attribs)) {
        expect(name).not.toMatch(/^on|href$/i);
        expect(value).not.toMatch(/javascript:|data:|url\(/i);
      }
    // No processing instruction but the XML declaration, no comment, no CDATA.
    const directives = DomUtils.filter(
      (n) => n.type === 'directive' || n.type === 'comment' || n.type === 'cdata',
      doc.children,
    );
    expect(directives.map((d) => ('data' in d ? d.data : d.type))).toEqual([
      '?xml version="1.0" encoding="UTF-8"',
    ]);
    // Each label is exactly one <text>, holding the label as text (less what XML forbids).
    const texts = DomUtils.getElementsByTagName('text', doc.children).map((t) =>
      DomUtils.textContent(t),
    );
    for (const label of hostile)
      expect(texts).toContain(
        [...label].filter((c) => !['\u0000', '\ud800', '\ufffe'].includes(c)).join(''),
      );
    const title = DomUtils.getElementsByTagName('title', doc.children)[0];
    expect(title && DomUtils.textContent(title)).toBe(`Partner Atlas ${hostile[0]}`);
  });
});
