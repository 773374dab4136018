/**
 * Filter-change timing: 20 changes made through the real controls, each timed in the page
 * from the DOM event to the next painted frame (see ../client.ts for why that is the end).
 */
import type { Page } from '@playwright/test';

interface Change {
  kind: 'select' | 'check' | 'input';
  /** Accessible name for locating the control. */
  control: string;
  /** Select: option text; input: value; check: ignored (toggles). */
  value?: string;
}

/**
 * The 20 changes: toggles that add and remove small and large parts of the graph, in an
 * order where each one changes what is shown.
 */
const CHANGES: Change[] = [
  { kind: 'select', control: 'Region', value: 'Africa' },
  { kind: 'select', control: 'Region', value: 'All regions' },
  { kind: 'check', control: 'Partnership' },
  { kind: 'check', control: 'Partnership' },
  { kind: 'check', control: 'Supply' },
  { kind: 'select', control: 'Region', value: 'Europe' },
  { kind: 'check', control: 'Supply' },
  { kind: 'select', control: 'Region', value: 'All regions' },
  { kind: 'check', control: 'Person' },
  { kind: 'check', control: 'Person' },
  { kind: 'input', control: 'From year', value: '2015' },
  { kind: 'input', control: 'From year', value: '' },
  { kind: 'input', control: 'To year', value: '2018' },
  { kind: 'input', control: 'To year', value: '' },
  { kind: 'check', control: 'Include undated' },
  { kind: 'check', control: 'Include undated' },
  { kind: 'select', control: 'Region', value: 'Asia' },
  { kind: 'select', control: 'Region', value: 'All regions' },
  { kind: 'check', control: 'Company' },
  { kind: 'check', control: 'Company' },
];

async function controlHandle(page: Page, c: Change) {
  const loc =
    c.kind === 'check'
      ? c.control === 'Include undated'
        ? page.getByRole('switch', { name: c.control })
        : page.getByRole('checkbox', { name: c.control, exact: true })
      : page.getByLabel(c.control, { exact: true });
  // Generous: while a graph fills in with software WebGL, one step can hold the page for
  // seconds, and the handle is only taken there; the change itself is timed in the page.
  return loc.elementHandle({ timeout: 60_000 });
}

/**
 * Times `count` changes of the list, from its `from`-th, with `idleMs` of idle time before
 * each (0: one after the other, as while the graph is still being drawn in parts).
 */
export async function measureFilterChanges(
  page: Page,
  count: number,
  { from = 0, idleMs = 250 }: { from?: number; idleMs?: number } = {},
) {
  const changes = Array.from({ length: count }, (_, i) => CHANGES[(from + i) % CHANGES.length]!);
  const handles = [];
  for (const c of changes) handles.push(await controlHandle(page, c));
  return page.evaluate(
    async ({ changes, handles, idleMs }) => {
      const nextPaint = () =>
        new Promise<void>((resolve) =>
          requestAnimationFrame(() => {
            const ch = new MessageChannel();
            ch.port1.onmessage = () => resolve();
            ch.port2.postMessage(null);
          }),
        );
      const idle = (ms: number) => new Promise((r) => setTimeout(r, ms));
      const setValue = (el: HTMLInputElement | HTMLSelectElement, v: string) => {
        // The prototype's setter: React tracks values set through the element itself.
        const proto = el instanceof HTMLSelectElement ? HTMLSelectElement : HTMLInputElement;
        Object.getOwnPropertyDescriptor(proto.prototype, 'value')!.set!.call(el, v);
      };
      const total: number[] = [];
      const sync: number[] = [];
      for (let i = 0; i < changes.length; i++) {
        const c = changes[i]!;
        const el = handles[i] as unknown as HTMLInputElement | HTMLSelectElement;
        if (idleMs > 0) await idle(idleMs);
        await nextPaint();
        let apply: () => void;
        if (c.kind === 'check') apply = () => (el as HTMLInputElement).click();
        else if (c.kind === 'select') {
          const sel = el as HTMLSelectElement;
          const opt = [...sel.options].find((o) => o.text.trim() === c.value);
          if (!opt) throw new Error(`no option ${c.value} in ${c.control}`);
          apply = () => {
            setValue(sel, opt.value);
            sel.dispatchEvent(new Event('change', { bubbles: true }));
          };
        } else
          apply = () => {
            setValue(el, c.value ?? '');
            el.dispatchEvent(new Event('input', { bubbles: true }));
          };
        const t0 = performance.now();
        apply();
        const t1 = performance.now();
        await nextPaint();
        const t2 = performance.now();
        sync.push(t1 - t0);
        total.push(t2 - t0);
      }
      return { total, sync };
    },
    { changes, handles, idleMs },
  );
}
