/** GEXF 1.3, for Gephi and Gephi Lite, written by graphology's GEXF writer. */
import Graph from 'graphology';
import write from 'graphology-gexf/common/writer.js';
import { EDGE_COLUMNS, NODE_COLUMNS, attributeRecord, type AttributeValue } from './attributes.js';
import { xmlSafe } from './xml.js';
import { CREATOR, edgesWithinView, isDirected, positionOf, type GraphView } from './view.js';

/** The record with every text made safe for XML (graphology's writer only escapes markup). */
function safeRecord(record: Record<string, AttributeValue>): Record<string, AttributeValue> {
  const safe: Record<string, AttributeValue> = {};
  for (const [name, value] of Object.entries(record))
    safe[name] = typeof value === 'string' ? xmlSafe(value) : value;
  return safe;
}

export function toGexf(view: GraphView): string {
  const graph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: true });
  graph.setAttribute('creator', CREATOR);
  if (view.title) graph.setAttribute('description', xmlSafe(view.title));
  for (const node of view.nodes) {
    const { x, y } = positionOf(view, node);
    graph.addNode(
      node.id,
      safeRecord({ label: node.label, x, y, ...attributeRecord(NODE_COLUMNS, node) }),
    );
  }
  for (const edge of edgesWithinView(view)) {
    const attributes = safeRecord({ label: edge.type, ...attributeRecord(EDGE_COLUMNS, edge) });
    if (isDirected(edge))
      graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, attributes);
    else graph.addUndirectedEdgeWithKey(edge.id, edge.source, edge.target, attributes);
  }
  return write(graph, { version: '1.3', pretty: true });
}
