/** CSV corpora: one document per row (columns title, date, url, text). */
import Papa from 'papaparse';
import type { LoadResult, Problem, RawDocument } from '../types.js';
import { extractLeadingDate, normalizeDate } from './dates.js';
import { slugify } from './titles.js';

/** Whether the text has at least one letter or digit. */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

const TEXT_COLUMNS = ['text', 'body', 'content'];

/** Non-empty lines after the first. */
function extraLines(value: string): number {
  return Math.max(0, value.split('\n').filter((l) => l.trim()).length - 1);
}

export function parseCorpus(text: string, display: string, base: string): LoadResult {
  const documents: RawDocument[] = [];
  const problems: Problem[] = [];
  const parsed = Papa.parse<Record<string, string | undefined>>(text, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const fields = parsed.meta.fields ?? [];
  const textColumn = TEXT_COLUMNS.find((c) => fields.includes(c));
  if (!textColumn) {
    problems.push({
      file: display,
      reason: `CSV has no text column (expected a "text" header; found: ${fields.join(', ') || 'none'})`,
    });
    return { documents, problems };
  }
  const badRows = new Map<number, { message: string; quotes: boolean }>();
  for (const e of parsed.errors) {
    if (e.row === undefined || e.code === 'UndetectableDelimiter') continue;
    // papaparse numbers quote errors by record, the header being record 0, and field-count
    // errors by data row.
    const quotes = e.type === 'Quotes';
    const index = quotes ? e.row - 1 : e.row;
    if (index < 0) problems.push({ file: display, reason: `header: ${e.message}` });
    else if (!badRows.has(index)) badRows.set(index, { message: e.message, quotes });
  }
  parsed.data.forEach((record, i) => {
    const row = i + 1;
    const bad = badRows.get(i);
    if (bad) {
      // A broken quote runs on to the next quote or the end of the file, swallowing the
      // lines in between, which may be rows of their own: say how many.
      const lines = bad.quotes
        ? Object.values(record)
            .flat()
            .reduce((n, v) => n + (typeof v === 'string' ? extraLines(v) : 0), 0)
        : 0;
      const swallowed =
        lines > 0
          ? ` (its quoted field runs on over ${lines} more line${lines === 1 ? '' : 's'}, which may be rows of their own)`
          : '';
      problems.push({
        file: display,
        reason: `row ${row}: ${bad.message}; row skipped${swallowed}`,
      });
      return;
    }
    const raw = (record[textColumn] ?? '').replace(/\r\n?/g, '\n');
    const { date: lineDate, text: body } = extractLeadingDate(raw);
    if (!body.trim() || !hasWords(body)) {
      const what = body.trim() ? 'text has no letters or digits' : 'empty text';
      problems.push({ file: display, reason: `row ${row}: ${what}; row skipped` });
      return;
    }
    const doc: RawDocument = {
      id: `${slugify(base)}-r${row}`,
      file: `${display}#${row}`,
      format: 'csv',
      date: normalizeDate(record.date) ?? lineDate,
      text: body,
    };
    const title = record.title?.trim();
    if (title) doc.title = title;
    const url = record.url?.trim();
    if (url) doc.url = url;
    documents.push(doc);
  });
  return { documents, problems };
}
