/**
 * `npm run eval` end to end, as a child process, on a tiny made-up graph and gold file.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Graph, GraphNode } from '../schema/graph.js';

const REPO = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(REPO, 'src/eval/cli.ts');
const TSX = pathToFileURL(path.join(REPO, 'node_modules/tsx/dist/loader.mjs')).href;

function runEval(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', TSX, CLI, ...args],
      { cwd: REPO, env: { ...process.env, NO_COLOR: '1' } },
      (err, stdout, stderr) => done({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const TEXT = 'Acme Robotics will supply motors to Globex.';
const node = (id: string, label: string, start: number): GraphNode => ({
  id,
  type: 'company',
  label,
  aliases: [],
  mentions: 1,
  years: [],
  documents: ['acme'],
  x: start,
  y: 0,
  confidence: 1,
});
const graph: Graph = {
  schemaVersion: 1,
  texts: 'inline',
  documents: [
    {
      id: 'acme',
      file: '/pages/acme.txt',
      title: 'Acme',
      language: 'en',
      date: null,
      text: TEXT,
      length: TEXT.length,
      entities: [],
    },
  ],
  nodes: [node('org:acme', 'Acme Robotics', 0), node('org:globex', 'Globex', 36)],
  edges: [
    {
      id: 'supply:acme-globex',
      source: 'org:acme',
      target: 'org:globex',
      type: 'supply',
      years: [],
      regions: [],
      confidence: 1,
      evidence: [{ document: 'acme', text: TEXT, start: 0, end: TEXT.length }],
    },
  ],
};
const goldEntries = [
  {
    doc: 'acme.txt',
    language: 'en',
    organizations: [{ name: 'Acme Robotics', aliases: ['Acme'] }, { name: 'Globex' }],
    relations: [{ a: 'Acme', b: 'Globex', type: 'supply' }],
  },
];

const dir = mkdtempSync(path.join(tmpdir(), 'eval-cli-'));
const graphFile = path.join(dir, 'graph.json');
const goldFile = path.join(dir, 'gold.json');
writeFileSync(graphFile, JSON.stringify(graph));
writeFileSync(goldFile, JSON.stringify(goldEntries));

describe.concurrent('npm run eval', () => {
  it('scores a graph, writes the JSON figures and the docs section', async () => {
    const json = path.join(dir, 'score.json');
    const doc = path.join(dir, 'quality.md');
    writeFileSync(doc, '# Quality\n\nKept as written.\n');
    const run = await runEval([
      '--graph',
      graphFile,
      '--gold',
      goldFile,
      '--json',
      json,
      '--write-doc',
      doc,
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const summary = 'orgF1=1 relF1=1 placeF1=1 peopleF1=1 yearAcc=null forbidden=0';
    expect(run.stdout.trim().split('\n').at(-1)).toBe(summary);
    expect(JSON.parse(readFileSync(json, 'utf8'))).toMatchObject({ summary, documents: 1 });
    const written = readFileSync(doc, 'utf8');
    expect(written).toMatch(
      /^# Quality\n\nKept as written\.\n\n<!-- eval:figures -->\n\n## Figures/,
    );
    expect(written).toContain('`npm run eval -- --graph');
  });

  it('explains one name', async () => {
    const run = await runEval([
      '--graph',
      graphFile,
      '--gold',
      goldFile,
      '--explain',
      'Acme Robotics Ltd',
    ]);
    expect(run.stdout).toContain(`node "Acme Robotics" (company; id org:acme)`);
    expect(run.stdout).toContain('rules: no rule trace is available');
  });

  it('builds the graph from pages with --in', async () => {
    const pages = path.join(dir, 'pages');
    mkdirSync(pages, { recursive: true });
    writeFileSync(path.join(pages, 'acme.txt'), `Acme Robotics and Globex\n\n${TEXT}\n`);
    const run = await runEval(['--in', pages, '--gold', goldFile, '--workers', '1']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('building the graph from 1 documents');
    expect(run.stdout.trim().split('\n').at(-1)).toMatch(/^orgF1=\S+ relF1=\S+ placeF1=/);
  });

  it('names the file, document and field of a bad gold entry, with exit code 1', async () => {
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify([{ ...goldEntries[0], language: 'English' }]));
    const run = await runEval(['--graph', graphFile, '--gold', bad]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /bad\.json: document 1 \(acme\.txt\): language: expected an ISO 639-1/,
    );
  });

  it('asks for --gold and for one source of the graph, with exit code 2', async () => {
    expect((await runEval(['--graph', graphFile])).stderr).toMatch(
      /--gold <gold\.json> is required/,
    );
    const both = await runEval(['--graph', graphFile, '--in', dir, '--gold', goldFile]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('give either --in <pages> or --graph <graph.json>');
  });
});
