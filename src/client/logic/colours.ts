/**
 * "Colour by": type (the stylesheet's own colours), community, first year or country.
 * Categories (communities, countries) take the Okabe–Ito palette, which stays apart for
 * the common colour vision deficiencies, most frequent first; the rest share one grey.
 * Years run along a light-to-dark blue ramp, so the order reads without a legend.
 */
import type { Communities } from './communityFilter';
import type { GraphIndex } from './graphIndex';

export const COLOUR_BY = ['type', 'community', 'firstYear', 'country'] as const;
export type ColourBy = (typeof COLOUR_BY)[number];
export const DEFAULT_COLOUR_BY: ColourBy = 'type';

export const COLOUR_BY_LABEL: Record<ColourBy, string> = {
  type: 'Type',
  community: 'Community',
  firstYear: 'First year',
  country: 'Country',
};

/** Okabe–Ito without black (the text colour) and yellow (unreadable on white). */
export const CATEGORY_COLOURS = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#D55E00',
  '#56B4E9',
  '#882255',
  '#44AA99',
] as const;
/** Nodes outside the named categories, or without a value. */
export const OTHER_COLOUR = '#BBBBBB';
/** Light to dark, for the earliest to the latest year. */
export const YEAR_RAMP = [
  '#C6DBEF',
  '#9ECAE1',
  '#6BAED6',
  '#4292C6',
  '#2171B5',
  '#08519C',
  '#08306B',
];

export interface ColourKeyEntry {
  label: string;
  colour: string;
  count: number;
}

export interface Colouring {
  colourOf: ReadonlyMap<string, string>;
  /** What each colour means, for the key shown beside the control. */
  key: readonly ColourKeyEntry[];
}

/** Colours for nodes by category: the biggest categories get the palette, in order. */
export function categoryColouring(
  categoryOf: ReadonlyMap<string, { key: string; label: string } | null>,
): Colouring {
  const counts = new Map<string, { label: string; count: number }>();
  for (const category of categoryOf.values()) {
    if (!category) continue;
    const entry = counts.get(category.key) ?? { label: category.label, count: 0 };
    entry.count++;
    counts.set(category.key, entry);
  }
  const ranked = [...counts].sort(
    (a, b) => b[1].count - a[1].count || a[1].label.localeCompare(b[1].label),
  );
  const named = new Map(
    ranked.slice(0, CATEGORY_COLOURS.length).map(([key], i) => [key, CATEGORY_COLOURS[i]!]),
  );
  const colourOf = new Map<string, string>();
  let others = 0;
  for (const [id, category] of categoryOf) {
    const colour = category ? named.get(category.key) : undefined;
    colourOf.set(id, colour ?? OTHER_COLOUR);
    if (!colour) others++;
  }
  const key: ColourKeyEntry[] = ranked
    .slice(0, CATEGORY_COLOURS.length)
    .map(([k, entry]) => ({ label: entry.label, colour: named.get(k)!, count: entry.count }));
  if (others > 0) key.push({ label: 'Others', colour: OTHER_COLOUR, count: others });
  return { colourOf, key };
}

/** A node's country: its own (places), else that of the places it is located or active in. */
export function countryOf(index: GraphIndex, id: string): string | null {
  const node = index.nodeById.get(id);
  if (!node) return null;
  if (node.country) return node.country;
  const counts = new Map<string, number>();
  for (const edge of index.edgesByNode.get(id) ?? []) {
    if (edge.source !== id || (edge.type !== 'located_in' && edge.type !== 'active_in')) continue;
    const country = index.nodeById.get(edge.target)?.country;
    // Where a company is based outweighs where it is active.
    if (country)
      counts.set(country, (counts.get(country) ?? 0) + (edge.type === 'located_in' ? 100 : 1));
  }
  let best: string | null = null;
  for (const [country, count] of counts)
    if (
      best === null ||
      count > counts.get(best)! ||
      (count === counts.get(best) && country < best)
    )
      best = country;
  return best;
}

function countryName(index: GraphIndex, code: string): string {
  return index.nodeById.get(`region:country:${code}`)?.label ?? code;
}

function yearColouring(index: GraphIndex): Colouring {
  const extent = index.yearExtent;
  const colourOf = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const node of index.graph.nodes) {
    const first = node.years.length > 0 ? Math.min(...node.years) : null;
    if (first === null || !extent) {
      colourOf.set(node.id, OTHER_COLOUR);
      continue;
    }
    const span = Math.max(1, extent.max - extent.min);
    const step = Math.round(((first - extent.min) / span) * (YEAR_RAMP.length - 1));
    const colour = YEAR_RAMP[Math.min(YEAR_RAMP.length - 1, Math.max(0, step))]!;
    colourOf.set(node.id, colour);
    counts.set(colour, (counts.get(colour) ?? 0) + 1);
  }
  const key: ColourKeyEntry[] = [];
  if (extent) {
    key.push({
      label: `${extent.min}`,
      colour: YEAR_RAMP[0]!,
      count: counts.get(YEAR_RAMP[0]!) ?? 0,
    });
    const last = YEAR_RAMP[YEAR_RAMP.length - 1]!;
    key.push({ label: `${extent.max}`, colour: last, count: counts.get(last) ?? 0 });
  }
  const undated = [...colourOf.values()].filter((c) => c === OTHER_COLOUR).length;
  if (undated > 0) key.push({ label: 'No year', colour: OTHER_COLOUR, count: undated });
  return { colourOf, key };
}

/** Node colours for the choice, or null for "type" (the stylesheet colours by type itself). */
export function nodeColouring(
  index: GraphIndex,
  colourBy: ColourBy,
  communities: () => Communities,
): Colouring | null {
  switch (colourBy) {
    case 'type':
      return null;
    case 'firstYear':
      return yearColouring(index);
    case 'community': {
      const { byNode } = communities();
      return categoryColouring(
        new Map(
          index.graph.nodes.map((n) => {
            const key = byNode.get(n.id);
            return [n.id, key ? { key, label: index.nodeById.get(key)?.label ?? key } : null];
          }),
        ),
      );
    }
    case 'country':
      return categoryColouring(
        new Map(
          index.graph.nodes.map((n) => {
            const code = countryOf(index, n.id);
            return [n.id, code ? { key: code, label: countryName(index, code) } : null];
          }),
        ),
      );
  }
}
