/** How the build report writes sizes, counts and shares. */
export const MB = 1e6;
export const MiB = 2 ** 20;
export const fmt = (n: number, digits = 1) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
export const int = (n: number) => Math.round(n).toLocaleString('en-US');
export const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
