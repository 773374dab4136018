/**
 * "Corrections": the corrections made in this browser to this graph, in the order they
 * were made, each with Undo (a correction whose node or relation a rebuild removed is
 * marked stale), and "Download corrections", the rows for data/ or `--corrections`.
 */
import { lazy, Suspense } from 'react';
import { download } from '../export/download';
import { correctionRows } from '../logic/corrections';
import { slug } from '../logic/fileName';
import { atlasStore, useAtlas } from '../store';
import { Popover } from './Popover';

// The list is not needed for the first frame: loaded when the menu first opens.
const CorrectionList = lazy(() =>
  import('./CorrectionList').then((m) => ({ default: m.CorrectionList })),
);

async function downloadCorrections(): Promise<void> {
  const { originalGraph, corrections } = atlasStore.getState();
  if (!originalGraph) return;
  // The CSV code (and papaparse) is loaded on first use, as for the exports.
  const { correctionsCsv } = await import('../logic/csv');
  const csv = correctionsCsv(correctionRows(originalGraph, corrections));
  const name = `${slug(originalGraph.title ?? 'graph') || 'graph'}-corrections.csv`;
  download(new Blob([csv], { type: 'text/csv;charset=utf-8' }), name);
  atlasStore.getState().announce(`Downloaded ${name}`);
}

export function CorrectionsMenu() {
  const count = useAtlas((s) => s.corrections.length);
  const face = (
    <>
      <span className="tool-icon" aria-hidden="true">
        ✎
      </span>
      <span className="corrections-word">Corrections</span>
      {count > 0 && (
        <span className="count-badge" aria-hidden="true">
          {count}
        </span>
      )}
    </>
  );
  return (
    <Popover
      className="settings corrections-menu"
      panelClassName="corrections-popover"
      face={face}
      label="Corrections"
      firstFocus="button"
    >
      {(open) => (
        <>
          {open && (
            <Suspense fallback={<p className="muted small">Loading…</p>}>
              <CorrectionList />
            </Suspense>
          )}
          <p className="muted small">
            Kept in this browser for this graph. Download them to apply at the next build.
          </p>
          <button type="button" disabled={count === 0} onClick={() => void downloadCorrections()}>
            Download corrections
          </button>
        </>
      )}
    </Popover>
  );
}
