/**
 * What a part of `npm run bench` is. run.ts runs a list of parts (build, client, ...);
 * each returns a Markdown section for docs/performance.md and its budget checks, which
 * `--check` turns into the exit code. To add a part, export a BenchPart from its module
 * and add it to PARTS in run.ts.
 */
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { availableParallelism } from 'node:os';

export interface BenchContext {
  /** Corpus sizes asked for with --sizes (build part); a part may ignore them. */
  sizes: number[];
  /** --workers, when given. */
  workers?: number;
  /** --against: an earlier client build to measure beside this one (client part). */
  against?: string;
  /** Progress lines, on stderr. */
  log: (line: string) => void;
}

export interface BudgetCheck {
  /** What is budgeted, e.g. "p99 time per document at 10 000 documents". */
  name: string;
  /** The limit, e.g. "≤ 200 ms". */
  limit: string;
  /** The measured figure, formatted. */
  measured: string;
  /** null when the run did not measure it (e.g. a size was left out). */
  ok: boolean | null;
  /** What limits it, when it fails, or how it was measured. */
  note?: string;
}

export interface PartReport {
  /** Markdown for the part's section, without the section heading. */
  markdown: string;
  checks: BudgetCheck[];
}

export interface BenchPart {
  /** Used with --parts and as the section marker in docs/performance.md. */
  name: string;
  /** The section heading. */
  title: string;
  run(context: BenchContext): Promise<PartReport>;
}

/** One line describing the machine, for every section's header. */
export function machine(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  const gib = (totalmem() / 2 ** 30).toFixed(1);
  return `${availableParallelism()} cores (${cpu}), ${gib} GiB memory, ${platform()} ${release()}, Node ${process.version}`;
}

export const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(' / ');

/** Markdown table from a header row and rows. */
export function table(
  header: string[],
  rows: (string | number)[][],
  align?: ('l' | 'r')[],
): string {
  const sep = header.map((_, i) => ((align?.[i] ?? (i === 0 ? 'l' : 'r')) === 'r' ? '--:' : '---'));
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(sep), ...rows.map(line)].join('\n');
}

export function checksTable(checks: BudgetCheck[]): string {
  return table(
    ['budget', 'limit', 'measured', 'result', 'note'],
    checks.map((c) => [
      c.name,
      c.limit,
      c.measured,
      c.ok === null ? 'not measured' : c.ok ? 'holds' : '**missed**',
      c.note ?? '',
    ]),
    ['l', 'l', 'r', 'l', 'l'],
  );
}

/** Replaces (or appends) the section of one part, between its markers. */
export function replaceSection(doc: string, name: string, body: string): string {
  const begin = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const section = `${begin}\n${body.trim()}\n${end}`;
  const i = doc.indexOf(begin);
  const j = doc.indexOf(end);
  if (i >= 0 && j > i) return doc.slice(0, i) + section + doc.slice(j + end.length);
  return `${doc.trimEnd()}\n\n${section}\n`;
}
