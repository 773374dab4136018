/**
 * CSV export of what is visible: one file of nodes, one of relations, written with
 * papaparse. Every text cell is neutralised against spreadsheet formula injection,
 * because labels and evidence come from scraped documents.
 *
 * This module pulls in papaparse; it is only imported by the lazily loaded export code.
 */
import Papa from 'papaparse';
import type { GraphIndex } from './graphIndex';
import type { VisibleSet } from './types';
import { NODE_STYLE } from './style';
import { formatDate, relationLabel } from './format';

/**
 * Spreadsheets treat a cell starting with = + - @ as a formula, and some also after a
 * leading tab, carriage return or line feed. OWASP's advice: prefix such cells with a
 * single quote so they are shown as text. Leading spaces are looked through, since
 * some spreadsheets trim them before parsing.
 */
export function neutraliseCell(value: string): string {
  if (/^[\t\r\n]/.test(value) || /^\s*[=+\-@＝＋－＠]/.test(value)) return `'${value}`;
  return value;
}

type Cell = string | number;

function toCsv(header: string[], rows: Cell[][]): string {
  const safe = rows.map((r) => r.map((c) => (typeof c === 'string' ? neutraliseCell(c) : c)));
  // CRLF per RFC 4180; quotes only where needed.
  return Papa.unparse({ fields: header.map(neutraliseCell), data: safe }, { newline: '\r\n' });
}

function ids<T extends { id: string }>(set: ReadonlySet<string>, order: readonly T[]): T[] {
  return order.filter((x) => set.has(x.id));
}

export function nodesCsv(index: GraphIndex, visible: VisibleSet): string {
  const header = [
    'id',
    'label',
    'type',
    'aliases',
    'years',
    'mentions',
    'connections',
    'level',
    'country',
    'parent',
    'x',
    'y',
    'confidence',
  ];
  const rows = ids(visible.nodes, index.graph.nodes).map((n) => {
    let connections = 0;
    for (const e of index.edgesByNode.get(n.id) ?? []) if (visible.edges.has(e.id)) connections++;
    return [
      n.id,
      n.label,
      NODE_STYLE[n.type].label,
      n.aliases.join('; '),
      n.years.join('; '),
      n.mentions,
      connections,
      n.level ?? '',
      n.country ?? '',
      n.parent !== undefined ? (index.nodeById.get(n.parent)?.label ?? n.parent) : '',
      n.x,
      n.y,
      n.confidence,
    ];
  });
  return toCsv(header, rows);
}

export function relationsCsv(index: GraphIndex, visible: VisibleSet): string {
  const header = [
    'id',
    'source',
    'relation',
    'target',
    'years',
    'year_source',
    'places',
    'confidence',
    'role',
    'cue',
    'evidence',
    'documents',
    'source_id',
    'target_id',
  ];
  const label = (id: string) => index.nodeById.get(id)?.label ?? id;
  const rows = ids(visible.edges, index.graph.edges).map((e) => {
    const docs = [...new Set(e.evidence.map((item) => item.document))].map((d) => {
      const doc = index.docById.get(d);
      return doc ? `${doc.title} (${formatDate(doc.date)})` : d;
    });
    return [
      e.id,
      label(e.source),
      relationLabel(e.type),
      label(e.target),
      e.years.join('; '),
      e.yearSource ?? '',
      e.regions.map(label).join('; '),
      e.confidence,
      e.role ?? '',
      e.cue ?? '',
      e.evidence.map((item) => item.text).join(' | '),
      docs.join('; '),
      e.source,
      e.target,
    ];
  });
  return toCsv(header, rows);
}
