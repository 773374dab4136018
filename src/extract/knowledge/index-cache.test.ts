import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cachedIndex, isIndexKept, type IndexCodec } from './index-cache.js';

const codec: IndexCodec<Map<string, number>> = {
  name: 'sample',
  toJson: (index) => [...index],
  fromJson: (json) => {
    if (!Array.isArray(json)) throw new Error('not a list');
    return new Map(json as [string, number][]);
  },
};

const sample = () => new Map([['acme', 1]]);

describe('cachedIndex', () => {
  afterEach(() => vi.restoreAllMocks());

  it('builds once per version, then reads the kept copy', () => {
    const cache = { dir: mkdtempSync(path.join(tmpdir(), 'index-cache-')), version: 'v1' };
    const build = vi.fn(sample);
    expect(cachedIndex(cache, codec, build)).toEqual(sample());
    expect(cachedIndex(cache, codec, build)).toEqual(sample());
    expect(build).toHaveBeenCalledTimes(1);
    cachedIndex({ ...cache, version: 'v2' }, codec, build);
    expect(build).toHaveBeenCalledTimes(2);
    // The other version's copy is removed when a new one is kept.
    expect(readdirSync(cache.dir)).toEqual(['sample-v2.json']);
  });

  it('ignores a corrupted copy with a warning and builds again', () => {
    const cache = { dir: mkdtempSync(path.join(tmpdir(), 'index-cache-')), version: 'v1' };
    writeFileSync(path.join(cache.dir, 'sample-v1.json'), '{"torn');
    const warn = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(cachedIndex(cache, codec, sample)).toEqual(sample());
    expect(String(warn.mock.calls[0]?.[0])).toMatch(
      /ignoring the kept sample index .* building it again/,
    );
  });

  it('builds without keeping anything when no cache is given', () => {
    const build = vi.fn(sample);
    cachedIndex(undefined, codec, build);
    cachedIndex(undefined, codec, build);
    expect(build).toHaveBeenCalledTimes(2);
  });

  it('says whether a copy of this version is kept', () => {
    const cache = { dir: mkdtempSync(path.join(tmpdir(), 'index-cache-')), version: 'v1' };
    expect(isIndexKept(cache, 'sample')).toBe(false);
    cachedIndex(cache, codec, sample);
    expect(isIndexKept(cache, 'sample')).toBe(true);
    expect(isIndexKept({ ...cache, version: 'v2' }, 'sample')).toBe(false);
  });
});
