/**
 * Export file names that say what the view shows, e.g.
 * `partner-atlas_africa_2018-2019.png` or `partner-atlas_zte-2-hops_partnership.csv`.
 */
import { EDGE_TYPES } from '../../schema/constants';
import type { Filters, Focus } from './types';

export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

export interface NameParts {
  filters: Filters;
  regionLabel: string | null;
  focus: (Focus & { label: string }) | null;
  /** Scope suffix such as "full" for a full-graph image; omitted when null. */
  scope?: string | null;
  /** Extra suffix such as "nodes" / "relations" for the two CSV files. */
  part?: string | null;
}

export function exportFileName(parts: NameParts, ext: string): string {
  const f = parts.filters;
  const bits = ['partner-atlas'];
  if (parts.focus)
    bits.push(
      `${slug(parts.focus.label) || 'node'}-${parts.focus.hops}-hop${parts.focus.hops > 1 ? 's' : ''}`,
    );
  if (f.region !== null) bits.push(slug(parts.regionLabel ?? f.region) || 'region');
  if (f.yearFrom !== null && f.yearTo !== null)
    bits.push(f.yearFrom === f.yearTo ? String(f.yearFrom) : `${f.yearFrom}-${f.yearTo}`);
  else if (f.yearFrom !== null) bits.push(`from-${f.yearFrom}`);
  else if (f.yearTo !== null) bits.push(`to-${f.yearTo}`);
  if (f.relationTypes.length > 0 && f.relationTypes.length <= 2)
    bits.push(f.relationTypes.map((t) => t.replace('_', '-')).join('-'));
  else if (f.relationTypes.length === 0) bits.push('no-relations');
  else if (f.relationTypes.length < EDGE_TYPES.length)
    bits.push(`${f.relationTypes.length}-relation-types`);
  if (parts.scope) bits.push(parts.scope);
  if (parts.part) bits.push(parts.part);
  return `${bits.join('_')}.${ext}`;
}
