/** Details of one relation: who, what, when, where, how sure, and its evidence. */
import type { RefObject } from 'react';
import { useGraphCommands } from '../../cy/GraphContext';
import { describeRelation } from '../../logic/connections';
import { formatYears, relationLabel } from '../../logic/format';
import { useAtlas, useDerived } from '../../store';
import { EdgeSwatch } from '../Swatches';
import { selectNode } from './actions';
import { EdgeCorrections } from './EdgeCorrections';
import { EvidenceList } from './EvidenceList';

export function EdgeDetails({
  id,
  headingRef,
}: {
  id: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const index = useAtlas((s) => s.index)!;
  const view = useDerived();
  const graph = useGraphCommands();
  const edge = index.edgeById.get(id)!;
  const label = (x: string) => index.nodeById.get(x)?.label ?? x;
  const description = describeRelation(edge.type, label(edge.source), label(edge.target));
  return (
    <article className="details-body">
      <h2 ref={headingRef} tabIndex={-1}>
        {description}
      </h2>
      <p className="node-type">
        <EdgeSwatch type={edge.type} /> {relationLabel(edge.type)}
      </p>
      {!view.visible.edges.has(id) && (
        <p className="hint">Hidden in the graph by the current filters.</p>
      )}
      <dl className="facts">
        <dt>From</dt>
        <dd>
          <button type="button" className="link" onClick={() => selectNode(edge.source, graph)}>
            {label(edge.source)}
          </button>
        </dd>
        <dt>To</dt>
        <dd>
          <button type="button" className="link" onClick={() => selectNode(edge.target, graph)}>
            {label(edge.target)}
          </button>
        </dd>
        <dt>Years</dt>
        <dd>
          {formatYears(edge.years)}
          {edge.yearSource === 'document' && edge.years.length > 0
            ? ' (from the publication date)'
            : ''}
        </dd>
        <dt>Places</dt>
        <dd>
          {edge.regions.length === 0
            ? 'none stated'
            : edge.regions.map((r, i) => (
                <span key={r}>
                  {i > 0 && ', '}
                  <button type="button" className="link" onClick={() => selectNode(r, graph)}>
                    {label(r)}
                  </button>
                </span>
              ))}
        </dd>
        {edge.role && (
          <>
            <dt>Role</dt>
            <dd>{edge.role}</dd>
          </>
        )}
        {edge.cue && (
          <>
            <dt>Cue</dt>
            <dd>“{edge.cue}”</dd>
          </>
        )}
        <dt>Confidence</dt>
        <dd>{Math.round(edge.confidence * 100)}%</dd>
      </dl>
      <EdgeCorrections edge={edge} description={description} />
      <h3>
        Evidence <span className="muted">({edge.evidence.length})</span>
      </h3>
      <EvidenceList evidence={edge.evidence} />
    </article>
  );
}
