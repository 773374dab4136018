/** The filter sidebar: Region, years, relation and entity types, Reset, and Path. */
import { EDGE_TYPES, NODE_TYPES } from '../../../schema/constants';
import { isAnyFilterActive } from '../../logic/filter';
import { EDGE_STYLE, NODE_STYLE } from '../../logic/style';
import { useAtlas, useDerived } from '../../store';
import { EdgeSwatch, NodeSwatch } from '../Swatches';
import { MeasuresSection } from './MeasuresSection';
import { PathPanel } from './PathPanel';
import { RegionPicker } from './RegionPicker';
import { TypeChecklist } from './TypeChecklist';
import { YearRange } from './YearRange';

export function FiltersPanel() {
  const index = useAtlas((s) => s.index);
  const filters = useAtlas((s) => s.filters);
  const setRelationType = useAtlas((s) => s.setRelationType);
  const setEntityType = useAtlas((s) => s.setEntityType);
  const reset = useAtlas((s) => s.resetFilters);
  const view = useDerived();
  if (!index) return null;
  const active = isAnyFilterActive(filters);
  // While the empty state offers "Reset filters", this one steps aside so there is
  // exactly one control of that name.
  const emptyStateShown = view.visible.nodes.size === 0 && active;

  return (
    <section className="sidebar filters" aria-labelledby="filters-heading">
      <div className="sidebar-head">
        <h2 id="filters-heading">Filters</h2>
        <button type="button" onClick={reset} disabled={!active} hidden={emptyStateShown}>
          Reset filters
        </button>
      </div>
      <RegionPicker />
      <YearRange />
      <TypeChecklist
        legend="Relation types"
        // All types, even those absent from this graph, so no filter state is ever invisible.
        items={EDGE_TYPES.map((t) => ({
          key: t,
          label: EDGE_STYLE[t].label,
          count: index.edgeTypeCounts.get(t) ?? 0,
          checked: filters.relationTypes.includes(t),
          swatch: <EdgeSwatch type={t} />,
          onChange: (on: boolean) => setRelationType(t, on),
        }))}
      />
      <TypeChecklist
        legend="Entity types"
        items={NODE_TYPES.map((t) => ({
          key: t,
          label: NODE_STYLE[t].label,
          count: index.nodeTypeCounts.get(t) ?? 0,
          checked: filters.entityTypes.includes(t),
          swatch: <NodeSwatch type={t} />,
          onChange: (on: boolean) => setEntityType(t, on),
        }))}
      />
      <MeasuresSection />
      <PathPanel />
    </section>
  );
}
