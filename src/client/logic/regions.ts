/**
 * The options of the hierarchical Region picker: continent → subregion → country →
 * state → city in depth-first order, then the named macro-regions.
 */
import type { GraphIndex } from './graphIndex';
import { compareText } from './format';

export interface RegionOption {
  id: string;
  label: string;
  /** 0 for continents and macro-regions, +1 per level below. */
  depth: number;
  group: 'hierarchy' | 'macro';
}

const byLabel = (a: { label: string }, b: { label: string }) => compareText(a.label, b.label);

export function buildRegionOptions(index: GraphIndex): RegionOption[] {
  const regions = index.graph.nodes.filter((n) => n.type === 'region');
  const ids = new Set(regions.map((r) => r.id));
  const children = new Map<string, typeof regions>();
  const roots: typeof regions = [];
  const macros: typeof regions = [];
  const byId = new Map(regions.map((r) => [r.id, r]));
  for (const r of regions) {
    // A macro-region without a parent nests under the first macro-region it belongs
    // to (Far East under Asia-Pacific), so the macro list reads as a small tree too.
    const up =
      r.parent !== undefined && ids.has(r.parent)
        ? r.parent
        : r.level === 'macro'
          ? r.memberOf?.find((m) => byId.get(m)?.level === 'macro')
          : undefined;
    if (up !== undefined) {
      const list = children.get(up) ?? [];
      list.push(r);
      children.set(up, list);
    } else if (r.level === 'macro') macros.push(r);
    else roots.push(r);
  }
  const out: RegionOption[] = [];
  const seen = new Set<string>();
  const walk = (id: string, label: string, depth: number, group: RegionOption['group']) => {
    if (seen.has(id)) return; // parent cycles in bad data
    seen.add(id);
    out.push({ id, label, depth, group });
    for (const c of (children.get(id) ?? []).sort(byLabel)) walk(c.id, c.label, depth + 1, group);
  };
  for (const r of roots.sort(byLabel)) walk(r.id, r.label, 0, 'hierarchy');
  for (const r of macros.sort(byLabel)) walk(r.id, r.label, 0, 'macro');
  // Regions caught in a parent cycle are unreachable from any root: list them flat.
  for (const r of regions.filter((x) => !seen.has(x.id)).sort(byLabel))
    walk(r.id, r.label, 0, 'hierarchy');
  return out;
}

/** The chain from a region up to its root, e.g. Lagos → Nigeria → Western Africa → Africa. */
export function regionChain(index: GraphIndex, id: string): string[] {
  const chain: string[] = [];
  const seen = new Set<string>();
  let current: string | undefined = id;
  while (current !== undefined && !seen.has(current)) {
    seen.add(current);
    chain.push(current);
    current = index.nodeById.get(current)?.parent;
  }
  return chain;
}
