/** Fit, Re-layout, zoom, Focus with its depth, and Path. */
import { useState } from 'react';
import { useGraphCommands } from '../cy/GraphContext';
import type { Hops } from '../logic/types';
import { useAtlas } from '../store';
import { PathMenu } from './PathMenu';

export function GraphToolbar() {
  const selection = useAtlas((s) => s.selection);
  const focus = useAtlas((s) => s.focus);
  const toggleFocus = useAtlas((s) => s.toggleFocus);
  const setHops = useAtlas((s) => s.setFocusHops);
  const label = useAtlas((s) => (s.focus ? s.index?.nodeById.get(s.focus.node)?.label : undefined));
  const [hops, setLocalHops] = useState<Hops>(1);
  const [busy, setBusy] = useState(false);
  const graph = useGraphCommands();
  const canFocus = focus !== null || selection?.kind === 'node';

  const chooseHops = (h: Hops) => {
    setLocalHops(h);
    if (focus) {
      setHops(h);
      requestAnimationFrame(() => graph?.fit());
    }
  };

  return (
    <div className="toolbar" role="toolbar" aria-label="Graph tools">
      <button type="button" onClick={() => graph?.fit()}>
        Fit
      </button>
      <button
        type="button"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          void (graph?.relayout() ?? Promise.resolve()).finally(() => setBusy(false));
        }}
      >
        <span className="tool-icon" aria-hidden="true">
          ⟳
        </span>
        <span className="tool-word">{busy ? 'Laying out…' : 'Re-layout'}</span>
      </button>
      <button type="button" aria-label="Zoom in" onClick={() => graph?.zoomBy(1.25)}>
        +
      </button>
      <button type="button" aria-label="Zoom out" onClick={() => graph?.zoomBy(0.8)}>
        −
      </button>
      <span className="toolbar-sep" aria-hidden="true" />
      <button
        type="button"
        aria-pressed={focus !== null}
        disabled={!canFocus}
        title={
          canFocus ? 'Show only the neighbourhood of the selected node' : 'Select a node first'
        }
        onClick={() => {
          toggleFocus(focus ? undefined : hops);
          requestAnimationFrame(() => graph?.fit());
        }}
      >
        Focus
      </button>
      <fieldset className="segmented" disabled={!canFocus}>
        <legend className="sr-only">Focus depth</legend>
        {([1, 2] as const).map((h) => (
          <label key={h}>
            <input
              type="radio"
              name="focus-hops"
              value={h}
              checked={(focus?.hops ?? hops) === h}
              onChange={() => chooseHops(h)}
            />
            {h}
            <span className="hop-word">{h === 1 ? ' hop' : ' hops'}</span>
          </label>
        ))}
      </fieldset>
      <PathMenu />
      {focus && label && <span className="muted small focus-label">Focused on {label}</span>}
    </div>
  );
}
