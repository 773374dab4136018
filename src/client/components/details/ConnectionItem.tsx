/** One connection: the other party (a link that selects it), years, places, evidence. */
import { useState } from 'react';
import { useGraphCommands } from '../../cy/GraphContext';
import type { Connection } from '../../logic/connections';
import { formatYears } from '../../logic/format';
import { useAtlas } from '../../store';
import { selectEdge, selectNode } from './actions';
import { EvidenceList } from './EvidenceList';

export function ConnectionItem({
  connection,
  hidden,
}: {
  connection: Connection;
  hidden: boolean;
}) {
  const index = useAtlas((s) => s.index)!;
  const graph = useGraphCommands();
  const { edge, other } = connection;
  const [open, setOpen] = useState(true);
  const label = (x: string) => index.nodeById.get(x)?.label ?? x;
  const places = edge.regions.map(label);
  return (
    <li className={`connection${hidden ? ' is-hidden' : ''}`}>
      <div className="connection-head">
        <button type="button" className="link party" onClick={() => selectNode(other, graph)}>
          {label(other)}
        </button>
        {edge.role && <span className="muted"> · {edge.role}</span>}
        {hidden && <span className="badge">hidden</span>}
      </div>
      <p className="connection-meta small">
        <span>{formatYears(edge.years)}</span>
        {edge.yearSource === 'document' && edge.years.length > 0 && (
          <span className="muted"> (publication date)</span>
        )}
        {places.length > 0 && <span> · {places.join(', ')}</span>}
        {' · '}
        <button
          type="button"
          className="link"
          aria-label={`Relation details: ${label(other)}`}
          onClick={() => selectEdge(edge.id)}
        >
          Relation details
        </button>
      </p>
      <button
        type="button"
        className="link small"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {open ? 'Hide' : 'Show'} evidence ({edge.evidence.length})
      </button>
      {open && <EvidenceList evidence={edge.evidence} />}
    </li>
  );
}
