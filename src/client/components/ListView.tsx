/**
 * The "List" region: the visible nodes and relations as tables, in step with the
 * graph. It is the keyboard and screen-reader way through the network: every row has
 * a button that selects the element (as a click on the canvas would), headers sort,
 * and long lists grow page by page instead of rendering thousands of rows at once.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { EDGE_TYPES, NODE_TYPES } from '../../schema/constants';
import { LIST_PAGE } from '../config';
import { useGraphCommands } from '../cy/GraphContext';
import { formatYears, relationLabel } from '../logic/format';
import { NODE_STYLE } from '../logic/style';
import { atlasStore, useAtlas, useDerived } from '../store';
import { EdgeSwatch, NodeSwatch } from './Swatches';

type Tab = 'nodes' | 'relations';
type SortKey = 'name' | 'type' | 'connections' | 'years';

function SortHeader({
  label,
  k,
  sort,
  onSort,
}: {
  label: string;
  k: SortKey;
  sort: { key: SortKey; asc: boolean };
  onSort(k: SortKey): void;
}) {
  const active = sort.key === k;
  return (
    <th scope="col" aria-sort={active ? (sort.asc ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="sort" onClick={() => onSort(k)}>
        {label}
        <span aria-hidden="true">{active ? (sort.asc ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );
}

export function ListView() {
  const index = useAtlas((s) => s.index);
  const selection = useAtlas((s) => s.selection);
  const view = useDerived();
  const graph = useGraphCommands();
  const [tab, setTab] = useState<Tab>('nodes');
  const [limit, setLimit] = useState(LIST_PAGE);
  const [sort, setSort] = useState<{ key: SortKey; asc: boolean }>({
    key: 'connections',
    asc: false,
  });
  const tabs = useRef<Record<Tab, HTMLButtonElement | null>>({ nodes: null, relations: null });

  // Only the open tab's rows are computed: on a big graph, sorting the 20k relations
  // while the Nodes tab is shown would be most of the List's cost of a filter change.
  // The tab labels need only counts, which the visible set has.
  const degree = useMemo(() => {
    const d = new Map<string, number>();
    if (!index || tab !== 'nodes') return d;
    for (const id of view.visible.edges) {
      const e = index.edgeById.get(id);
      if (!e) continue;
      d.set(e.source, (d.get(e.source) ?? 0) + 1);
      d.set(e.target, (d.get(e.target) ?? 0) + 1);
    }
    return d;
  }, [index, view.visible, tab]);

  // Sorting compares integers (label ranks precomputed per graph, type order from the
  // schema), so re-sorting thousands of rows on each filter change stays cheap.
  const nodes = useMemo(() => {
    if (!index || tab !== 'nodes') return [];
    const list = index.graph.nodes.filter((n) => view.visible.nodes.has(n.id));
    const dir = sort.asc ? 1 : -1;
    const rank = (id: string) => index.labelRank.get(id) ?? 0;
    return list.sort((a, b) => {
      let c = 0;
      if (sort.key === 'type') c = NODE_TYPES.indexOf(a.type) - NODE_TYPES.indexOf(b.type);
      else if (sort.key === 'connections') c = (degree.get(a.id) ?? 0) - (degree.get(b.id) ?? 0);
      else if (sort.key === 'years') c = (a.years[0] ?? 99999) - (b.years[0] ?? 99999);
      return c * dir || (rank(a.id) - rank(b.id)) * (sort.key === 'name' ? dir : 1);
    });
  }, [index, view.visible, sort, degree, tab]);

  // Grouped by relation type in the legend's order, then by the parties' names.
  const relations = useMemo(() => {
    if (!index || tab !== 'relations') return [];
    const rank = (id: string) => index.labelRank.get(id) ?? 0;
    return index.graph.edges
      .filter((e) => view.visible.edges.has(e.id))
      .sort(
        (a, b) =>
          EDGE_TYPES.indexOf(a.type) - EDGE_TYPES.indexOf(b.type) ||
          rank(a.source) - rank(b.source) ||
          rank(a.target) - rank(b.target),
      );
  }, [index, view.visible, tab]);

  // Bring the selected row into view when the selection comes from the graph.
  const body = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!selection) return;
    const row = body.current?.querySelector<HTMLElement>(`[data-id="${CSS.escape(selection.id)}"]`);
    row?.scrollIntoView({ block: 'nearest' });
  }, [selection, tab]);

  if (!index) return null;
  const label = (id: string) => index.nodeById.get(id)?.label ?? id;
  const onSort = (k: SortKey) =>
    setSort((s) => ({ key: k, asc: s.key === k ? !s.asc : k === 'name' || k === 'type' }));
  const choose = (t: Tab) => {
    setTab(t);
    setLimit(LIST_PAGE);
  };
  // Arrow keys move between the two tabs, as in the WAI-ARIA tabs pattern.
  const onTabKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    const next: Tab = tab === 'nodes' ? 'relations' : 'nodes';
    choose(next);
    tabs.current[next]?.focus();
  };
  // Like a click on the canvas: select, and bring the element into view. Focus stays
  // in the list, so keyboard users can keep walking the rows.
  const select = (kind: 'node' | 'edge', id: string, name: string) => {
    atlasStore.getState().select({ kind, id });
    graph?.centre(id);
    atlasStore.getState().announce(`Selected ${name}. Details updated.`);
  };
  const nodeCount = view.visible.nodes.size;
  const relationCount = view.visible.edges.size;
  const rows = tab === 'nodes' ? nodeCount : relationCount;

  return (
    <section id="list-region" className="list-view" aria-label="List" tabIndex={-1}>
      <div className="list-head">
        <div role="tablist" aria-label="Show" className="tabs">
          {(['nodes', 'relations'] as const).map((t) => (
            <button
              key={t}
              ref={(el) => {
                tabs.current[t] = el;
              }}
              type="button"
              role="tab"
              id={`tab-${t}`}
              aria-selected={tab === t}
              aria-controls="list-panel"
              tabIndex={tab === t ? 0 : -1}
              onClick={() => choose(t)}
              onKeyDown={onTabKey}
            >
              {t === 'nodes' ? `Nodes (${nodeCount})` : `Relations (${relationCount})`}
            </button>
          ))}
        </div>
      </div>
      <div
        id="list-panel"
        role="tabpanel"
        aria-labelledby={`tab-${tab}`}
        className="list-body"
        ref={body}
      >
        {rows === 0 ? (
          <p className="muted list-empty">Nothing to list: no element passes the filters.</p>
        ) : tab === 'nodes' ? (
          <table>
            <caption className="sr-only">Visible nodes, {nodeCount} rows</caption>
            <thead>
              <tr>
                <SortHeader label="Name" k="name" sort={sort} onSort={onSort} />
                <SortHeader label="Type" k="type" sort={sort} onSort={onSort} />
                <SortHeader label="Connections" k="connections" sort={sort} onSort={onSort} />
                <SortHeader label="Years" k="years" sort={sort} onSort={onSort} />
              </tr>
            </thead>
            <tbody>
              {nodes.slice(0, limit).map((n) => {
                const current = selection?.kind === 'node' && selection.id === n.id;
                return (
                  <tr
                    key={n.id}
                    data-id={n.id}
                    aria-current={current ? 'true' : undefined}
                    className={current ? 'current' : undefined}
                  >
                    <td>
                      <button
                        type="button"
                        className="link row-button"
                        onClick={() => select('node', n.id, n.label)}
                      >
                        {n.label}
                      </button>
                    </td>
                    <td>
                      <NodeSwatch type={n.type} /> {NODE_STYLE[n.type].label}
                    </td>
                    <td className="num">{degree.get(n.id) ?? 0}</td>
                    <td>{formatYears(n.years)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ) : (
          <table>
            <caption className="sr-only">Visible relations, {relationCount} rows</caption>
            <thead>
              <tr>
                <th scope="col">From</th>
                <th scope="col">Relation</th>
                <th scope="col">To</th>
                <th scope="col">Years</th>
                <th scope="col">Places</th>
              </tr>
            </thead>
            <tbody>
              {relations.slice(0, limit).map((e) => {
                const current = selection?.kind === 'edge' && selection.id === e.id;
                const name = `${label(e.source)} ${relationLabel(e.type).toLowerCase()} ${label(e.target)}`;
                return (
                  <tr
                    key={e.id}
                    data-id={e.id}
                    aria-current={current ? 'true' : undefined}
                    className={current ? 'current' : undefined}
                  >
                    <td>{label(e.source)}</td>
                    <td>
                      <button
                        type="button"
                        className="link row-button"
                        onClick={() => select('edge', e.id, name)}
                      >
                        <EdgeSwatch type={e.type} /> {relationLabel(e.type)}
                      </button>
                    </td>
                    <td>{label(e.target)}</td>
                    <td>{formatYears(e.years)}</td>
                    <td>{e.regions.map(label).join(', ')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        {rows > limit && (
          <button type="button" className="more" onClick={() => setLimit((l) => l + LIST_PAGE)}>
            Show {Math.min(LIST_PAGE, rows - limit)} more of {rows - limit} remaining
          </button>
        )}
      </div>
    </section>
  );
}
