/**
 * Corrections to a node, in Details: "Rename" (an inline field with Save and Cancel),
 * "Merge into" (pick the node it is another name of) and "Not an organisation" (hide it,
 * its names go to the exclusions). Each takes effect at once; the Corrections panel
 * lists them with Undo.
 */
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type { GraphNode } from '../../../schema/graph';
import { focusDetailsNext } from '../../a11y';
import type { Correction } from '../../logic/corrections';
import { buildSearchEntries, type SearchEntry } from '../../logic/search';
import { atlasStore, useAtlas } from '../../store';
import { Combobox } from '../Combobox';

type Editing = 'rename' | 'merge' | null;

/** Applies the correction; a merge or a hide changes the selection, whose heading takes focus. */
function correct(correction: Correction, announcement: string): void {
  const state = atlasStore.getState();
  if (correction.kind !== 'rename') focusDetailsNext();
  state.addCorrection(correction);
  state.announce(announcement);
}

function RenameForm({ node, done }: { node: GraphNode; done(): void }) {
  const [label, setLabel] = useState(node.label);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.select(), []);
  const save = (event: FormEvent) => {
    event.preventDefault();
    const name = label.trim();
    if (name && name !== node.label)
      correct({ kind: 'rename', node: node.id, label: name }, `Renamed ${node.label} ${name}`);
    done();
  };
  return (
    <form className="correction-form" onSubmit={save}>
      <label className="field-label" htmlFor="rename-input">
        New name
      </label>
      <input
        id="rename-input"
        ref={input}
        type="text"
        value={label}
        onChange={(e) => setLabel(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            done();
          }
        }}
      />
      <div className="row">
        <button type="submit" disabled={!label.trim()}>
          Save
        </button>
        <button type="button" onClick={done}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function MergePicker({ node, done }: { node: GraphNode; done(): void }) {
  const index = useAtlas((s) => s.index)!;
  const entries = useMemo(
    () => buildSearchEntries(index.graph.nodes, index.degree, new Set([node.id])),
    [index, node.id],
  );
  useEffect(() => document.getElementById('merge-into-input')?.focus(), []);
  const accept = (entry: SearchEntry) => entry.id !== node.id;
  return (
    <div
      className="correction-form"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented) done();
      }}
    >
      <Combobox
        id="merge-into-input"
        label="Merge into"
        visibleLabel
        entries={entries}
        accept={accept}
        placeholder="Name or other name"
        onPick={(hit) => {
          correct(
            { kind: 'merge', node: node.id, into: hit.id },
            `${node.label} merged into ${hit.label}`,
          );
          done();
        }}
      />
      <button type="button" onClick={done}>
        Cancel
      </button>
    </div>
  );
}

export function NodeCorrections({ node }: { node: GraphNode }) {
  const [editing, setEditing] = useState<Editing>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  const toggle = (what: Exclude<Editing, null>) => setEditing(editing === what ? null : what);
  // Saving or cancelling a rename gives focus back to the button that opened it.
  const renamed = () => {
    setEditing(null);
    requestAnimationFrame(() => renameButton.current?.focus());
  };
  return (
    <section className="corrections-actions" aria-label="Correct this node">
      <div className="row">
        <button
          ref={renameButton}
          type="button"
          aria-expanded={editing === 'rename'}
          onClick={() => toggle('rename')}
        >
          Rename
        </button>
        <button type="button" aria-expanded={editing === 'merge'} onClick={() => toggle('merge')}>
          Merge into
        </button>
        <button
          type="button"
          onClick={() =>
            correct(
              { kind: 'hide', node: node.id },
              `${node.label} marked as not an organisation and hidden`,
            )
          }
        >
          Not an organisation
        </button>
      </div>
      {editing === 'rename' && <RenameForm node={node} done={renamed} />}
      {editing === 'merge' && <MergePicker node={node} done={() => setEditing(null)} />}
    </section>
  );
}
