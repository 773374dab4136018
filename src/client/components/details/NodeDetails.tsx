/** Details of one node: identity, years, documents, and connections grouped by relation. */
import { useMemo, useState, type RefObject } from 'react';
import type { GraphNode } from '../../../schema/graph';
import type { GraphCommands } from '../../cy/commands';
import { useGraphCommands } from '../../cy/GraphContext';
import { groupConnections, type ConnectionGroup } from '../../logic/connections';
import { formatDate, formatYears } from '../../logic/format';
import type { GraphIndex } from '../../logic/graphIndex';
import { regionChain } from '../../logic/regions';
import { NODE_STYLE } from '../../logic/style';
import { useAtlas, useDerived } from '../../store';
import { NodeSwatch } from '../Swatches';
import { openDocument, selectNode } from './actions';
import { ConnectionItem } from './ConnectionItem';
import { NodeCorrections } from './NodeCorrections';
import { wikidataHref } from './wikidata';

interface SectionProps {
  node: GraphNode;
  index: GraphIndex;
  graph: GraphCommands | null;
}

/** Other names, roles held (for a person), and the regions a region lies in. */
function NodeIdentity({ node, index, graph }: SectionProps) {
  const label = (x: string) => index.nodeById.get(x)?.label ?? x;
  const chain = node.type === 'region' ? regionChain(index, node.id).slice(1) : [];
  return (
    <>
      {node.aliases.length > 0 && (
        <p>
          <span className="muted">Also known as </span>
          {node.aliases.join(', ')}
        </p>
      )}
      {node.roles && node.roles.length > 0 && (
        <ul className="plain">
          {node.roles.map((r, i) => (
            <li key={i}>
              {r.title} at{' '}
              <button
                type="button"
                className="link"
                onClick={() => selectNode(r.organization, graph)}
              >
                {label(r.organization)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {chain.length > 0 && (
        <p>
          <span className="muted">Inside </span>
          {chain.map((r, i) => (
            <span key={r}>
              {i > 0 && ' › '}
              <button type="button" className="link" onClick={() => selectNode(r, graph)}>
                {label(r)}
              </button>
            </span>
          ))}
        </p>
      )}
    </>
  );
}

interface ConnectionsProps {
  groups: ConnectionGroup[];
  visibleEdges: ReadonlySet<string>;
  hiddenCount: number;
  showHidden: boolean;
  setShowHidden(on: boolean): void;
}

/** The node's connections grouped by relation, optionally with those the filters hide. */
function Connections(props: ConnectionsProps) {
  const { groups, visibleEdges, hiddenCount, showHidden, setShowHidden } = props;
  const shownCount = groups.reduce((n, g) => n + g.items.length, 0);
  return (
    <>
      <h3>
        Connections <span className="muted">({shownCount})</span>
      </h3>
      {hiddenCount > 0 && (
        <label className="check small">
          <input
            type="checkbox"
            checked={showHidden}
            onChange={(e) => setShowHidden(e.target.checked)}
          />
          Include {hiddenCount} hidden by the filters
        </label>
      )}
      {groups.length === 0 && (
        <p className="muted">No connections{hiddenCount > 0 ? ' within the filters' : ''}.</p>
      )}
      {groups.map((g) => (
        <div key={g.key} className="connection-group">
          <h4>
            {g.title} <span className="muted">({g.items.length})</span>
          </h4>
          <ul className="connections">
            {g.items.map((c) => (
              <ConnectionItem
                key={c.edge.id}
                connection={c}
                hidden={!visibleEdges.has(c.edge.id)}
              />
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}

function SourceDocuments({ node, index }: Omit<SectionProps, 'graph'>) {
  return (
    <>
      <h3>
        Source documents <span className="muted">({node.documents.length})</span>
      </h3>
      <ul className="documents">
        {node.documents.map((d) => {
          const doc = index.docById.get(d);
          return (
            <li key={d}>
              <button type="button" className="link" onClick={() => openDocument(d, null)}>
                {doc?.title || doc?.file || d}
              </button>
              <span className="muted small"> · {formatDate(doc?.date ?? null)}</span>
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** Years, connections, mentions and, for a known organisation, its Wikidata item. */
function NodeFacts({ node, connections }: { node: GraphNode; connections: number }) {
  const wikidata = wikidataHref(node.wikidata);
  return (
    <dl className="facts">
      <dt>Years</dt>
      <dd>{formatYears(node.years)}</dd>
      <dt>Connections</dt>
      <dd>{connections}</dd>
      <dt>Mentions</dt>
      <dd>{node.mentions}</dd>
      {wikidata && (
        <>
          <dt>Wikidata</dt>
          <dd>
            <a href={wikidata} target="_blank" rel="noopener noreferrer">
              {node.wikidata}
            </a>
          </dd>
        </>
      )}
    </dl>
  );
}

export function NodeDetails({
  id,
  headingRef,
}: {
  id: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const index = useAtlas((s) => s.index)!;
  const setRegion = useAtlas((s) => s.setRegion);
  const expand = useAtlas((s) => s.expand);
  const view = useDerived();
  const graph = useGraphCommands();
  const [showHidden, setShowHidden] = useState(false);
  const node = index.nodeById.get(id)!;
  const visibleEdges = view.visible.edges;
  const groups = useMemo(
    () => groupConnections(index, id, (e) => showHidden || visibleEdges.has(e.id)),
    [index, id, showHidden, visibleEdges],
  );
  const total = index.edgesByNode.get(id)?.length ?? 0;
  const hiddenCount =
    total - (index.edgesByNode.get(id) ?? []).filter((e) => visibleEdges.has(e.id)).length;
  const isShown = view.visible.nodes.has(id);

  return (
    <article className="details-body">
      <h2 ref={headingRef} tabIndex={-1}>
        {node.label}
      </h2>
      <p className="node-type">
        <NodeSwatch type={node.type} /> {NODE_STYLE[node.type].label}
        {node.level ? ` · ${node.level}` : ''}
        {node.country ? ` · ${node.country}` : ''}
      </p>
      {node.description && <p>{node.description}</p>}
      {!isShown && <p className="hint">Hidden in the graph by the current filters.</p>}
      <NodeIdentity node={node} index={index} graph={graph} />
      <NodeFacts node={node} connections={total} />
      <div className="row">
        {node.type === 'region' && (
          <button type="button" onClick={() => setRegion(id)}>
            Filter by this region
          </button>
        )}
        {view.summary && (
          <button type="button" onClick={() => expand(id)}>
            Expand connections
          </button>
        )}
      </div>
      <NodeCorrections key={node.id} node={node} />
      <Connections
        groups={groups}
        visibleEdges={visibleEdges}
        hiddenCount={hiddenCount}
        showHidden={showHidden}
        setShowHidden={setShowHidden}
      />
      <SourceDocuments node={node} index={index} />
    </article>
  );
}
