/** "Search": type-ahead over labels and aliases; Enter selects the match and centres on it. */
import { useMemo } from 'react';
import { focusDetailsNext } from '../a11y';
import { useGraphCommands } from '../cy/GraphContext';
import { buildSearchEntries } from '../logic/search';
import { atlasStore, useAtlas } from '../store';
import { Combobox } from './Combobox';

export function SearchBox() {
  const index = useAtlas((s) => s.index);
  const graph = useGraphCommands();
  const entries = useMemo(
    () => (index ? buildSearchEntries(index.graph.nodes, index.degree, index.hierarchyOnly) : []),
    [index],
  );
  return (
    <div className="search" role="search">
      <Combobox
        id="search-input"
        label="Search"
        entries={entries}
        placeholder="Search companies, people, places  ( / )"
        onPick={(hit) => {
          const s = atlasStore.getState();
          s.select({ kind: 'node', id: hit.id });
          const shown = atlasStore.derive().visible.nodes.has(hit.id);
          if (shown) graph?.centre(hit.id);
          s.announce(
            shown
              ? `Selected ${hit.label}`
              : `Selected ${hit.label}, which the current filters hide`,
          );
          focusDetailsNext();
        }}
      />
    </div>
  );
}
