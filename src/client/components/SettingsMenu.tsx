/**
 * "Settings": choices that are about the machine rather than the data (the renderer).
 * They sit behind one button so the header keeps its room for the dataset and search.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { RendererToggle } from './RendererToggle';

export function SettingsMenu() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const id = useId();

  useEffect(() => {
    if (!open) return;
    panel.current?.querySelector<HTMLElement>('select')?.focus();
    const onDown = (e: MouseEvent) => {
      const target = e.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('mousedown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <div className="settings">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen(!open)}
      >
        Settings
      </button>
      <div
        ref={panel}
        id={`${id}-panel`}
        className="popover"
        role="dialog"
        aria-label="Settings"
        hidden={!open}
      >
        <RendererToggle />
      </div>
    </div>
  );
}
