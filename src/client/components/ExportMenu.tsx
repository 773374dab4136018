/**
 * "Export": a popover with the image options and one button per format. The export
 * code is imported on first use. The result (file name, size, or why the image was
 * capped) is announced in the popover.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { ImageOptions } from '../export/runExport';

type Job = 'png' | 'svg' | 'json' | 'nodes' | 'relations';

export function ExportMenu() {
  const [open, setOpen] = useState(false);
  const [opts, setOpts] = useState<ImageOptions>({ scope: 'view', scale: 1, background: 'white' });
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const id = useId();

  useEffect(() => {
    if (!open) return;
    panel.current?.querySelector<HTMLElement>('input:checked, button')?.focus();
    const onDown = (e: MouseEvent) => {
      const t = e.target as Node;
      if (!panel.current?.contains(t) && !button.current?.contains(t)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  const run = async (job: Job) => {
    setBusy(true);
    setMessage(null);
    try {
      const m = await import('../export/runExport');
      const text =
        job === 'png'
          ? await m.exportPng(opts)
          : job === 'svg'
            ? m.exportSvg(opts)
            : job === 'json'
              ? m.exportJson()
              : m.exportCsv(job);
      setMessage({ text, error: false });
    } catch (err) {
      setMessage({
        text: `Export failed: ${err instanceof Error ? err.message : String(err)}`,
        error: true,
      });
    } finally {
      setBusy(false);
    }
  };

  const radio = <K extends keyof ImageOptions>(key: K, value: ImageOptions[K], label: string) => (
    <label className="radio">
      <input
        type="radio"
        name={`${id}-${key}`}
        checked={opts[key] === value}
        onChange={() => setOpts((o) => ({ ...o, [key]: value }))}
      />
      {label}
    </label>
  );

  return (
    <div className="export">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen(!open)}
      >
        Export
      </button>
      <div
        ref={panel}
        id={`${id}-panel`}
        className="popover"
        role="dialog"
        aria-labelledby={`${id}-title`}
        hidden={!open}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            setOpen(false);
            button.current?.focus();
          }
        }}
      >
        <h2 id={`${id}-title`}>Download what is shown</h2>
        <fieldset>
          <legend>Image area</legend>
          {radio('scope', 'view', 'Current view')}
          {radio('scope', 'full', 'Full graph')}
        </fieldset>
        <fieldset>
          <legend>PNG scale</legend>
          {radio('scale', 1, '1×')}
          {radio('scale', 2, '2×')}
          {radio('scale', 4, '4×')}
        </fieldset>
        <fieldset>
          <legend>Background</legend>
          {radio('background', 'white', 'White')}
          {radio('background', 'transparent', 'Transparent')}
        </fieldset>
        <div className="export-buttons">
          <button type="button" disabled={busy} onClick={() => void run('png')}>
            PNG image
          </button>
          <button type="button" disabled={busy} onClick={() => void run('svg')}>
            SVG image
          </button>
          <button type="button" disabled={busy} onClick={() => void run('json')}>
            JSON data
          </button>
          <button type="button" disabled={busy} onClick={() => void run('nodes')}>
            CSV nodes
          </button>
          <button type="button" disabled={busy} onClick={() => void run('relations')}>
            CSV relations
          </button>
        </div>
        <p
          className={message?.error ? 'field-error' : 'muted small'}
          role={message?.error ? 'alert' : undefined}
          aria-live="polite"
        >
          {busy ? 'Preparing…' : (message?.text ?? '')}
        </p>
      </div>
    </div>
  );
}
