/** "Wrong relation", in Details: hides the selected relation (listed in Corrections, with Undo). */
import type { GraphEdge } from '../../../schema/graph';
import { focusDetailsNext } from '../../a11y';
import { atlasStore } from '../../store';

export function EdgeCorrections({ edge, description }: { edge: GraphEdge; description: string }) {
  return (
    <div className="row corrections-actions">
      <button
        type="button"
        onClick={() => {
          const state = atlasStore.getState();
          // The selection clears; the Details heading takes focus.
          focusDetailsNext();
          state.addCorrection({ kind: 'reject', edge: edge.id });
          state.announce(`Marked as wrong and hidden: ${description}`);
        }}
      >
        Wrong relation
      </button>
    </div>
  );
}
