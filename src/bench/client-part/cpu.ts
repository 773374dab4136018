/** CPU time of the browser's processes, read through the Chrome DevTools Protocol. */
import type { Browser } from '@playwright/test';
import type { Cpu } from './types.js';

/**
 * CPU seconds used so far by the browser's renderer processes (the page: JavaScript,
 * style, layout, canvas drawing) and its GPU process (where WebGL is drawn, here by
 * SwiftShader in software). The split says which part a real GPU would take over.
 */
export async function childCpu(browser: Browser): Promise<Cpu | null> {
  try {
    const cdp = await browser.newBrowserCDPSession();
    const info = (await cdp.send('SystemInfo.getProcessInfo')) as {
      processInfo: { type: string; cpuTime: number }[];
    };
    await cdp.detach();
    const sum = (type: string) =>
      info.processInfo.filter((p) => p.type === type).reduce((a, p) => a + p.cpuTime, 0);
    return { renderer: sum('renderer'), gpu: sum('GPU') };
  } catch {
    return null;
  }
}

export const cpuDelta = (a: Cpu | null, b: Cpu | null): Cpu | null =>
  a && b ? { renderer: b.renderer - a.renderer, gpu: b.gpu - a.gpu } : null;
