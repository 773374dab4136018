/**
 * Bundle figures: every JavaScript chunk of the build, raw and gzip, and whether the page
 * loads it before its first frame (initial) or later (lazy).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ChunkFigures } from './types.js';

export async function bundleFigures(outDir: string, startup: ReadonlySet<string>) {
  const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
  const fromHtml = new Set<string>();
  for (const m of html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="\.?\/?([^"]+\.js)"/g))
    if (m[1]) fromHtml.add(m[1]);
  const assets = (await readdir(path.join(outDir, 'assets'))).filter((f) => f.endsWith('.js'));
  const chunks: ChunkFigures[] = [];
  for (const f of assets.sort()) {
    const rel = `assets/${f}`;
    const data = await readFile(path.join(outDir, rel));
    chunks.push({
      file: rel,
      raw: data.length,
      gzip: gzipSync(data, { level: 6 }).length,
      initial: fromHtml.has(rel) || startup.has(rel),
    });
  }
  const initial = chunks.filter((c) => c.initial);
  return {
    chunks,
    initialRaw: initial.reduce((a, c) => a + c.raw, 0),
    initialGzip: initial.reduce((a, c) => a + c.gzip, 0),
  };
}
