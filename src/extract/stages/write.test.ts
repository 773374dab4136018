import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../schema/graph.js';
import { serialise, writeGraph } from './write.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'write-test-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function graphWith(ids: string[]): Graph {
  return {
    schemaVersion: 1,
    texts: 'files',
    documents: ids.map((id) => ({
      id,
      file: `${id}.txt`,
      title: id,
      language: 'en',
      date: null,
      textFile: `graph-texts/${id}.txt`,
      length: 5,
      entities: [],
    })),
    nodes: [],
    edges: [],
  };
}

/** Every file under `root`, relative, with its content. */
function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const e of readdirSync(join(root, rel), { withFileTypes: true })) {
      const p = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(p);
      else out[p] = readFileSync(join(root, p), 'utf8');
    }
  };
  walk('');
  return out;
}

describe('writeGraph', () => {
  it('writes graph.json and its texts folder, and leaves no temporary file', async () => {
    const root = join(dir, 'ok');
    const out = join(root, 'graph.json');
    await writeGraph(graphWith(['a']), out, {
      dir: 'graph-texts',
      files: new Map([['a', 'Alpha']]),
    });
    await writeGraph(graphWith(['b']), out, {
      dir: 'graph-texts',
      files: new Map([['b', 'Bravo']]),
    });
    expect(snapshot(root)).toEqual({
      'graph.json': serialise(graphWith(['b'])),
      'graph-texts/b.txt': 'Bravo',
    });
  });

  it('keeps the previous graph and texts when the new graph cannot be written', async () => {
    const root = join(dir, 'long-name');
    mkdirSync(root);
    // A name that fits, whose temporary name (".tmp-<pid>" added) is too long: ENAMETOOLONG.
    const out = join(root, `${'g'.repeat(250)}.json`);
    writeFileSync(out, serialise(graphWith(['a'])));
    mkdirSync(join(root, 'graph-texts'));
    writeFileSync(join(root, 'graph-texts', 'a.txt'), 'Alpha');
    const before = snapshot(root);
    await expect(
      writeGraph(graphWith(['b']), out, { dir: 'graph-texts', files: new Map([['b', 'Bravo']]) }),
    ).rejects.toThrow(/ENAMETOOLONG/);
    expect(snapshot(root)).toEqual(before);
    expect(before['graph-texts/a.txt']).toBe('Alpha');
  });

  it('puts the previous texts back when graph.json cannot be replaced', async () => {
    const root = join(dir, 'out-is-dir');
    mkdirSync(join(root, 'graph-texts'), { recursive: true });
    writeFileSync(join(root, 'graph-texts', 'old.txt'), 'Old text');
    // graph.json is a folder with something in it: the final rename fails.
    mkdirSync(join(root, 'graph.json'));
    writeFileSync(join(root, 'graph.json', 'keep'), 'x');
    const before = snapshot(root);
    await expect(
      writeGraph(graphWith(['b']), join(root, 'graph.json'), {
        dir: 'graph-texts',
        files: new Map([['b', 'Bravo']]),
      }),
    ).rejects.toThrow();
    expect(snapshot(root)).toEqual(before);
  });

  it('takes away a new texts folder when there was none and the graph cannot be placed', async () => {
    const root = join(dir, 'no-old-texts');
    mkdirSync(join(root, 'graph.json'), { recursive: true });
    writeFileSync(join(root, 'graph.json', 'keep'), 'x');
    await expect(
      writeGraph(graphWith(['b']), join(root, 'graph.json'), {
        dir: 'graph-texts',
        files: new Map([['b', 'Bravo']]),
      }),
    ).rejects.toThrow();
    expect(snapshot(root)).toEqual({ 'graph.json/keep': 'x' });
    expect(existsSync(join(root, 'graph-texts'))).toBe(false);
  });

  it('writes nothing when the output folder cannot be made', async () => {
    const root = join(dir, 'parent-is-file');
    mkdirSync(root);
    writeFileSync(join(root, 'file'), 'not a folder');
    await expect(writeGraph(graphWith([]), join(root, 'file', 'graph.json'))).rejects.toThrow(
      /EEXIST|ENOTDIR/,
    );
    expect(snapshot(root)).toEqual({ file: 'not a folder' });
  });
});
