/** "N companies · N people · N regions · N relations shown (of M)", announced politely. */
import { useMemo } from 'react';
import { useAtlas, useDerived } from '../store';

export function StatusLine() {
  const index = useAtlas((s) => s.index);
  const view = useDerived();
  const text = useMemo(() => {
    if (!index) return '';
    let companies = 0;
    let people = 0;
    let regions = 0;
    for (const id of view.visible.nodes) {
      const t = index.nodeById.get(id)?.type;
      // Organisations count with companies: the line's format is fixed by the spec.
      if (t === 'company' || t === 'organization') companies++;
      else if (t === 'person') people++;
      else if (t === 'region') regions++;
    }
    return `${companies} companies · ${people} people · ${regions} regions · ${view.visible.edges.size} relations shown (of ${index.graph.edges.length})`;
  }, [index, view.visible]);
  return (
    <p className="status-line" role="status">
      {text}
    </p>
  );
}
