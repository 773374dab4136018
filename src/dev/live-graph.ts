/**
 * Dev-server plugin behind `npm start` (Vite's mode LIVE_MODE): builds the graph before
 * the server opens, then
 * watches the input folders and data/ through Vite's own watcher. A change rebuilds with
 * the per-document cache and the kept layout, in a child process (a crashing build cannot
 * take the dev server down), and tells the open page over Vite's channel: the event
 * LIVE_EVENT with a LiveMessage. The build writes beside graph.json and the result
 * replaces it only when good, so a broken file leaves the last good graph served.
 *
 * Settings come from the environment (README, "Live updates"): ATLAS_IN (input folders
 * or files, separated by the platform's path delimiter; default seeds), ATLAS_DATA
 * (default data), ATLAS_GRAPH (the graph file; default public/graph.json) and
 * ATLAS_CACHE (the cache folder; the CLI's default otherwise).
 */
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { buildOutcome, createBuildQueue } from './liveBuild.js';
import { LIVE_EVENT, type LiveMessage } from './liveEvent.js';

export interface LiveGraphSettings {
  inputs: string[];
  dataDir: string;
  graphFile: string;
  cacheDir: string | undefined;
}

export function liveGraphSettings(env: NodeJS.ProcessEnv = process.env): LiveGraphSettings {
  const inputs = (env.ATLAS_IN ?? 'seeds').split(path.delimiter).filter(Boolean);
  return {
    inputs: inputs.map((input) => path.resolve(input)),
    dataDir: path.resolve(env.ATLAS_DATA ?? 'data'),
    graphFile: path.resolve(env.ATLAS_GRAPH ?? 'public/graph.json'),
    cacheDir: env.ATLAS_CACHE ? path.resolve(env.ATLAS_CACHE) : undefined,
  };
}

const CLI = path.resolve('src/extract/cli.ts');

/**
 * The extractor's arguments; a rebuild keeps the layout of the graph it replaces, while
 * the first build of a session lays out from scratch (the graph on disk may be another
 * corpus's), so `npm start` always opens on the layout `npm run graph` gives.
 */
function cliArguments(settings: LiveGraphSettings, out: string, rebuild: boolean): string[] {
  const args = ['--import', 'tsx', CLI, '--out', out, '--data', settings.dataDir];
  for (const input of settings.inputs) args.push('--in', input);
  if (settings.cacheDir) args.push('--cache-dir', settings.cacheDir);
  if (rebuild && existsSync(settings.graphFile)) args.push('--keep-layout', settings.graphFile);
  return args;
}

/** Runs the extractor once, its output shown in the terminal; the exit code and stderr. */
function runCli(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    let stderr = '';
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => process.stdout.write(`[graph] ${chunk.toString()}`));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      process.stderr.write(`[graph] ${chunk.toString()}`);
    });
    child.on('error', (err) => done({ code: null, stderr: `error: ${err.message}\n` }));
    child.on('close', (code) => done({ code, stderr }));
  });
}

/**
 * The build running now, on globalThis: Vite restarts the server (a new plugin instance)
 * when its config changes, and a build of the old instance may still be running then.
 */
const RUNNING = Symbol.for('partner-atlas.live-build');
type WithRunning = typeof globalThis & { [RUNNING]?: Promise<unknown> };

/** Runs `task` after any build already running, in this plugin instance or another. */
function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const holder = globalThis as WithRunning;
  const result = (holder[RUNNING] ?? Promise.resolve()).then(task, task);
  holder[RUNNING] = result.catch(() => undefined);
  return result;
}

/**
 * Builds into a file beside the graph and puts it in place when good. Files changed
 * since the last good build are kept across failures, so a file still broken keeps the
 * page on the last good graph.
 */
function createBuilder(settings: LiveGraphSettings) {
  const pending = new Set<string>();
  const next = settings.graphFile.replace(/(\.json)?$/, '.next.json');
  let builds = 0;
  const buildOnce = async (): Promise<LiveMessage> => {
    const { code, stderr } = await runCli(cliArguments(settings, next, builds++ > 0));
    const message = buildOutcome(code, stderr, pending, process.cwd());
    if (!message.ok) {
      rmSync(next, { force: true });
      return message;
    }
    try {
      renameSync(next, settings.graphFile);
    } catch (err) {
      return { ok: false, errors: [`the new graph could not be put in place: ${String(err)}`] };
    }
    pending.clear();
    return message;
  };
  return (changed: ReadonlySet<string>): Promise<LiveMessage> => {
    for (const file of changed) pending.add(file);
    return oneAtATime(buildOnce);
  };
}

/**
 * Serves the graph file and its texts folder, wherever they are, ahead of Vite's public/
 * files: Vite lists those once at start, and the first build may write graph.json after.
 */
function serveGraphFile(server: ViteDevServer, graphFile: string): void {
  const folder = path.dirname(graphFile);
  server.middlewares.use((request, response, next) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const name = decodeURIComponent(url.pathname);
    const file =
      name === '/graph.json'
        ? graphFile
        : name.startsWith('/graph-texts/') && !name.includes('..')
          ? path.join(folder, name)
          : null;
    if (!file || !existsSync(file) || !statSync(file).isFile()) return next();
    response.setHeader(
      'Content-Type',
      file.endsWith('.json') ? 'application/json' : 'text/plain; charset=utf-8',
    );
    response.setHeader('Cache-Control', 'no-store');
    createReadStream(file).pipe(response);
  });
}

const isUnder = (file: string, folder: string) =>
  file === folder || file.startsWith(`${folder}${path.sep}`);

/** The Vite mode `npm start` runs in; a plain `vite` serves graph.json as it is. */
export const LIVE_MODE = 'live';

export function liveGraph(settings: LiveGraphSettings = liveGraphSettings()): Plugin {
  return {
    name: 'partner-atlas:live-graph',
    apply: (_config, env) => env.command === 'serve' && env.mode === LIVE_MODE,
    async configureServer(server) {
      // Vitest runs this config too; the tests must not build or watch anything.
      if (process.env.VITEST) return;
      serveGraphFile(server, settings.graphFile);
      const build = createBuilder(settings);
      const first = await build(new Set());
      if (!first.ok) server.config.logger.error(`[graph] ${first.errors.join('\n')}`);
      const queue = createBuildQueue(async (changed) => {
        server.config.logger.info(`[graph] rebuilding after ${changed.size} change(s)`);
        server.ws.send({ type: 'custom', event: LIVE_EVENT, data: await build(changed) });
      });
      const watched = [...settings.inputs, settings.dataDir];
      server.watcher.add(watched);
      server.watcher.on('all', (event, file) => {
        if (event === 'addDir') return;
        const resolved = path.resolve(file);
        if (watched.some((folder) => isUnder(resolved, folder))) queue.request(resolved);
      });
      server.httpServer?.on('close', () => queue.close());
    },
  };
}
