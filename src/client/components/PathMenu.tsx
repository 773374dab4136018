/**
 * "Path" in the graph toolbar, next to Focus: a panel to pick two organisations; the
 * canvas then dims everything that is not on the shortest chain between them.
 */
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useAtlas } from '../store';
import { focusWhenPresent } from './focusWhenPresent';

// The Path form is loaded the first time the menu opens.
const PathPanel = lazy(() => import('./filters/PathPanel').then((m) => ({ default: m.PathPanel })));

export function PathMenu() {
  const path = useAtlas((s) => s.path);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    focusWhenPresent(() => panel.current?.querySelector<HTMLElement>('input'));
    const onKey = (e: KeyboardEvent) => {
      // A combobox's own Escape (closing its suggestions) comes first.
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  return (
    <div className="path-menu">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls="path-popover"
        aria-pressed={path !== null}
        onClick={() => setOpen(!open)}
      >
        Path
      </button>
      <div ref={panel} id="path-popover" className="popover path-popover" hidden={!open}>
        {open && (
          <Suspense fallback={null}>
            <PathPanel />
          </Suspense>
        )}
      </div>
    </div>
  );
}
