/**
 * Test helpers for the build step's command line: run `src/extract/cli.ts` as a child
 * process, exactly as `npm run graph` does, and inspect what it left on disk.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Graph } from '../../schema/graph.js';

export const REPO = resolve(import.meta.dirname, '../../..');
const CLI = join(REPO, 'src/extract/cli.ts');
/** tsx's loader by absolute URL, so the CLI can run with any working directory. */
const TSX = pathToFileURL(join(REPO, 'node_modules/tsx/dist/loader.mjs')).href;

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Wall-clock time of the run, for reports only: tests never assert on it. */
  ms: number;
}

/** Runs the CLI with `args` in `cwd`; resolves when it exits. */
export function runCli(args: readonly string[], cwd: string): Promise<CliRun> {
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', TSX, CLI, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr, ms: performance.now() - started }));
  });
}

/** The `skipped <file>: <reason>` lines of a run's stderr, as file -> reason. */
export function skipped(stderr: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of stderr.split('\n')) {
    const m = /^skipped (.+?): (.+)$/.exec(line);
    if (m) out.set(m[1] as string, m[2] as string);
  }
  return out;
}

export interface Summary {
  read: number;
  /** Documents analysed in this run and taken from the cache (absent with --no-cache). */
  analysed: number | null;
  cached: number | null;
  skipped: number;
  nodes: number;
  edges: number;
  out: string;
}

/** Parses the one-line summary on stdout, or returns null when there is none. */
export function summary(stdout: string): Summary | null {
  const m =
    /^(\d+) documents read(?: \((\d+) analysed, (\d+) from the cache\))?, (\d+) skipped, (\d+) nodes, (\d+) edges -> (.+) \([\d.]+ s\)$/m.exec(
      stdout,
    );
  if (!m) return null;
  return {
    read: Number(m[1]),
    analysed: m[2] === undefined ? null : Number(m[2]),
    cached: m[3] === undefined ? null : Number(m[3]),
    skipped: Number(m[4]),
    nodes: Number(m[5]),
    edges: Number(m[6]),
    out: m[7] as string,
  };
}

export function readGraph(file: string): Graph {
  return JSON.parse(readFileSync(file, 'utf8')) as Graph;
}

/** Every file and folder under `root`, relative, sorted; folders end with '/'. */
export function listTree(root: string): string[] {
  if (!existsSync(root)) return [];
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const e of readdirSync(join(root, rel), { withFileTypes: true })) {
      const p = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        out.push(`${p}/`);
        walk(p);
      } else out.push(p);
    }
  };
  walk('');
  return out.sort();
}

/** Path -> sha256 of every file under `root`, to compare a folder before and after. */
export function hashTree(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of listTree(root))
    if (!p.endsWith('/'))
      out[p] = createHash('sha256')
        .update(readFileSync(join(root, p)))
        .digest('hex');
  return out;
}

/** Leftovers of an interrupted write: `graph.json.tmp-123`, `graph-texts.old-123`... */
export const isTemporary = (p: string): boolean => /\.(?:tmp|old)-\d+/.test(p);
