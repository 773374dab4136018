/**
 * The "Details" region: what is selected, its connections and the evidence behind
 * them. After a selection made by keyboard elsewhere (search, links here, the reader),
 * focus moves to the new heading so the user lands on what they asked for.
 */
import { lazy, Suspense, useEffect, useRef, type RefObject } from 'react';
import type { Selected } from '../../logic/types';
import { takeDetailsFocusRequest } from '../../a11y';
import { useAtlas } from '../../store';
import { focusWhenPresent } from '../focusWhenPresent';
import { PanelToggle } from '../PanelToggle';

// The details of a node or a relation are loaded on the first selection (and fetched
// ahead once the first frame is drawn, see Workspace).
const NodeDetails = lazy(() => import('./NodeDetails').then((m) => ({ default: m.NodeDetails })));
const EdgeDetails = lazy(() => import('./EdgeDetails').then((m) => ({ default: m.EdgeDetails })));

export function DetailsPanel() {
  const selection = useAtlas((s) => s.selection);
  const index = useAtlas((s) => s.index);
  const open = useAtlas((s) => s.panels.details);
  const heading = useRef<HTMLHeadingElement>(null);

  // The request waits for the panel to open: its heading does not exist before.
  useEffect(() => {
    if (open && takeDetailsFocusRequest()) focusWhenPresent(() => heading.current);
  }, [selection, open]);

  const exists =
    selection &&
    index &&
    (selection.kind === 'node'
      ? index.nodeById.has(selection.id)
      : index.edgeById.has(selection.id));

  return (
    <section
      id="details-region"
      className={`sidebar details ${open ? 'is-open' : 'is-closed'}`}
      aria-label="Details"
      tabIndex={-1}
      data-covers-graph="phone"
    >
      <div className="sidebar-head">
        <PanelToggle panel="details" label="Details" controls="details-body" />
      </div>
      <div id="details-body" className="sidebar-body" hidden={!open}>
        {open && (
          <DetailsContent selection={selection} exists={Boolean(exists)} heading={heading} />
        )}
      </div>
    </section>
  );
}

interface ContentProps {
  selection: Selected | null;
  exists: boolean;
  heading: RefObject<HTMLHeadingElement | null>;
}

function DetailsContent({ selection, exists, heading }: ContentProps) {
  return (
    <>
      {!selection || !exists ? (
        <div className="details-empty">
          <h2 ref={heading} tabIndex={-1}>
            Details
          </h2>
          <p className="muted">
            Select a company, person or place in the graph, the list or the search box to see its
            connections and the evidence for each one.
          </p>
        </div>
      ) : (
        <Suspense fallback={<p className="muted">Loading the details…</p>}>
          {selection.kind === 'node' ? (
            <NodeDetails key={selection.id} id={selection.id} headingRef={heading} />
          ) : (
            <EdgeDetails key={selection.id} id={selection.id} headingRef={heading} />
          )}
        </Suspense>
      )}
    </>
  );
}
