/**
 * The "List" region: the visible nodes and relations as tables, in step with the
 * graph. It is the keyboard and screen-reader way through the network: every row has
 * a button that selects the element (as a click on the canvas would), headers sort,
 * and long lists grow page by page instead of rendering thousands of rows at once.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { EDGE_TYPES, NODE_TYPES } from '../../schema/constants';
import type { GraphEdge, GraphNode } from '../../schema/graph';
import { LIST_PAGE } from '../config';
import { useGraphCommands } from '../cy/GraphContext';
import { formatYears, relationLabel } from '../logic/format';
import type { GraphIndex } from '../logic/graphIndex';
import { NODE_STYLE } from '../logic/style';
import type { Selected, VisibleSet } from '../logic/types';
import { atlasStore, useAtlas, useDerived } from '../store';
import { EdgeSwatch, NodeSwatch } from './Swatches';

type Tab = 'nodes' | 'relations';
type SortKey = 'name' | 'type' | 'connections' | 'years';
type Sort = { key: SortKey; asc: boolean };
type Select = (kind: 'node' | 'edge', id: string, name: string) => void;

function SortHeader({
  label,
  sortKey,
  sort,
  onSort,
}: {
  label: string;
  sortKey: SortKey;
  sort: Sort;
  onSort(key: SortKey): void;
}) {
  const active = sort.key === sortKey;
  return (
    <th scope="col" aria-sort={active ? (sort.asc ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="sort" onClick={() => onSort(sortKey)}>
        {label}
        <span aria-hidden="true">{active ? (sort.asc ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );
}

// Only the open tab's rows are computed: on a big graph, sorting the 20k relations
// while the Nodes tab is shown would be most of the List's cost of a filter change.
// The tab labels need only counts, which the visible set has.

/**
 * The visible nodes and those the connection filters hold back (they stay findable here),
 * sorted, with their number of visible relations.
 */
function useNodeRows(
  index: GraphIndex | null,
  visible: VisibleSet,
  held: ReadonlySet<string>,
  open: boolean,
  sort: Sort,
) {
  const degree = useMemo(() => {
    const d = new Map<string, number>();
    if (!index || !open) return d;
    for (const id of visible.edges) {
      const e = index.edgeById.get(id);
      if (!e) continue;
      d.set(e.source, (d.get(e.source) ?? 0) + 1);
      d.set(e.target, (d.get(e.target) ?? 0) + 1);
    }
    return d;
  }, [index, visible, open]);

  // Sorting compares integers (label ranks precomputed per graph, type order from the
  // schema), so re-sorting thousands of rows on each filter change stays cheap.
  const nodes = useMemo(() => {
    if (!index || !open) return [];
    const list = index.graph.nodes.filter((n) => visible.nodes.has(n.id) || held.has(n.id));
    const dir = sort.asc ? 1 : -1;
    const rank = (id: string) => index.labelRank.get(id) ?? 0;
    return list.sort((a, b) => {
      let c = 0;
      if (sort.key === 'type') c = NODE_TYPES.indexOf(a.type) - NODE_TYPES.indexOf(b.type);
      else if (sort.key === 'connections') c = (degree.get(a.id) ?? 0) - (degree.get(b.id) ?? 0);
      else if (sort.key === 'years') c = (a.years[0] ?? 99999) - (b.years[0] ?? 99999);
      return c * dir || (rank(a.id) - rank(b.id)) * (sort.key === 'name' ? dir : 1);
    });
  }, [index, visible, held, sort, degree, open]);
  return { degree, nodes };
}

/** The visible relations, grouped by type in the legend's order, then by the parties' names. */
function useRelationRows(index: GraphIndex | null, visible: VisibleSet, open: boolean) {
  return useMemo(() => {
    if (!index || !open) return [];
    const rank = (id: string) => index.labelRank.get(id) ?? 0;
    return index.graph.edges
      .filter((e) => visible.edges.has(e.id))
      .sort(
        (a, b) =>
          EDGE_TYPES.indexOf(a.type) - EDGE_TYPES.indexOf(b.type) ||
          rank(a.source) - rank(b.source) ||
          rank(a.target) - rank(b.target),
      );
  }, [index, visible, open]);
}

const isCurrent = (selection: Selected | null, kind: Selected['kind'], id: string) =>
  selection?.kind === kind && selection.id === id;

interface NodeTableProps {
  nodes: GraphNode[];
  /** Nodes listed although the graph does not show them. */
  hidden: ReadonlySet<string>;
  caption: string;
  degree: ReadonlyMap<string, number>;
  sort: Sort;
  onSort(key: SortKey): void;
  selection: Selected | null;
  select: Select;
}

