/** Medians and percentiles of the runs' figures. */
import type { Cpu } from './types.js';

export function median(xs: readonly number[]): number {
  return quantile(xs, 0.5);
}

/** Linear interpolation between closest ranks (the usual "p95"). */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo);
}

export function medCpu(xs: (Cpu | null)[]): Cpu | null {
  if (xs.some((x) => x === null)) return null;
  const ok = xs as Cpu[];
  return { renderer: median(ok.map((x) => x.renderer)), gpu: median(ok.map((x) => x.gpu)) };
}
