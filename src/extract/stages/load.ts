/**
 * Stage `load`: turns the command line's files and folders into decoded documents.
 *
 * Folders are walked recursively; .txt, .md, .html/.htm and .csv files are read. A CSV
 * corpus gives one document per row (columns title, date, url, text). Bytes are decoded
 * as UTF-8 (with or without BOM), UTF-16 with a BOM, or Latin-1 (Windows-1252) when they
 * are not valid UTF-8. Anything that cannot be read becomes a Problem, never an exception.
 *
 * The result does not depend on the order of the inputs: files are sorted by absolute
 * path and ids are made unique in that order.
 *
 * This file reads each file once, consistently, and puts the parts together; the parts
 * are in src/extract/load/ (walk, decode, html, markdown, corpus, dates, titles).
 */
import { constants as fsConstants } from 'node:fs';
import { open, realpath, type FileHandle } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { hasWords, parseCorpus } from '../load/corpus.js';
import { dateFromFirstLines, extractLeadingDate, normalizeDate } from '../load/dates.js';
import { decodeBytes } from '../load/decode.js';
import { htmlToText } from '../load/html.js';
import { frontMatter } from '../load/markdown.js';
import { baseName, slugify } from '../load/titles.js';
import { displayPath, errorReason, FORMATS, walk, type FoundFile } from '../load/walk.js';
import type { LoadResult, Problem, RawDocument } from '../types.js';

// What the tests and other stages use from the modules above.
export { decodeBytes, type Decoded, type Encoding } from '../load/decode.js';
export { normalizeDate, parseDateText, extractLeadingDate } from '../load/dates.js';
export { htmlToText, limitNesting, MAX_NESTING, type HtmlExtract } from '../load/html.js';
export { slugify } from '../load/titles.js';

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export interface LoadOptions {
  /** Files larger than this are reported and skipped. Default 50 MB. */
  maxBytes?: number;
  /** Paths are shown relative to this folder when inside it. Default: process.cwd(). */
  cwd?: string;
}

// ---------------------------------------------------------------------------
// One file

/** How often a file that changes while it is read is read again before it is skipped. */
const READ_ATTEMPTS = 4;

async function readUpTo(handle: FileHandle, size: number): Promise<Uint8Array> {
  const buffer = new Uint8Array(size);
  let filled = 0;
  while (filled < size) {
    const { bytesRead } = await handle.read(buffer, filled, size - filled, filled);
    if (bytesRead === 0) break; // truncated while we read
    filled += bytesRead;
  }
  return buffer.subarray(0, filled);
}

/**
 * Reads one version of a file: through a single handle (a file replaced by a rename is
 * read whole, old or new), and again when its size or modification time changed during
 * the read (appended to, or rewritten in place). A file that keeps changing is reported.
 */
