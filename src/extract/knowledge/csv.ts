/**
 * The one CSV reader for the data/ files (papaparse): a header row, then one record per
 * row. Lines starting with '#' are comments, blank lines are skipped, fields are trimmed.
 * Every record keeps the line it starts on in the file, so errors name the true line.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

export class CsvError extends Error {
  constructor(
    readonly file: string,
    /** 1-based line of the bad row; null when the file could not be read at all. */
    readonly line: number | null,
    detail: string,
  ) {
    super(line === null ? `${file}: ${detail}` : `${file}: line ${line}: ${detail}`);
    this.name = 'CsvError';
  }
}

/** A record and the line of the file it starts on. */
export interface CsvRow<T> {
  line: number;
  record: T;
}

/** Index of the first character of the next record at or after `pos`: skips blank and comment lines. */
function skipToRecord(text: string, pos: number): number {
  let p = pos;
  while (p < text.length) {
    let end = text.indexOf('\n', p);
    if (end < 0) end = text.length;
    const line = text.slice(p, end);
    if (line.trim() !== '' && !line.startsWith('#')) return p;
    p = end + 1;
  }
  return text.length;
}

/** Counts line breaks incrementally, so line numbers cost linear time overall. */
class LineCounter {
  private pos = 0;
  private line = 1;
  constructor(private readonly text: string) {}
  at(offset: number): number {
    while (this.pos < offset && this.pos < this.text.length) {
      if (this.text.charCodeAt(this.pos) === 10) this.line++;
      this.pos++;
    }
    return this.line;
  }
}

/**
 * Parses CSV text with a header row into records keyed by the (trimmed) header names,
 * each with its line. A malformed row (unterminated quote, too few or too many fields)
 * throws a CsvError. `file` only names the source in error messages.
 */
export function parseCsvRows<T = Record<string, string>>(text: string, file: string): CsvRow<T>[] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const headerStart = skipToRecord(source, 0);
  if (headerStart >= source.length) throw new CsvError(file, 1, 'no header row');
  const headerEnd = source.indexOf('\n', headerStart);
  let previousEnd = headerEnd < 0 ? source.length : headerEnd + 1;
  const lines = new LineCounter(source);
  const rows: CsvRow<T>[] = [];
  let failure: CsvError | null = null;
  Papa.parse<Record<string, string>>(source, {
    header: true,
    delimiter: ',',
    comments: '#',
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim(),
    transform: (value) => value.trim(),
    step: (result, parser) => {
      const start = skipToRecord(source, previousEnd);
      previousEnd = result.meta.cursor;
      const line = lines.at(start);
      const error = result.errors[0];
      if (error) {
        const excerpt = source.slice(start, start + 60).split('\n')[0] ?? '';
        failure = new CsvError(file, line, `${error.message} (row: ${JSON.stringify(excerpt)})`);
        parser.abort();
        return;
      }
      rows.push({ line, record: result.data as T });
    },
  });
  if (failure) throw failure;
  return rows;
}

/** The records of CSV text (see parseCsvRows). */
export function parseCsv<T = Record<string, string>>(text: string, file: string): T[] {
  return parseCsvRows<T>(text, file).map((row) => row.record);
}

/** Reads a UTF-8 CSV file into records with their lines (see parseCsvRows). */
export function readCsvRows<T = Record<string, string>>(path: string): CsvRow<T>[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new CsvError(path, null, `cannot read: ${reason}`);
  }
  return parseCsvRows<T>(text, path);
}

/** Reads a UTF-8 CSV file into records (see parseCsvRows). */
export function readCsv<T = Record<string, string>>(path: string): T[] {
  return readCsvRows<T>(path).map((row) => row.record);
}

/** Splits a `|`-separated cell into its non-empty parts. */
export function splitList(cell: string | undefined): string[] {
  return (cell ?? '')
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}
