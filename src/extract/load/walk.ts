/**
 * Walking the command line's files and folders: which files are documents, and how
 * their paths are shown in messages.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import type { Problem, RawDocument } from '../types.js';

/** Extensions read as documents, and how each is read. */
export const FORMATS: Record<string, RawDocument['format']> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.csv': 'csv',
};

export interface FoundFile {
  abs: string;
  display: string;
}

export function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
}

export function errorReason(err: unknown): string {
  if (err && typeof err === 'object' && 'code' in err) {
    const code = String((err as { code: unknown }).code);
    const messages: Record<string, string> = {
      EACCES: 'permission denied',
      EPERM: 'operation not permitted',
      ENOENT: 'no such file or directory',
      ELOOP: 'too many levels of symbolic links',
      EISDIR: 'is a directory',
      EMFILE: 'too many open files',
    };
    return `${code} ${messages[code] ?? (err instanceof Error ? err.message : '')}`.trim();
  }
  return err instanceof Error ? err.message : String(err);
}

export async function walk(
  abs: string,
  cwd: string,
  explicit: boolean,
  files: FoundFile[],
  problems: Problem[],
  visited: Set<string>,
): Promise<void> {
  const display = displayPath(abs, cwd);
  let info;
  try {
    info = await stat(abs);
  } catch (err) {
    problems.push({ file: display, reason: `cannot read: ${errorReason(err)}` });
    return;
  }
  if (info.isDirectory()) {
    let real = abs;
    try {
      real = await realpath(abs);
    } catch {
      // keep the given path
    }
    if (visited.has(real)) return; // symlink loop or the same folder given twice
    visited.add(real);
    let entries: string[];
    try {
      entries = await readdir(abs);
    } catch (err) {
      problems.push({ file: display, reason: `cannot read folder: ${errorReason(err)}` });
      return;
    }
    entries.sort();
    for (const name of entries) {
      if (name.startsWith('.')) continue; // .DS_Store, .git and the like
      await walk(resolve(abs, name), cwd, false, files, problems, visited);
    }
    return;
  }
  const ext = extname(abs).toLowerCase();
  if (!info.isFile()) {
    // A named pipe or device called like a document is reported, never opened: reading
    // one could block the build for ever.
    if (explicit || ext in FORMATS) problems.push({ file: display, reason: 'not a regular file' });
    return;
  }
  if (!(ext in FORMATS)) {
    problems.push({
      file: display,
      reason: `unsupported file type${ext ? ` (${ext})` : ''}: expected .txt, .md, .html, .htm or .csv`,
    });
    return;
  }
  files.push({ abs, display });
}