function NodeTable(props: NodeTableProps) {
  const { nodes, hidden, caption, degree, sort, onSort, selection, select } = props;
  return (
    <table>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <SortHeader label="Name" sortKey="name" sort={sort} onSort={onSort} />
          <SortHeader label="Type" sortKey="type" sort={sort} onSort={onSort} />
          <SortHeader label="Connections" sortKey="connections" sort={sort} onSort={onSort} />
          <SortHeader label="Years" sortKey="years" sort={sort} onSort={onSort} />
        </tr>
      </thead>
      <tbody>
        {nodes.map((n) => {
          const current = isCurrent(selection, 'node', n.id);
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
              <td className="num">
                {degree.get(n.id) ?? 0}
                {hidden.has(n.id) && <span className="badge">hidden</span>}
              </td>
              <td>{formatYears(n.years)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

interface RelationTableProps {
  relations: GraphEdge[];
  caption: string;
  label(id: string): string;
  selection: Selected | null;
  select: Select;
}

function RelationTable(props: RelationTableProps) {
  const { relations, caption, label, selection, select } = props;
  return (
    <table>
      <caption className="sr-only">{caption}</caption>
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
        {relations.map((e) => {
          const current = isCurrent(selection, 'edge', e.id);
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
  );
}

interface TabsProps {
  tab: Tab;
  counts: Record<Tab, number> & { hidden: number };
  tabs: RefObject<Record<Tab, HTMLButtonElement | null>>;
  choose(tab: Tab): void;
}

/** Arrow keys move between the two tabs, as in the WAI-ARIA tabs pattern. */
function ListTabs({ tab, counts, tabs, choose }: TabsProps) {
  const onTabKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    const next: Tab = tab === 'nodes' ? 'relations' : 'nodes';
    choose(next);
    tabs.current[next]?.focus();
  };
  return (
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
          {t === 'nodes'
            ? `Nodes (${counts.nodes}${counts.hidden ? ` + ${counts.hidden} hidden` : ''})`
            : `Relations (${counts.relations})`}
        </button>
      ))}
    </div>
  );
}

/** Brings the selected row into view when the selection comes from the graph. */
function useScrollToSelection(
  body: RefObject<HTMLDivElement | null>,
  selection: Selected | null,
  tab: Tab,
) {
  useEffect(() => {
    if (!selection) return;
    const row = body.current?.querySelector<HTMLElement>(`[data-id="${CSS.escape(selection.id)}"]`);
    row?.scrollIntoView({ block: 'nearest' });
  }, [body, selection, tab]);
}

export function ListView() {
  const index = useAtlas((s) => s.index);
  const selection = useAtlas((s) => s.selection);
  const view = useDerived();
  const graph = useGraphCommands();
  const [tab, setTab] = useState<Tab>('nodes');
  const [limit, setLimit] = useState(LIST_PAGE);
  const [sort, setSort] = useState<Sort>({ key: 'connections', asc: false });
  const tabs = useRef<Record<Tab, HTMLButtonElement | null>>({ nodes: null, relations: null });
  const held = useMemo(
    () => new Set([...view.held].filter((id) => !view.visible.nodes.has(id))),
    [view.held, view.visible],
  );
  const { degree, nodes } = useNodeRows(index, view.visible, held, tab === 'nodes', sort);
  const relations = useRelationRows(index, view.visible, tab === 'relations');
  const body = useRef<HTMLDivElement>(null);
  useScrollToSelection(body, selection, tab);

  if (!index) return null;
  const label = (id: string) => index.nodeById.get(id)?.label ?? id;
  const onSort = (key: SortKey) =>
    setSort((s) => ({ key, asc: s.key === key ? !s.asc : key === 'name' || key === 'type' }));
  const choose = (t: Tab) => {
    setTab(t);
    setLimit(LIST_PAGE);
  };
  // Like a click on the canvas: select, and bring the element into view. Focus stays
  // in the list, so keyboard users can keep walking the rows.
  const select: Select = (kind, id, name) => {
    atlasStore.getState().select({ kind, id });
    graph?.centre(id);
    atlasStore.getState().announce(`Selected ${name}. Details updated.`);
  };
  const counts = {
    nodes: view.visible.nodes.size,
    hidden: held.size,
    relations: view.visible.edges.size,
  };
  const rows = tab === 'nodes' ? counts.nodes + held.size : counts.relations;

  return (
    <section id="list-region" className="list-view" aria-label="List" tabIndex={-1}>
      <div className="list-head">
        <ListTabs tab={tab} counts={counts} tabs={tabs} choose={choose} />
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
          <NodeTable
            nodes={nodes.slice(0, limit)}
            hidden={held}
            caption={`Visible nodes, ${counts.nodes} rows, and ${held.size} hidden by the connection filters`}
            degree={degree}
            sort={sort}
            onSort={onSort}
            selection={selection}
            select={select}
          />
        ) : (
          <RelationTable
            relations={relations.slice(0, limit)}
            caption={`Visible relations, ${counts.relations} rows`}
            label={label}
            selection={selection}
            select={select}
          />
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
