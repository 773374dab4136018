/**
 * The title line of an exported image: the dataset, then what the filters keep, in the
 * words of the Filters panel, so a picture pasted into a report says what it shows.
 */
import { EDGE_TYPES, NODE_TYPES } from '../../schema/constants';
import { EDGE_STYLE, NODE_STYLE } from './style';
import type { Filters } from './types';

export interface CaptionParts {
  dataset: string;
  filters: Filters;
  regionLabel: string | null;
  focus: { label: string; hops: number } | null;
  /** Whether "Hide unconnected" is on (it may be on by default). */
  hidesUnconnected: boolean;
}

function years(f: Filters): string | null {
  if (f.yearFrom !== null && f.yearTo !== null)
    return f.yearFrom === f.yearTo ? `${f.yearFrom}` : `${f.yearFrom}–${f.yearTo}`;
  if (f.yearFrom !== null) return `from ${f.yearFrom}`;
  if (f.yearTo !== null) return `to ${f.yearTo}`;
  return null;
}

function typeList<T extends string>(
  on: readonly T[],
  all: readonly T[],
  name: (t: T) => string,
): string | null {
  if (on.length === all.length) return null;
  if (on.length === 0) return 'none';
  return on.map(name).join(', ');
}

/** "Telecom partners — Africa · 2018–2019 · Partnership, Supply · unconnected hidden". */
export function imageCaption(parts: CaptionParts): string {
  const f = parts.filters;
  const bits: string[] = [];
  if (parts.focus)
    bits.push(
      `around ${parts.focus.label} (${parts.focus.hops} hop${parts.focus.hops > 1 ? 's' : ''})`,
    );
  if (parts.regionLabel) bits.push(parts.regionLabel);
  const span = years(f);
  if (span) bits.push(span);
  if (!f.includeUndated) bits.push('dated only');
  const relations = typeList(f.relationTypes, EDGE_TYPES, (t) => EDGE_STYLE[t].label);
  if (relations) bits.push(`relations: ${relations}`);
  const entities = typeList(f.entityTypes, NODE_TYPES, (t) => NODE_STYLE[t].label);
  if (entities) bits.push(`entities: ${entities}`);
  if (f.minConnections > 0) bits.push(`min. connections ${f.minConnections}`);
  if (f.minConfidence > 0) bits.push(`min. confidence ${f.minConfidence}`);
  if (parts.hidesUnconnected) bits.push('unconnected hidden');
  return bits.length === 0 ? parts.dataset : `${parts.dataset} — ${bits.join(' · ')}`;
}
