/**
 * "Compare years" in the query string: `compare=A,B`, two years of the graph's histogram.
 * Absent when Compare is off; anything else is dropped and reported.
 */
export interface ComparedYears {
  a: number;
  b: number;
}

export function encodeCompare(
  compare: ComparedYears | null,
  current: URLSearchParams,
): URLSearchParams {
  const params = new URLSearchParams(current);
  if (compare) params.set('compare', `${compare.a},${compare.b}`);
  else params.delete('compare');
  return params;
}

export function decodeCompare(
  params: URLSearchParams,
  extent: { min: number; max: number } | null,
): { compare: ComparedYears | null; dropped: string[] } {
  const raw = params.get('compare');
  if (raw === null) return { compare: null, dropped: [] };
  const match = /^(\d{4}),(\d{4})$/.exec(raw);
  const a = Number(match?.[1]);
  const b = Number(match?.[2]);
  const inside = (year: number) => extent !== null && year >= extent.min && year <= extent.max;
  if (match && inside(a) && inside(b)) return { compare: { a, b }, dropped: [] };
  const shown = JSON.stringify(raw.slice(0, 40));
  return { compare: null, dropped: [`compare ${shown} (needs two years of this graph)`] };
}
