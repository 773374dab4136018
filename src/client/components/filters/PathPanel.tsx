/** "Path": pick two organisations and see the shortest chain of relations between them. */
import { useMemo, useState } from 'react';
import { SYMMETRIC_RELATIONS } from '../../../schema/constants';
import { focusDetailsNext } from '../../a11y';
import { useGraphCommands } from '../../cy/GraphContext';
import { relationLabel } from '../../logic/format';
import type { GraphIndex } from '../../logic/graphIndex';
import { buildSearchEntries, type SearchEntry } from '../../logic/search';
import type { PathResult } from '../../logic/shortestPath';
import type { PathQuery, Selected } from '../../logic/types';
import { atlasStore, useAtlas, useDerived } from '../../store';
import { Combobox } from '../Combobox';

const isOrg = (e: SearchEntry) => e.type === 'company' || e.type === 'organization';

interface PathStepsProps {
  path: PathQuery;
  result: PathResult | null;
  index: GraphIndex;
}

/** The chain found (each organisation and relation selects it), or why there is none. */
function PathSteps({ path, result, index }: PathStepsProps) {
  const label = (id: string) => index.nodeById.get(id)?.label ?? id;
  const select = (selection: Selected) => {
    atlasStore.getState().select(selection);
    focusDetailsNext();
  };
  return (
    <div className="path-result" aria-live="polite">
      {!result ? (
        <p>
          No chain of relations links {label(path.from)} and {label(path.to)}.
        </p>
      ) : (
        <ol className="path-steps">
          {result.nodes.map((id, i) => {
            const edgeId = result.edges[i];
            const edge = edgeId ? index.edgeById.get(edgeId) : undefined;
            return (
              <li key={id}>
                <button type="button" className="link" onClick={() => select({ kind: 'node', id })}>
                  {label(id)}
                </button>
                {edge && edgeId && (
                  <button
                    type="button"
                    className="link relation-step"
                    onClick={() => select({ kind: 'edge', id: edgeId })}
                  >
                    {SYMMETRIC_RELATIONS.has(edge.type) ? '—' : edge.source === id ? '→' : '←'}{' '}
                    {relationLabel(edge.type).toLowerCase()}
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}

export function PathPanel() {
  const index = useAtlas((s) => s.index);
  const path = useAtlas((s) => s.path);
  const setPath = useAtlas((s) => s.setPath);
  const selection = useAtlas((s) => s.selection);
  const view = useDerived();
  const graph = useGraphCommands();
  const entries = useMemo(
    () => (index ? buildSearchEntries(index.graph.nodes, index.degree) : []),
    [index],
  );
  // One end may be picked before the other; the store only holds complete paths.
  const [draft, setDraft] = useState({ from: path?.from ?? '', to: path?.to ?? '' });
  // Follow a path set from outside (a shared link, back/forward).
  const [seen, setSeen] = useState(path);
  if (seen !== path) {
    setSeen(path);
    if (path) setDraft({ from: path.from, to: path.to });
  }
  if (!index) return null;
  const label = (id: string) => index.nodeById.get(id)?.label ?? id;
  const { from, to } = draft;
  const update = (f: string, t: string) => {
    setDraft({ from: f, to: t });
    if (f && t) {
      setPath({ from: f, to: t });
      requestAnimationFrame(() => graph?.fit());
    }
  };
  const selectedOrg =
    selection?.kind === 'node' &&
    ['company', 'organization'].includes(index.nodeById.get(selection.id)?.type ?? '')
      ? selection.id
      : null;
  const result = path ? view.path : null;

  return (
    <section className="path-panel" aria-labelledby="path-heading">
      <h2 id="path-heading">Path</h2>
      <p className="muted small">The shortest chain of relations between two organisations.</p>
      <Combobox
        label="Path from"
        visibleLabel
        entries={entries}
        accept={isOrg}
        value={from ? label(from) : ''}
        placeholder="Company…"
        onPick={(h) => update(h.id, to)}
      />
      <Combobox
        label="Path to"
        visibleLabel
        entries={entries}
        accept={isOrg}
        value={to ? label(to) : ''}
        placeholder="Company…"
        onPick={(h) => update(from, h.id)}
      />
      <div className="row">
        {selectedOrg && !from && (
          <button type="button" onClick={() => update(selectedOrg, to)}>
            From selected
          </button>
        )}
        {(from || to) && (
          <button
            type="button"
            onClick={() => {
              setDraft({ from: '', to: '' });
              setPath(null);
            }}
          >
            Clear path
          </button>
        )}
      </div>
      {path && <PathSteps path={path} result={result} index={index} />}
    </section>
  );
}
