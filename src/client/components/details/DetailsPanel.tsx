/**
 * The "Details" region: what is selected, its connections and the evidence behind
 * them. After a selection made by keyboard elsewhere (search, links here, the reader),
 * focus moves to the new heading so the user lands on what they asked for.
 */
import { useEffect, useRef } from 'react';
import { takeDetailsFocusRequest } from '../../a11y';
import { useAtlas } from '../../store';
import { EdgeDetails } from './EdgeDetails';
import { NodeDetails } from './NodeDetails';

export function DetailsPanel() {
  const selection = useAtlas((s) => s.selection);
  const index = useAtlas((s) => s.index);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (takeDetailsFocusRequest()) heading.current?.focus();
  }, [selection]);

  const exists =
    selection &&
    index &&
    (selection.kind === 'node'
      ? index.nodeById.has(selection.id)
      : index.edgeById.has(selection.id));

  return (
    <section id="details-region" className="sidebar details" aria-label="Details" tabIndex={-1}>
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
      ) : selection.kind === 'node' ? (
        <NodeDetails key={selection.id} id={selection.id} headingRef={heading} />
      ) : (
        <EdgeDetails key={selection.id} id={selection.id} headingRef={heading} />
      )}
    </section>
  );
}
