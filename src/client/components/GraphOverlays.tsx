/** Messages over the graph: nothing matches, summary mode, a path outside the filters. */
import { isAnyFilterActive } from '../logic/filter';
import { useAtlas, useDerived } from '../store';

export function GraphOverlays() {
  const view = useDerived();
  const filters = useAtlas((s) => s.filters);
  const reset = useAtlas((s) => s.resetFilters);
  const setShowAll = useAtlas((s) => s.setShowAll);
  const total = useAtlas((s) => s.graph?.nodes.length ?? 0);

  if (view.visible.nodes.size === 0) {
    return (
      <div className="overlay empty-state" data-testid="empty-state">
        <h2>Nothing matches these filters</h2>
        <p>
          {total === 0
            ? 'This graph has no nodes.'
            : 'No company, person or place passes all the filters together.'}
        </p>
        {isAnyFilterActive(filters) && (
          <button type="button" className="primary" onClick={reset}>
            Reset filters
          </button>
        )}
      </div>
    );
  }
  return (
    <div className="overlay-stack">
      {view.summary && (
        <div className="banner">
          <p>
            Large graph: showing the {view.summary.shown.toLocaleString('en')} best-connected of{' '}
            {view.summary.total.toLocaleString('en')} nodes. Narrow the filters, or select a node
            and expand it.
          </p>
          <button type="button" onClick={() => setShowAll(true)}>
            Show all
          </button>
        </div>
      )}
      {view.pathOutsideFilters && (
        <div className="banner">
          <p>The path goes through relations that the filters hide; they are shown anyway.</p>
        </div>
      )}
    </div>
  );
}
