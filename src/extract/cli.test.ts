/**
 * The extractor's command line as a user runs it (bad input and determinism):
 * `src/extract/cli.ts` in a child process, on folders of broken files, with an output that
 * cannot be written, and on the same documents given in different orders.
 *
 * Every test asserts what was reported (file and reason on stderr, the summary on
 * stdout), what the written graph contains, and what is left on disk.
 */
import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  hashTree,
  isTemporary,
  listTree,
  readGraph,
  REPO,
  runCli,
  skipped,
  summary,
} from './__fixtures__/run-cli.js';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'cli-test-'));
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

/** Writes files (path -> content) under `base`, creating folders. */
function write(base: string, files: Record<string, string | Uint8Array>): void {
  for (const [rel, content] of Object.entries(files)) {
    const path = join(base, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
}

const GOOD = [
  'Nordvind Energy and Fjordkraft sign wind power deal',
  '',
  'Nordvind Energy signed a long-term partnership agreement with Fjordkraft in Norway in 2021.',
  '',
  'Under the deal, Nordvind Energy will supply wind power to Fjordkraft customers in Bergen from 2026.',
  '',
].join('\n');

const INSIDE = [
  '---',
  'title: Brisa Solar and Iberdrola',
  '---',
  'Brisa Solar agreed a joint venture with Iberdrola in Portugal in 2020.',
  '',
].join('\n');

/** "Société Lumière … Crédit Océanique …" in Latin-1: not valid UTF-8. */
const LATIN1 = Buffer.from(
  'Société Lumière signed a partnership agreement with Crédit Océanique in France in 2019.\n',
  'latin1',
);

/** Deterministic bytes that start like a PNG image. */
function binaryBytes(n: number): Uint8Array {
  const out = new Uint8Array(n);
  out.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let x = 2463534242;
  for (let i = 8; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** About `bytes` of ordinary news prose: varied sentences, a few names, no markup. */
function prose(bytes: number): string {
  const firms = ['Statkraft', 'Vattenfall', 'Orsted', 'Equinor', 'Fortum', 'Enel', 'Engie'];
  const verbs = ['reported', 'expects', 'announced', 'confirmed', 'reviewed', 'published'];
  const objects = [
    'higher output from its wind farms',
    'a drop in wholesale power prices',
    'new investment in grid storage',
    'results for the third quarter',
    'plans for offshore capacity',
  ];
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const s =
      `${firms[i % firms.length] as string} ${verbs[(i * 3) % verbs.length] as string} ` +
      `${objects[(i * 7) % objects.length] as string} on day ${i % 365}, analysts said.` +
      (i % 6 === 5 ? '\n\n' : ' ');
    parts.push(s);
    size += s.length;
  }
  return parts.join('');
}

const edgeBetween = (g: ReturnType<typeof readGraph>, type: string, a: string, b: string) =>
  g.edges.find(
    (e) =>
      e.type === type && ((e.source === a && e.target === b) || (e.source === b && e.target === a)),
  );

describe('cli: bad input', () => {
  it('reports each broken file with its reason, skips it, and builds the graph from the rest', async () => {
    const mixed = join(root, 'mixed');
    write(mixed, {
      'good.txt': GOOD,
      'empty.txt': '',
      'binary.txt': binaryBytes(8192),
      'latin1.txt': LATIN1,
      'big.txt': prose(20 * 1024 * 1024),
      'dots.txt': '.'.repeat(200_000),
      'table.csv': 'name,revenue\nEnel,10\n',
      'x.txt/inside.md': INSIDE, // a folder named like a document is walked like a folder
      'notes.pdf': '%PDF-1.4',
    });
    mkdirSync(join(mixed, 'empty-folder'));
    // Read errors that hold for root too (chmod 000 does not stop root): a dangling
    // symlink (ENOENT), a symlink loop (ELOOP) and a named pipe (never opened).
    symlinkSync('nowhere.txt', join(mixed, 'dangling.txt'));
    symlinkSync('loop-b.txt', join(mixed, 'loop-a.txt'));
    symlinkSync('loop-a.txt', join(mixed, 'loop-b.txt'));
    execFileSync('mkfifo', [join(mixed, 'pipe.txt')]);

    // The 20 MB document needs far more than 12 s of analysis (about 35 s here), so the
    // per-document budget is what stops it; a machine fast enough may read it instead. The
    // budget is wide enough that the small documents finish within it on a loaded machine.
    const run = await runCli(
      ['--in', 'mixed', '--out', 'out/graph.json', '--budget', '12000'],
      root,
    );
    console.info(`bad-input build: ${(run.ms / 1000).toFixed(1)} s`);

    expect(run.code).toBe(0);
    const reasons = skipped(run.stderr);
    const bigReason = reasons.get('mixed/big.txt');
    reasons.delete('mixed/big.txt');
    expect(Object.fromEntries(reasons)).toEqual({
      'mixed/binary.txt': 'binary file',
      'mixed/dangling.txt': 'cannot read: ENOENT no such file or directory',
      'mixed/dots.txt': 'no text: no letters or digits',
      'mixed/empty.txt': 'empty file',
      'mixed/loop-a.txt': 'cannot read: ELOOP too many levels of symbolic links',
      'mixed/loop-b.txt': 'cannot read: ELOOP too many levels of symbolic links',
      'mixed/notes.pdf': 'unsupported file type (.pdf): expected .txt, .md, .html, .htm or .csv',
      'mixed/pipe.txt': 'not a regular file',
      'mixed/table.csv': 'CSV has no text column (expected a "text" header; found: name, revenue)',
    });
    const bigRead = bigReason === undefined;
    if (!bigRead) expect(bigReason).toBe('took longer than its 12000 ms budget');
    // Nothing else on stderr: no stack trace, no warning.
    expect(run.stderr.split('\n').filter((l) => l && !l.startsWith('skipped '))).toEqual([]);

    const graph = readGraph(join(root, 'out/graph.json'));
    expect(graph.documents.map((d) => [d.id, d.file, d.title])).toEqual([
      // Without a headline, a document's title is its first sentence.
      ...(bigRead ? [['big', 'mixed/big.txt', expect.stringContaining('analysts said')]] : []),
      ['good', 'mixed/good.txt', 'Nordvind Energy and Fjordkraft sign wind power deal'],
      ['inside', 'mixed/x.txt/inside.md', 'Brisa Solar and Iberdrola'],
      [
        'latin1',
        'mixed/latin1.txt',
        'Société Lumière signed a partnership agreement with Crédit Océanique in France in 2019.',
      ],
    ]);
    // Invalid UTF-8 is read as Latin-1, accents intact.
    expect(graph.documents.find((d) => d.id === 'latin1')?.text).toBe(
      'Société Lumière signed a partnership agreement with Crédit Océanique in France in 2019.',
    );
    const labels = new Map(graph.nodes.map((n) => [n.id, n.label]));
    expect(labels.get('org:nordvind-energy')).toBe('Nordvind Energy');
    expect(labels.get('org:fjordkraft')).toBe('Fjordkraft');
    expect(labels.get('org:societe-lumiere')).toBe('Société Lumière');
    expect(labels.get('org:credit-oceanique')).toBe('Crédit Océanique');
    expect(labels.get('org:brisa-solar')).toBe('Brisa Solar');
    // Nothing from the skipped files.
    if (!bigRead)
      for (const name of ['Statkraft', 'Vattenfall', 'Enel', 'Equinor'])
        expect([...labels.values()]).not.toContain(name);

    const partnership = edgeBetween(graph, 'partnership', 'org:nordvind-energy', 'org:fjordkraft');
    expect(partnership).toMatchObject({ years: [2021], regions: ['region:country:NO'] });
    const ev = partnership?.evidence[0];
    expect(ev?.text).toBe(
      'Nordvind Energy signed a long-term partnership agreement with Fjordkraft in Norway in 2021.',
    );
    const good = graph.documents.find((d) => d.id === 'good');
    expect(good?.text?.slice(ev?.start, ev?.end)).toBe(ev?.text);
    expect(edgeBetween(graph, 'joint_venture', 'org:brisa-solar', 'org:iberdrola')?.years).toEqual([
      2020,
    ]);

    expect(summary(run.stdout)).toEqual({
      read: bigRead ? 4 : 3,
      // The big file was analysed whether or not it ran past its budget.
      analysed: 4,
      cached: 0,
      skipped: bigRead ? 9 : 10,
      nodes: graph.nodes.length,
      edges: graph.edges.length,
      out: 'out/graph.json',
    });
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(listTree(join(root, 'out'))).toEqual(['graph.json']);
  }, 180_000);

  it('exits non-zero and writes nothing when a folder has no documents', async () => {
    mkdirSync(join(root, 'nothing/sub'), { recursive: true });
    const run = await runCli(['--in', 'nothing', '--out', 'out-nothing/graph.json'], root);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('error: no usable documents in nothing; nothing written\n');
    expect(run.stdout).toBe('');
    expect(listTree(join(root, 'out-nothing'))).toEqual([]);
  }, 60_000);

  it('exits non-zero when every file is broken, after reporting each one', async () => {
    write(join(root, 'all-bad'), { 'empty.md': '', 'image.html': binaryBytes(4096) });
    const run = await runCli(['--in', 'all-bad', '--out', 'out-bad/graph.json'], root);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      [
        'skipped all-bad/empty.md: empty file',
        'skipped all-bad/image.html: binary file',
        'error: no usable documents in all-bad; nothing written',
        '',
      ].join('\n'),
    );
    expect(run.stdout).toBe('');
    expect(listTree(join(root, 'out-bad'))).toEqual([]);
  }, 60_000);

  it('exits non-zero, says why and leaves nothing behind when the output cannot be written', async () => {
    write(join(root, 'unwritable'), { 'good.txt': GOOD });
    const before = listTree(join(root, 'unwritable'));
    // The output's parent folder is a file.
    const run = await runCli(
      ['--in', 'unwritable', '--out', 'unwritable/good.txt/graph.json', '--workers', '1'],
      root,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^error: cannot write unwritable\/good\.txt\/graph\.json: (EEXIST|ENOTDIR)\b.*\n$/,
    );
    expect(summary(run.stdout)).toBeNull();
    expect(listTree(join(root, 'unwritable'))).toEqual(before);
    expect(readFileSync(join(root, 'unwritable/good.txt'), 'utf8')).toBe(GOOD);
  }, 60_000);
});

describe('cli: atomic write', () => {
  it('keeps the previous graph and its texts intact when a build fails, with no temporary file left', async () => {
    write(join(root, 'atomic/a'), { 'good.txt': GOOD, 'x.txt/inside.md': INSIDE });
    write(join(root, 'atomic/b'), { 'latin1.txt': LATIN1 });
    mkdirSync(join(root, 'atomic/empty'));
    const out = join(root, 'atomic/out');

    // A good build, texts in files beside graph.json.
    const first = await runCli(
      ['--in', 'atomic/a', '--out', 'atomic/out/graph.json', '--texts', 'files', '--workers', '1'],
      root,
    );
    expect(first.code).toBe(0);
    expect(listTree(out)).toEqual([
      'graph-texts/',
      'graph-texts/good.txt',
      'graph-texts/inside.txt',
      'graph.json',
    ]);
    const graph = readGraph(join(out, 'graph.json'));
    expect(graph.texts).toBe('files');
    const before = hashTree(out);

    // 1. Nothing usable: nothing is written.
    const empty = await runCli(
      ['--in', 'atomic/empty', '--out', 'atomic/out/graph.json', '--texts', 'files'],
      root,
    );
    expect(empty.code).toBe(1);
    expect(hashTree(out)).toEqual(before);

    // 2. The graph itself cannot be written: a 250-character name is valid, but with the
    // temporary suffix (".tmp-<pid>") it is too long (ENAMETOOLONG). The texts folder
    // must not have been replaced either: it belongs to the previous graph.
    const long = `${'g'.repeat(250)}.json`;
    renameSync(join(out, 'graph.json'), join(out, long));
    const kept = hashTree(out);
    const failed = await runCli(
      ['--in', 'atomic/b', '--out', `atomic/out/${long}`, '--texts', 'files', '--workers', '1'],
      root,
    );
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(new RegExp(`^error: cannot write atomic/out/${long}: `, 'm'));
    expect(summary(failed.stdout)).toBeNull();
    expect(hashTree(out)).toEqual(kept);
    // The previous graph still matches its texts.
    for (const d of graph.documents) {
      const text = readFileSync(join(out, d.textFile ?? ''), 'utf8');
      expect(text.length).toBe(d.length);
    }

    expect(listTree(join(root, 'atomic')).filter(isTemporary)).toEqual([]);
  }, 180_000);
});

describe('cli: determinism', () => {
  const seeds = readdirSync(join(REPO, 'seeds')).sort();
  const files: Record<string, string | Uint8Array> = {
    'good.txt': GOOD,
    'x.txt/inside.md': INSIDE,
    'latin1.txt': LATIN1,
    // Two files with one name: ids must not depend on which is found first.
    'one/acme.txt': 'Acme Robotics signed a supply agreement with Globex Corporation in Chile.\n',
    'two/acme.txt': 'Acme Robotics formed a joint venture with Initech Corporation in Peru.\n',
    'corpus.csv':
      'title,date,text\n' +
      'Row one,2022-01-05,Hooli Corporation acquired Pied Piper in the United States.\n' +
      'Row two,2021-07-01,"Umbrella Corporation signed a partnership agreement\nwith Soylent Corporation in Ghana."\n',
    ...Object.fromEntries(
      seeds.map((s) => [`seeds/${s}`, readFileSync(join(REPO, 'seeds', s))] as const),
    ),
  };

  it('gives a byte-identical graph.json whatever the order of files and runs', async () => {
    // The same documents in two folders, created in opposite orders.
    const a = join(root, 'det-a');
    const b = join(root, 'det-z');
    const names = Object.keys(files);
    for (const n of names) write(join(a, 'docs'), { [n]: files[n] as string | Uint8Array });
    for (const n of [...names].reverse())
      write(join(b, 'docs'), { [n]: files[n] as string | Uint8Array });

    // Folder once; the same files as a shuffled mix of files and folders, one given twice.
    const shuffled = [
      'docs/two',
      `docs/seeds/${seeds[3] as string}`,
      'docs/latin1.txt',
      'docs/seeds',
      'docs/one/acme.txt',
      'docs/corpus.csv',
      'docs/x.txt',
      `docs/seeds/${seeds[0] as string}`,
      'docs/good.txt',
    ].flatMap((p) => ['--in', p]);
    // In parallel: three independent builds (one in this process, two on a worker).
    const runs = await Promise.all([
      runCli(['--in', 'docs', '--out', 'out/graph.json'], a),
      runCli([...shuffled, '--out', 'out/graph.json'], b),
      runCli(['--in', 'docs', '--out', 'again/graph.json', '--workers', '1'], a),
    ]);
    for (const r of runs) {
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
    }
    const bytes = [
      readFileSync(join(a, 'out/graph.json'), 'utf8'),
      readFileSync(join(b, 'out/graph.json'), 'utf8'),
      readFileSync(join(a, 'again/graph.json'), 'utf8'),
    ];
    expect(bytes[1] === bytes[0], 'shuffled inputs, other folder').toBe(true);
    expect(bytes[2] === bytes[0], 'second run, in one thread').toBe(true);

    const graph = readGraph(join(a, 'out/graph.json'));
    expect(graph.documents.map((d) => [d.id, d.file])).toEqual(
      expect.arrayContaining([
        ['acme', 'docs/one/acme.txt'],
        ['acme-2', 'docs/two/acme.txt'],
        ['corpus-r1', 'docs/corpus.csv#1'],
        ['corpus-r2', 'docs/corpus.csv#2'],
      ]),
    );
    expect(graph.documents).toHaveLength(names.length + 1);
    expect(summary(runs[0]?.stdout ?? '')).toMatchObject({
      read: names.length + 1,
      skipped: 0,
      nodes: graph.nodes.length,
      edges: graph.edges.length,
    });
  }, 180_000);
});

describe('cli: cache', () => {
  it('analyses only what changed, says so, and writes the same bytes as --no-cache', async () => {
    const base = join(root, 'cache');
    write(join(base, 'docs'), {
      'a.txt': GOOD,
      'b.txt': 'Acme Robotics signed a supply agreement with Globex Corporation in Chile.\n',
      'c.txt': 'Hooli Corporation acquired Pied Piper in the United States in 2020.\n',
    });
    const build = (out: string, ...more: string[]) =>
      runCli(['--in', 'docs', '--out', out, '--cache-dir', 'kept', ...more], base);

    const first = await build('one.json');
    const second = await build('two.json');
    expect(summary(first.stdout)).toMatchObject({ read: 3, analysed: 3, cached: 0 });
    expect(summary(second.stdout)).toMatchObject({ read: 3, analysed: 0, cached: 3 });

    write(join(base, 'docs'), {
      'b.txt': 'Acme Robotics formed a joint venture with Initech Corporation in Peru.\n',
    });
    const edited = await build('three.json');
    const fresh = await runCli(['--in', 'docs', '--out', 'fresh.json', '--no-cache'], base);
    expect(summary(edited.stdout)).toMatchObject({ read: 3, analysed: 1, cached: 2 });
    expect(summary(fresh.stdout)).toMatchObject({ read: 3, analysed: null, cached: null });
    const bytes = (file: string) => readFileSync(join(base, file), 'utf8');
    expect(bytes('two.json') === bytes('one.json')).toBe(true);
    expect(bytes('three.json') === bytes('fresh.json')).toBe(true);
    expect(readGraph(join(base, 'three.json')).nodes.map((n) => n.label)).toContain('Initech');
    expect(listTree(base)).not.toContain('.cache/');
    // The index of known organisations is kept with the documents, and read on later builds.
    const kept = listTree(join(base, 'kept')).filter((file) => file.startsWith('knowledge/'));
    expect(kept.filter((file) => file.endsWith('.json'))).toHaveLength(1);
  }, 120_000);
});

describe('cli: graph files for other tools', () => {
  it('writes GEXF and GraphML with the same nodes and relations as graph.json', async () => {
    const dir = join(root, 'formats');
    write(dir, { 'docs/good.txt': GOOD, 'docs/inside.md': INSIDE });
    const runs = await Promise.all([
      runCli(['--in', 'docs', '--out', 'out/graph.json', '--workers', '1'], dir),
      runCli(['--in', 'docs', '--format', 'gexf', '--workers', '1'], dir),
      runCli(['--in', 'docs', '--format', 'graphml', '--workers', '1'], dir),
    ]);
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    expect(runs[1]?.stdout).toContain('-> public/graph.gexf');

    const json = readGraph(join(dir, 'out/graph.json'));
    const gexf = parseGexf(Graph, readFileSync(join(dir, 'public/graph.gexf'), 'utf8'));
    const graphml = parseGraphml(Graph, readFileSync(join(dir, 'public/graph.graphml'), 'utf8'));
    for (const graph of [gexf, graphml]) {
      expect(graph.order).toBe(json.nodes.length);
      expect(graph.size).toBe(json.edges.length);
      const labels = graph.mapNodes((_, attributes) => attributes.label as string);
      expect(labels).toEqual(expect.arrayContaining(['Nordvind Energy', 'Fjordkraft']));
    }
    expect(listTree(join(dir, 'public')).filter(isTemporary)).toEqual([]);
  }, 180_000);

  it('refuses an unknown format and says which ones exist', async () => {
    const run = await runCli(['--format', 'xml'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--format must be json, gexf or graphml, not "xml"');
  });
});

describe('cli: corrections from the explorer', () => {
  const TWO = [
    'Brisa Solar agreed a joint venture with Iberdrola in Portugal in 2020.',
    'Solara Verde signed a partnership with Iberdrola in 2021.',
    '',
  ].join(' ');
  const CORRECTIONS = [
    'file,alias,canonical,name,reason,source,type,target',
    'aliases.csv,Solara Verde,Brisa Solar,,,,,',
    'aliases.csv,Fjordkraft,Fjordkraft Holding,,,,,',
    'exclusions.csv,,,Iberdrola,not an organisation,,,',
    'rejected-relations.csv,,,,,Nordvind Energy,supply,Fjordkraft Holding',
    '',
  ].join('\n');

  it('merges, renames, hides and rejects what the corrections file says', async () => {
    const dir = join(root, 'corrections');
    write(dir, { 'docs/good.txt': GOOD, 'docs/two.txt': TWO, 'fixes.csv': CORRECTIONS });
    const run = await runCli(
      ['--in', 'docs', '--out', 'out/graph.json', '--corrections', 'fixes.csv'],
      dir,
    );
    expect(run.code, run.stderr).toBe(0);
    const graph = readGraph(join(dir, 'out/graph.json'));
    const organisations = graph.nodes.filter((n) => n.type === 'company');
    expect(organisations.map((n) => n.label).sort()).toEqual([
      'Brisa Solar',
      'Fjordkraft Holding',
      'Nordvind Energy',
    ]);
    expect(organisations.find((n) => n.label === 'Brisa Solar')?.aliases).toContain('Solara Verde');
    const label = (id: string) => graph.nodes.find((n) => n.id === id)?.label;
    const relations = graph.edges
      .filter((e) => e.type !== 'active_in' && e.type !== 'located_in')
      .map((e) => `${label(e.source)} ${e.type} ${label(e.target)}`);
    expect(relations).toEqual(['Fjordkraft Holding partnership Nordvind Energy']);
  }, 180_000);

  it('stops with the file, line and reason when a correction cannot be read', async () => {
    const dir = join(root, 'corrections-bad');
    write(dir, {
      'docs/good.txt': GOOD,
      'fixes.csv': 'file,alias,canonical\nnotes.csv,A,B\n',
    });
    const run = await runCli(
      ['--in', 'docs', '--out', 'out/graph.json', '--corrections', 'fixes.csv'],
      dir,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'corrections not applied: fixes.csv: line 2: unknown file "notes.csv"',
    );
    expect(listTree(dir)).not.toContain('out/graph.json');
  });
});

describe('cli: title', () => {
  it('writes --title into the graph, and the input folder name without it', async () => {
    const base = join(root, 'titles');
    write(base, { 'nordic-energy/a.txt': GOOD });
    const named = await runCli(
      ['--in', 'nordic-energy', '--out', 'named/graph.json', '--title', 'Wind partners'],
      base,
    );
    const plain = await runCli(['--in', 'nordic-energy', '--out', 'plain/graph.json'], base);
    const file = await runCli(['--in', 'nordic-energy/a.txt', '--out', 'file/graph.json'], base);
    expect([named.code, plain.code, file.code]).toEqual([0, 0, 0]);
    expect(readGraph(join(base, 'named/graph.json')).title).toBe('Wind partners');
    expect(readGraph(join(base, 'plain/graph.json')).title).toBe('nordic-energy');
    expect(readGraph(join(base, 'file/graph.json')).title).toBe('nordic-energy');
    expect(Object.keys(readGraph(join(base, 'plain/graph.json'))).slice(0, 2)).toEqual([
      'schemaVersion',
      'title',
    ]);
  }, 180_000);
});
