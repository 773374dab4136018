/** Small display helpers shared by panels and exports. */
import type { EdgeType } from '../../schema/graph';
import { EDGE_STYLE } from './style';

/**
 * Compares labels for display order, ignoring case and accents. One shared collator:
 * `localeCompare` with options builds a new one on every call, which is slow in sorts.
 */
export const compareText = new Intl.Collator('en', { sensitivity: 'base', numeric: true }).compare;

/** [2018, 2019, 2020, 2025] → "2018–2020, 2025". Empty → "undated". */
export function formatYears(years: readonly number[]): string {
  if (years.length === 0) return 'undated';
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const parts: string[] = [];
  let start = sorted[0]!;
  let prev = start;
  for (const y of sorted.slice(1).concat(Number.NaN)) {
    if (y === prev + 1) {
      prev = y;
      continue;
    }
    parts.push(start === prev ? String(start) : `${start}–${prev}`);
    start = y;
    prev = y;
  }
  return parts.join(', ');
}

export function relationLabel(type: EdgeType): string {
  return EDGE_STYLE[type].label;
}

/** "2018-05" → "May 2018"; "2018-11-27" → "27 Nov 2018"; null → "undated". */
export function formatDate(date: string | null): string {
  if (!date) return 'undated';
  const [y, m, d] = date.split('-');
  const months = [
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'May',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Oct',
    'Nov',
    'Dec',
  ];
  const month = m ? months[Number(m) - 1] : undefined;
  if (!month) return y ?? date;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * The heading of the explorer: the title the build wrote into the graph, or, for a graph
 * built before titles existed, the file it was loaded from without its extension.
 */
export function datasetTitle(title: string | undefined, source: string): string {
  const written = title?.trim();
  if (written) return written;
  const file = source.split(/[\\/]/).pop() ?? source;
  return file.replace(/\.json$/i, '') || source;
}
