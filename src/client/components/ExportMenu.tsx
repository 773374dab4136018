/**
 * "Export": a popover with the image options and one button per format. Its panel
 * (ExportPanel.tsx) is loaded the first time it opens and then stays, so the options
 * chosen are kept; nothing of it is needed for the first frame.
 */
import { lazy, Suspense } from 'react';
import { Popover } from './Popover';
import { useOpenedOnce } from './useOpenedOnce';

const ExportPanel = lazy(() => import('./ExportPanel').then((m) => ({ default: m.ExportPanel })));

/** The panel, mounted from the first opening on. */
function LazyPanel({ open }: { open: boolean }) {
  if (!useOpenedOnce(open)) return null;
  return (
    <Suspense fallback={<p className="muted small">Loading…</p>}>
      <ExportPanel />
    </Suspense>
  );
}

export function ExportMenu() {
  return (
    <Popover
      className="export"
      face="Export"
      heading="Download what is shown"
      firstFocus="input:checked, button"
    >
      {(open) => <LazyPanel open={open} />}
    </Popover>
  );
}
