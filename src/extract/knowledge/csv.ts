/**
 * The one CSV reader for the data/ files: a header row, then one record per row.
 * Lines starting with '#' are comments, blank lines are skipped, fields are trimmed.
 * A malformed row (unterminated quote, too few or too many fields) throws a CsvError
 * that names the file and the line, so a typo in a data file is found at once.
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
 * Parses CSV text with a header row into records keyed by the (trimmed) header names.
 * `file` only names the source in error messages.
 */
export function parseCsv<T = Record<string, string>>(text: string, file: string): T[] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const headerStart = skipToRecord(src, 0);
  if (headerStart >= src.length) throw new CsvError(file, 1, 'no header row');
  const headerEndNl = src.indexOf('\n', headerStart);
  let prev = headerEndNl < 0 ? src.length : headerEndNl + 1;
  const lines = new LineCounter(src);
  const rows: T[] = [];
  let failure: CsvError | null = null;
  Papa.parse<Record<string, string>>(src, {
    header: true,
    delimiter: ',',
    comments: '#',
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
    transform: (v) => v.trim(),
    step: (result, parser) => {
      const start = skipToRecord(src, prev);
      prev = result.meta.cursor;
      const error = result.errors[0];
      if (error) {
        const line = lines.at(start);
        const excerpt = src.slice(start, Math.min(src.length, start + 60)).split('\n')[0] ?? '';
        failure = new CsvError(file, line, `${error.message} (row: ${JSON.stringify(excerpt)})`);
        parser.abort();
        return;
      }
      rows.push(result.data as T);
    },
  });
  if (failure) throw failure;
  return rows;
}

/** Reads a UTF-8 CSV file (see parseCsv). */
export function readCsv<T = Record<string, string>>(path: string): T[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new CsvError(path, null, `cannot read: ${reason}`);
  }
  return parseCsv<T>(text, path);
}
