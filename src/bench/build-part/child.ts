/**
 * Entry point of the child processes that runner.ts starts: `--child-build <dir>` or
 * `--child-layout <graph>`; prints the figures as JSON on its last line.
 */
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureBuild, measureLayout } from './measure.js';

const here = fileURLToPath(import.meta.url);

async function childMain(argv: string[]): Promise<void> {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const label = arg('--label') ?? '';
  let out: unknown;
  const buildDir = arg('--child-build');
  const layoutFile = arg('--child-layout');
  if (buildDir) {
    const workers = arg('--workers');
    out = await measureBuild(
      buildDir,
      arg('--graph') ?? path.join(tmpdir(), 'atlas-bench-graph.json'),
      label,
      arg('--truth'),
      workers === undefined ? undefined : Number(workers),
      arg('--cache'),
    );
  } else if (layoutFile) out = await measureLayout(layoutFile, label);
  process.stdout.write(`\n${JSON.stringify(out)}\n`);
}

if (process.argv[1] === here && process.argv.some((a) => a.startsWith('--child-')))
  childMain(process.argv.slice(2)).catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  });
