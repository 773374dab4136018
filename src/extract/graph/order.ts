/**
 * Deterministic order for the graph: plain code-unit comparison, never the locale's.
 */

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Distinct values, numbers in numeric order, strings in code-unit order. */
export function sortedUnique<T extends string | number>(values: Iterable<T>): T[] {
  return [...new Set(values)].sort((a, b) =>
    typeof a === 'number' && typeof b === 'number' ? a - b : compareText(String(a), String(b)),
  );
}

/** The most frequent value; ties go to the longer, then the alphabetically first. */
export function mostFrequent(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort(
    (a, b) => b[1] - a[1] || b[0].length - a[0].length || compareText(a[0], b[0]),
  )[0]?.[0];
}
