/**
 * Type-ahead over labels and aliases. Matching ignores case and accents, so "acme"
 * finds "Acme Holding Group" and "afrique" would find an alias "Afrique". Ranking:
 * exact label, exact alias, label prefix, alias prefix, word prefix, substring; ties
 * go to the better-connected node, then alphabetical order.
 */
import type { GraphNode, NodeType } from '../../schema/graph';
import { compareText } from './format';

export interface SearchEntry {
  id: string;
  label: string;
  type: NodeType;
  degree: number;
  /** Normalised label first, then aliases. */
  terms: { text: string; norm: string; alias: boolean }[];
}

export interface SearchHit {
  id: string;
  label: string;
  type: NodeType;
  /** The alias that matched, when the label did not. */
  via: string | null;
}

export function normalise(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function buildSearchEntries(
  nodes: readonly GraphNode[],
  degree: ReadonlyMap<string, number>,
  skip: ReadonlySet<string> = new Set(),
): SearchEntry[] {
  return nodes
    .filter((n) => !skip.has(n.id))
    .map((n) => ({
      id: n.id,
      label: n.label,
      type: n.type,
      degree: degree.get(n.id) ?? 0,
      terms: [
        { text: n.label, norm: normalise(n.label), alias: false },
        ...n.aliases.map((a) => ({ text: a, norm: normalise(a), alias: true })),
      ],
    }));
}

function rank(norm: string, wanted: string, alias: boolean): number | null {
  if (norm === wanted) return alias ? 1 : 0;
  if (norm.startsWith(wanted)) return alias ? 3 : 2;
  const i = norm.indexOf(wanted);
  if (i < 0) return null;
  return /[\s\-(/.&]/.test(norm[i - 1] ?? '') ? 4 : 5;
}

export function search(
  entries: readonly SearchEntry[],
  query: string,
  limit = 8,
  accept: (e: SearchEntry) => boolean = () => true,
): SearchHit[] {
  const wanted = normalise(query);
  if (!wanted) return [];
  const scored: { e: SearchEntry; score: number; via: string | null }[] = [];
  for (const e of entries) {
    if (!accept(e)) continue;
    let best: number | null = null;
    let via: string | null = null;
    for (const t of e.terms) {
      const r = rank(t.norm, wanted, t.alias);
      if (r !== null && (best === null || r < best)) {
        best = r;
        via = t.alias ? t.text : null;
      }
    }
    if (best !== null) scored.push({ e, score: best, via });
  }
  scored.sort(
    (a, b) => a.score - b.score || b.e.degree - a.e.degree || compareText(a.e.label, b.e.label),
  );
  return scored
    .slice(0, limit)
    .map(({ e, via }) => ({ id: e.id, label: e.label, type: e.type, via }));
}
