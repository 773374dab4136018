/**
 * `npm run bench [-- --check] [--sizes 100,1000,10000] [--parts build] [--workers N]`
 *
 * Runs the benchmark parts (PARTS below) and writes their figures to
 * docs/performance.md, one section per part, each with the date, the machine and the
 * exact command. A part that is not run keeps its previous section. With --check the exit
 * code is 1 when a budget is missed (figures are written either way). Timings
 * do not belong in `npm test`; this is the place for them.
 *
 * Corpora and graphs are made under os.tmpdir() and removed; the only file written in
 * the repository is docs/performance.md.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildPart } from './build.js';
import { clientPart } from './client.js';
import {
  checksTable,
  load,
  machine,
  replaceSection,
  type BenchPart,
  type BudgetCheck,
} from './part.js';

/** The parts, in the order they run. */
const PARTS: BenchPart[] = [buildPart, clientPart];

const DEFAULT_SIZES = [100, 1000, 10_000];
const OUTPUT = path.resolve(import.meta.dirname, '../../docs/performance.md');

const HEADER = `# Performance

Figures measured by \`npm run bench\` (src/bench/run.ts). Each section says when, on what
machine and with which command it was measured; running a subset of the parts
(\`--parts\`) leaves the other sections as they were. \`npm run bench -- --check\` exits
non-zero when a budget is missed.
`;

const USAGE = `Usage: npm run bench -- [--check] [--sizes 100,1000,10000] [--parts ${PARTS.map((p) => p.name).join(',')}] [--workers N] [--against DIR]

  --check            exit with 1 when a budget is missed
  --sizes <list>     generated corpus sizes for the build part (default: ${DEFAULT_SIZES.join(',')})
  --parts <list>     which parts to run (default: all)
  --workers <n>      worker threads for the build (default: one per core)
  --against <dir>    an earlier client build (vite build output) to measure beside this one
  --out <file>       where to write (default: docs/performance.md)`;

interface Settings {
  check: boolean;
  sizes: number[];
  names: string[];
  workers?: number;
  against?: string;
  out?: string;
}

/** The command line, or the exit code and message when it cannot run. */
function parseSettings(argv: string[]): Settings | { code: number; message: string } {
  let values;
  try {
    values = parseArgs({
      args: argv,
      options: {
        check: { type: 'boolean', default: false },
        sizes: { type: 'string' },
        parts: { type: 'string' },
        workers: { type: 'string' },
        against: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    }).values;
  } catch (err) {
    return { code: 2, message: `${err instanceof Error ? err.message : String(err)}\n\n${USAGE}` };
  }
  if (values.help) return { code: 0, message: USAGE };
  const sizes = values.sizes ? values.sizes.split(',').map((s) => Number(s.trim())) : DEFAULT_SIZES;
  if (sizes.some((n) => !Number.isInteger(n) || n < 1))
    return { code: 2, message: '--sizes must be a comma-separated list of whole numbers' };
  const names = values.parts?.split(',').map((s) => s.trim()) ?? PARTS.map((p) => p.name);
  const unknown = names.filter((n) => !PARTS.some((p) => p.name === n));
  if (unknown.length)
    return {
      code: 2,
      message: `unknown part ${unknown.join(', ')}; parts: ${PARTS.map((p) => p.name).join(', ')}`,
    };
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 1))
    return { code: 2, message: '--workers must be a whole number of at least 1' };
  return {
    check: values.check,
    sizes,
    names,
    ...(workers !== undefined ? { workers } : {}),
    ...(values.against ? { against: values.against } : {}),
    ...(values.out ? { out: values.out } : {}),
  };
}

async function main(argv: string[]): Promise<number> {
  const settings = parseSettings(argv);
  if ('code' in settings) {
    (settings.code === 0 ? process.stdout : process.stderr).write(`${settings.message}\n`);
    return settings.code;
  }
  const { sizes, names, workers, against } = settings;
  const values = { check: settings.check, out: settings.out };
  const out = values.out ? path.resolve(values.out) : OUTPUT;
  const command = ['npm run bench', ...(argv.length ? ['--', ...argv] : [])].join(' ');
  const log = (line: string) => process.stderr.write(`${line}\n`);

  let doc = await readFile(out, 'utf8').catch(() => HEADER);
  const all: BudgetCheck[] = [];
  for (const part of PARTS.filter((p) => names.includes(p.name))) {
    log(`== ${part.title}`);
    const started = new Date();
    const loadBefore = load();
    const t0 = performance.now();
    const report = await part.run({
      sizes,
      ...(workers !== undefined ? { workers } : {}),
      ...(against !== undefined ? { against } : {}),
      log,
    });
    const minutes = ((performance.now() - t0) / 60_000).toFixed(1);
    all.push(...report.checks);
    const body = [
      `## ${part.title}`,
      '',
      `Measured ${started.toISOString().replace('T', ' ').slice(0, 16)} UTC with \`${command}\` ` +
        `on ${machine()}. Load average (1/5/15 min) ${loadBefore} before, ${load()} after; ` +
        `the part took ${minutes} min.`,
      '',
      report.markdown,
    ].join('\n');
    doc = replaceSection(doc, part.name, body);
    await writeFile(out, doc.endsWith('\n') ? doc : `${doc}\n`);
    log(`wrote ${path.relative(process.cwd(), out)}`);
  }

  process.stdout.write(`\n${checksTable(all)}\n`);
  const missed = all.filter((c) => c.ok === false);
  if (values.check && missed.length) {
    process.stderr.write(
      `\n${missed.length} budget(s) missed: ${missed.map((c) => c.name).join('; ')}\n`,
    );
    return 1;
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(
      `error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    process.exitCode = 1;
  },
);
