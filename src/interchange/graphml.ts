/**
 * GraphML, for yEd, NetworkX and Cytoscape desktop. No maintained JavaScript writer
 * exists (graphology's GraphML package only reads), and the format is small: keys
 * declared once, then nodes and edges with their data.
 */
import {
  EDGE_COLUMNS,
  NODE_COLUMNS,
  attributeRecord,
  type AttributeColumn,
  type AttributeType,
  type AttributeValue,
} from './attributes.js';
import { CREATOR, edgesWithinView, isDirected, positionOf, type GraphView } from './view.js';
import { escapeXml } from './xml.js';

const GRAPHML_TYPES: Record<AttributeType, string> = {
  string: 'string',
  integer: 'int',
  double: 'double',
  // GraphML has no list type: years are written as text, "2019 2021".
  integers: 'string',
};

interface Key {
  id: string;
  domain: 'node' | 'edge' | 'graph';
  name: string;
  type: string;
}

function keysOf<T>(domain: 'node' | 'edge', columns: readonly AttributeColumn<T>[]): Key[] {
  return columns.map((column) => ({
    id: `${domain[0]}_${column.name}`,
    domain,
    name: column.name,
    type: GRAPHML_TYPES[column.type],
  }));
}

const KEYS: readonly Key[] = [
  { id: 'g_description', domain: 'graph', name: 'description', type: 'string' },
  { id: 'n_label', domain: 'node', name: 'label', type: 'string' },
  { id: 'n_x', domain: 'node', name: 'x', type: 'double' },
  { id: 'n_y', domain: 'node', name: 'y', type: 'double' },
  ...keysOf('node', NODE_COLUMNS),
  ...keysOf('edge', EDGE_COLUMNS),
];

function text(value: AttributeValue): string {
  return Array.isArray(value) ? value.join(' ') : String(value);
}

function dataLines(prefix: string, record: Record<string, AttributeValue>): string[] {
  return Object.entries(record).map(
    ([name, value]) => `      <data key="${prefix}_${name}">${escapeXml(text(value))}</data>`,
  );
}

function nodeLines(view: GraphView): string[] {
  return view.nodes.flatMap((node) => {
    const { x, y } = positionOf(view, node);
    const record = { label: node.label, x, y, ...attributeRecord(NODE_COLUMNS, node) };
    return [`    <node id="${escapeXml(node.id)}">`, ...dataLines('n', record), '    </node>'];
  });
}

function edgeLines(view: GraphView): string[] {
  return edgesWithinView(view).flatMap((edge) => {
    const ends = `source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}"`;
    const direction = isDirected(edge) ? '' : ' directed="false"';
    return [
      `    <edge id="${escapeXml(edge.id)}" ${ends}${direction}>`,
      ...dataLines('e', attributeRecord(EDGE_COLUMNS, edge)),
      '    </edge>',
    ];
  });
}

export function toGraphml(view: GraphView): string {
  const description = `${view.title ? `${view.title}, ` : ''}by ${CREATOR}`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"',
    '    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...KEYS.map(
      (key) =>
        `  <key id="${key.id}" for="${key.domain}" attr.name="${key.name}" attr.type="${key.type}"/>`,
    ),
    '  <graph id="G" edgedefault="directed">',
    `    <data key="g_description">${escapeXml(description)}</data>`,
    ...nodeLines(view),
    ...edgeLines(view),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
