/** Small inline pictures of a node type or relation type, drawn like the graph and the SVG export. */
import type { EdgeType, NodeType } from '../../schema/graph';
import { DASH, EDGE_STYLE, NODE_STYLE } from '../logic/style';

function points(shape: string): { kind: 'ellipse' | 'rect' | 'polygon'; pts?: string } {
  if (shape === 'ellipse') return { kind: 'ellipse' };
  if (shape === 'round-rectangle') return { kind: 'rect' };
  if (shape === 'diamond') return { kind: 'polygon', pts: '7,1 13,7 7,13 1,7' };
  return { kind: 'polygon', pts: '1,7 4,1.5 10,1.5 13,7 10,12.5 4,12.5' };
}

export function NodeSwatch({ type }: { type: NodeType }) {
  const s = NODE_STYLE[type];
  const p = points(s.shape);
  return (
    <svg
      className="swatch"
      width="14"
      height="14"
      viewBox="0 0 14 14"
      aria-hidden="true"
      focusable="false"
    >
      {p.kind === 'ellipse' && <circle cx="7" cy="7" r="6" fill={s.color} />}
      {p.kind === 'rect' && <rect x="1" y="2" width="12" height="10" rx="2.5" fill={s.color} />}
      {p.kind === 'polygon' && <polygon points={p.pts} fill={s.color} />}
    </svg>
  );
}

export function EdgeSwatch({ type }: { type: EdgeType }) {
  const s = EDGE_STYLE[type];
  const dash = DASH[s.line];
  return (
    <svg
      className="swatch edge-swatch"
      width="28"
      height="12"
      viewBox="0 0 28 12"
      aria-hidden="true"
      focusable="false"
    >
      <line
        x1="1"
        y1="6"
        x2={s.arrow ? 21 : 27}
        y2="6"
        stroke={s.color}
        strokeWidth="2.2"
        strokeDasharray={dash ?? undefined}
      />
      {s.arrow && <polygon points="27,6 20,2.5 20,9.5" fill={s.color} />}
    </svg>
  );
}
