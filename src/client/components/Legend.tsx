/**
 * The legend: node shapes/colours and relation colours/line styles present in this graph.
 * It starts as a small key (the node swatches only) so it does not cover the graph; the
 * Fit and centre commands leave room for it whatever its size (cy/framing.ts).
 */
import { useState } from 'react';
import { EDGE_TYPES, NODE_TYPES } from '../../schema/constants';
import { isLargeGraph } from '../config';
import { SIZE_MEASURE_LABEL } from '../logic/sizeMeasures';
import { EDGE_STYLE, NODE_STYLE } from '../logic/style';
import { useAtlas } from '../store';
import { EdgeSwatch, NodeSwatch } from './Swatches';

export function Legend() {
  const index = useAtlas((s) => s.index);
  const sizeBy = useAtlas((s) => s.sizeBy);
  const [open, setOpen] = useState(false);
  if (!index) return null;
  const nodeTypes = NODE_TYPES.filter((t) => (index.nodeTypeCounts.get(t) ?? 0) > 0);
  const edgeTypes = EDGE_TYPES.filter((t) => (index.edgeTypeCounts.get(t) ?? 0) > 0);
  return (
    <div className={`legend ${open ? 'is-open' : 'is-closed'}`} data-covers-graph="always">
      <button
        type="button"
        className="legend-toggle"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        Legend
        {!open && (
          <span className="legend-key" aria-hidden="true">
            {nodeTypes.map((t) => (
              <NodeSwatch key={t} type={t} />
            ))}
          </span>
        )}
      </button>
      {open && (
        <div className="legend-body">
          <ul>
            {nodeTypes.map((t) => (
              <li key={t}>
                <NodeSwatch type={t} />
                {NODE_STYLE[t].label}
              </li>
            ))}
          </ul>
          <ul>
            {edgeTypes.map((t) => (
              <li key={t}>
                <EdgeSwatch type={t} />
                {EDGE_STYLE[t].label}
              </li>
            ))}
          </ul>
          <p className="muted small">
            {sizeBy === 'connections'
              ? 'Size: number of connections'
              : `Size: ${SIZE_MEASURE_LABEL[sizeBy]}`}
          </p>
          {isLargeGraph(index.graph) && (
            // The stylesheet draws every relation as a solid line on big graphs (stylesheet.ts).
            <p className="muted small">Large graph: relations drawn as solid lines</p>
          )}
        </div>
      )}
    </div>
  );
}
