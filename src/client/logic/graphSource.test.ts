import { describe, expect, it } from 'vitest';
import { resolveGraphSource, resolveTextFile } from './graphSource';

const page = 'https://atlas.example/sub/dir/?x=1';

describe('graph source', () => {
  it('defaults to graph.json beside the page', () => {
    expect(resolveGraphSource(null, page)).toEqual({
      url: 'https://atlas.example/sub/dir/graph.json',
      name: 'graph.json',
      rejected: null,
    });
  });

  it('accepts same-site relative paths', () => {
    expect(resolveGraphSource('e2e/bad.json', page)).toMatchObject({
      url: 'https://atlas.example/sub/dir/e2e/bad.json',
      name: 'bad.json',
      rejected: null,
    });
    expect(resolveGraphSource('../other.json', page).url).toBe(
      'https://atlas.example/sub/other.json',
    );
  });

  it('refuses other origins and script URLs', () => {
    for (const bad of [
      'https://evil.example/g.json',
      '//evil.example/g.json',
      'javascript:alert(1)',
      'data:application/json,{}',
      '\\\\evil.example\\g.json',
      ' HTTP://x',
    ])
      expect(resolveGraphSource(bad, page)).toMatchObject({
        url: 'https://atlas.example/sub/dir/graph.json',
        rejected: expect.any(String),
      });
  });

  it('resolves text files beside the graph only', () => {
    expect(resolveTextFile('graph-texts/d1.txt', 'https://a.example/x/graph.json')).toBe(
      'https://a.example/x/graph-texts/d1.txt',
    );
    expect(resolveTextFile('https://b.example/t.txt', 'https://a.example/x/graph.json')).toBeNull();
    expect(resolveTextFile('//b.example/t.txt', 'https://a.example/x/graph.json')).toBeNull();
  });
});
