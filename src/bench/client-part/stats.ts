/** Medians and percentiles of the runs' figures. */
import type { Cpu } from './types.js';

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** Linear interpolation between closest ranks (the usual "p95"). */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo);
}

export function medianCpu(values: (Cpu | null)[]): Cpu | null {
  if (values.some((x) => x === null)) return null;
  const ok = values as Cpu[];
  return { renderer: median(ok.map((x) => x.renderer)), gpu: median(ok.map((x) => x.gpu)) };
}
