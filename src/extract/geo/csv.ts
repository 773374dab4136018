/** Reads the gazetteer's own CSV files with papaparse: header row, `#` comment lines. */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

export function readCsv(file: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), {
    header: true,
    comments: '#',
    skipEmptyLines: 'greedy',
    transform: (value) => value.trim(),
  });
  const bad = parsed.errors.find((e) => e.type !== 'FieldMismatch' || e.code !== 'TooFewFields');
  if (bad) throw new Error(`${file}: row ${bad.row ?? '?'}: ${bad.message}`);
  return parsed.data;
}

/** Splits a `|`-separated CSV cell into its non-empty parts. */
export function splitList(cell: string | undefined): string[] {
  return (cell ?? '')
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