async function readStable(
  abs: string,
  maxBytes: number,
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; reason: string }> {
  for (let attempt = 1; ; attempt++) {
    let handle: FileHandle;
    try {
      // O_NONBLOCK: something swapped for a named pipe since the walk must not block the build.
      handle = await open(abs, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
    } catch (err) {
      return { ok: false, reason: `cannot read: ${errorReason(err)}` };
    }
    try {
      const before = await handle.stat({ bigint: true });
      if (!before.isFile()) return { ok: false, reason: 'not a regular file' };
      const size = Number(before.size);
      if (size > maxBytes) {
        const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
        return { ok: false, reason: `file too large: ${mb(size)} (the limit is ${mb(maxBytes)})` };
      }
      const bytes = await readUpTo(handle, size);
      const after = await handle.stat({ bigint: true });
      if (bytes.length === size && after.size === before.size && after.mtimeNs === before.mtimeNs)
        return { ok: true, bytes };
    } catch (err) {
      return { ok: false, reason: `cannot read: ${errorReason(err)}` };
    } finally {
      await handle.close();
    }
    if (attempt >= READ_ATTEMPTS)
      return {
        ok: false,
        reason: `file changed while it was being read (${READ_ATTEMPTS} attempts)`,
      };
    await new Promise((done) => setTimeout(done, 25 * attempt));
  }
}

interface Page {
  body: string;
  title?: string | undefined;
  url?: string | undefined;
  date: string | null;
}

/** The text and metadata of an HTML page, a Markdown file with front matter, or plain text. */
function readPage(text: string, format: RawDocument['format']): Page {
  if (format === 'html') {
    const html = htmlToText(text);
    return { body: html.text, title: html.title, url: html.url, date: html.date };
  }
  if (format === 'md') {
    const front = frontMatter(text);
    return {
      body: front.text,
      title: front.meta.title || undefined,
      url: front.meta.url || undefined,
      date: normalizeDate(front.meta.date),
    };
  }
  return { body: text, date: null };
}

async function loadFound(found: FoundFile, maxBytes: number): Promise<LoadResult> {
  const { abs, display } = found;
  const fail = (reason: string): LoadResult => ({
    documents: [],
    problems: [{ file: display, reason }],
  });
  const read = await readStable(abs, maxBytes);
  if (!read.ok) return fail(read.reason);
  const decoded = decodeBytes(read.bytes);
  if (!decoded.ok) return fail(decoded.reason);
  const text = decoded.text.replace(/\r\n?/g, '\n');
  if (!text.trim()) return fail('empty file (only whitespace)');

  const format = FORMATS[extname(abs).toLowerCase()] ?? 'txt';
  const base = baseName(abs);
  if (format === 'csv') return parseCorpus(text, display, base);

  const page = readPage(text, format);
  const title = page.title;
  const leading = extractLeadingDate(page.body);
  const body = leading.text;
  const date = page.date ?? leading.date ?? dateFromFirstLines(body);
  if (!body.trim()) return fail('no text');
  // A run of dots or commas is not a document: say so rather than publish an empty one.
  if (!hasWords(body)) return fail('no text: no letters or digits');
  // Without a title in the source, the clean stage finds the headline or first sentence.
  const doc: RawDocument = { id: slugify(base), file: display, format, date, text: body };
  if (title) doc.title = title;
  if (page.url) doc.url = page.url;
  return { documents: [doc], problems: [] };
}

/** Loads one file (a CSV corpus may give many documents). Ids are not made unique here. */
export async function loadFile(path: string, options: LoadOptions = {}): Promise<LoadResult> {
  const cwd = options.cwd ?? process.cwd();
  const abs = resolve(cwd, path);
  const { documents, problems } = await loadFound(
    { abs, display: displayPath(abs, cwd) },
    options.maxBytes ?? DEFAULT_MAX_BYTES,
  );
  return { documents, problems };
}

/** Gives every document a unique id, in the order given: later duplicates get -2, -3... */
export function uniqueIds(ids: readonly string[]): string[] {
  const natural = new Set(ids);
  const used = new Set<string>();
  return ids.map((id) => {
    let out = id;
    if (used.has(out)) {
      let n = 2;
      while (used.has(`${id}-${n}`) || natural.has(`${id}-${n}`)) n++;
      out = `${id}-${n}`;
    }
    used.add(out);
    return out;
  });
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The same file reached twice (given twice, or through a symlink) is read once. */
async function uniqueFiles(files: readonly FoundFile[]): Promise<FoundFile[]> {
  const byRealPath = new Map<string, FoundFile>();
  for (const file of files) {
    let real = file.abs;
    try {
      real = await realpath(file.abs);
    } catch {
      // keep the path as found
    }
    const previous = byRealPath.get(real);
    if (!previous || compareStrings(file.abs, previous.abs) < 0) byRealPath.set(real, file);
  }
  return [...byRealPath.values()].sort((a, b) => compareStrings(a.abs, b.abs));
}

/** Problems sorted by file and reason, each once. */
function sortedProblems(problems: readonly Problem[]): Problem[] {
  const sorted = [...problems].sort(
    (a, b) => compareStrings(a.file, b.file) || compareStrings(a.reason, b.reason),
  );
  const seen = new Set<string>();
  return sorted.filter((problem) => {
    const key = `${problem.file}\u0000${problem.reason}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Loads files and folders (walked recursively). Documents come sorted by absolute path
 * (then CSV row), with ids unique in that order; problems are sorted by file.
 */
export async function loadInputs(
  inputs: readonly string[],
  options: LoadOptions = {},
): Promise<LoadResult> {
  const cwd = options.cwd ?? process.cwd();
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const files: FoundFile[] = [];
  const problems: Problem[] = [];
  const visited = new Set<string>();
  const absInputs = [...new Set(inputs.map((input) => resolve(cwd, input)))].sort(compareStrings);
  for (const abs of absInputs) await walk(abs, cwd, true, files, problems, visited);

  const documents: RawDocument[] = [];
  for (const file of await uniqueFiles(files)) {
    const loaded = await loadFound(file, maxBytes);
    documents.push(...loaded.documents);
    problems.push(...loaded.problems);
  }
  const ids = uniqueIds(documents.map((doc) => doc.id));
  documents.forEach((doc, i) => (doc.id = ids[i] as string));
  return { documents, problems: sortedProblems(problems) };
}
