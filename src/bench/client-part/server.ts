/**
 * Browser and server: builds the production client with Vite, serves it with
 * `vite preview` on a free port, and finds the Chromium to launch.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
// Playwright and Vite are loaded when the part runs, so `npm run bench -- --parts build`
// does not pay for them.
import type { PreviewServer } from 'vite';

const ROOT = path.resolve(import.meta.dirname, '../../..');

export async function chromiumPath(): Promise<string | undefined> {
  if (process.env.PW_CHROMIUM) return process.env.PW_CHROMIUM;
  const { chromium } = await import('@playwright/test');
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // no bundled browser registered
  }
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

export const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function buildClient(outDir: string, log: (s: string) => void): Promise<void> {
  log(`vite build -> ${outDir}`);
  const { build } = await import('vite');
  await build({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}

export async function serve(outDir: string): Promise<{ server: PreviewServer; base: string }> {
  const { preview } = await import('vite');
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, strictPort: false, open: false },
  });
  const base = server.resolvedUrls?.local[0];
  if (!base) throw new Error('vite preview did not report a URL');
  return { server, base };
}
