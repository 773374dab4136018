/**
 * The corrections made in this browser to this graph, in the order they were made, each
 * with Undo; a correction whose node or relation a rebuild removed is marked stale.
 * Loaded the first time the Corrections menu opens (CorrectionsMenu.tsx).
 */
import { useMemo } from 'react';
import { correctionEntries } from '../logic/correctionList';
import { atlasStore, useAtlas } from '../store';

export function CorrectionList() {
  const original = useAtlas((s) => s.originalGraph);
  const corrections = useAtlas((s) => s.corrections);
  const undo = useAtlas((s) => s.undoCorrection);
  const entries = useMemo(
    () => (original ? correctionEntries(original, corrections) : []),
    [original, corrections],
  );
  if (entries.length === 0)
    return (
      <p className="muted">
        No corrections yet. Select a node or a relation and correct it in Details.
      </p>
    );
  return (
    <ol className="corrections-list">
      {entries.map((entry, i) => (
        <li key={i} className={entry.stale ? 'is-stale' : undefined}>
          <span>
            {entry.text}
            {entry.stale && <span className="muted small"> (stale: not in this graph)</span>}
          </span>
          <button
            type="button"
            aria-label={`Undo: ${entry.text}`}
            onClick={() => {
              undo(i);
              atlasStore.getState().announce(`Undone: ${entry.text}`);
            }}
          >
            Undo
          </button>
        </li>
      ))}
    </ol>
  );
}
