/** How the client report writes sizes, times and counts. */
export const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
export const ms = (n: number | undefined) =>
  n === undefined || Number.isNaN(n) ? '–' : `${Math.round(n)} ms`;
export const num = (n: number) => n.toLocaleString('en');
