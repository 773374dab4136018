/** The filter sidebar: connections, Region, years, relation and entity types, and Reset. */
import { EDGE_TYPES, NODE_TYPES } from '../../../schema/constants';
import { useMemo } from 'react';
import { countEdgeTypes, countNodeTypes } from '../../logic/counts';
import { isAnyFilterActive } from '../../logic/filter';
import { EDGE_STYLE, NODE_STYLE } from '../../logic/style';
import { useAtlas, useDerived } from '../../store';
import { PanelToggle } from '../PanelToggle';
import { EdgeSwatch, NodeSwatch } from '../Swatches';
import { MeasuresSection } from './MeasuresSection';
import { RegionPicker } from './RegionPicker';
import { ThresholdFields } from './ThresholdFields';
import { TypeChecklist } from './TypeChecklist';
import { YearRange } from './YearRange';

export function FiltersPanel() {
  const index = useAtlas((s) => s.index);
  const filters = useAtlas((s) => s.filters);
  const reset = useAtlas((s) => s.resetFilters);
  const view = useDerived();
  const open = useAtlas((s) => s.panels.filters);
  if (!index) return null;
  const active = isAnyFilterActive(filters);
  // While the empty state offers "Reset filters", this one steps aside so there is
  // exactly one control of that name.
  const emptyStateShown = view.visible.nodes.size === 0 && active;

  return (
    <section
      className={`sidebar filters ${open ? 'is-open' : 'is-closed'}`}
      aria-labelledby="filters-heading"
      data-covers-graph="phone"
    >
      <div className="sidebar-head">
        <h2 id="filters-heading">
          <PanelToggle panel="filters" label="Filters" controls="filters-body" />
        </h2>
        {open && (
          <button type="button" onClick={reset} disabled={!active} hidden={emptyStateShown}>
            Reset filters
          </button>
        )}
      </div>
      <div id="filters-body" className="sidebar-body" hidden={!open}>
        {open && <FilterFields />}
      </div>
    </section>
  );
}

/** The fields themselves, rendered only while the panel is open. */
function FilterFields() {
  const index = useAtlas((s) => s.index);
  const filters = useAtlas((s) => s.filters);
  const setRelationType = useAtlas((s) => s.setRelationType);
  const setRelationTypes = useAtlas((s) => s.setRelationTypes);
  const setEntityType = useAtlas((s) => s.setEntityType);
  const patch = useAtlas((s) => s.patchFilters);
  const visible = useDerived().visible;
  // Counts follow the filters: what each type has on screen now.
  const counts = useMemo(
    () =>
      index
        ? {
            edges: countEdgeTypes(index, visible.edges),
            nodes: countNodeTypes(index, visible.nodes),
          }
        : null,
    [index, visible],
  );
  if (!index || !counts) return null;
  return (
    <>
      <ThresholdFields />
      <RegionPicker />
      <YearRange />
      <TypeChecklist
        legend="Relation types"
        // All types, even those absent from this graph, so no filter state is ever invisible.
        items={EDGE_TYPES.map((t) => ({
          key: t,
          label: EDGE_STYLE[t].label,
          count: counts.edges.get(t) ?? 0,
          checked: filters.relationTypes.includes(t),
          swatch: <EdgeSwatch type={t} />,
          onChange: (on: boolean) => setRelationType(t, on),
        }))}
        onOnly={(key) => setRelationTypes(EDGE_TYPES.filter((t) => t === key))}
        onAll={() => setRelationTypes(EDGE_TYPES)}
      />
      <TypeChecklist
        legend="Entity types"
        items={NODE_TYPES.map((t) => ({
          key: t,
          label: NODE_STYLE[t].label,
          count: counts.nodes.get(t) ?? 0,
          checked: filters.entityTypes.includes(t),
          swatch: <NodeSwatch type={t} />,
          onChange: (on: boolean) => setEntityType(t, on),
        }))}
        onOnly={(key) => patch({ entityTypes: NODE_TYPES.filter((t) => t === key) })}
        onAll={() => patch({ entityTypes: NODE_TYPES })}
      />
      <MeasuresSection />
    </>
  );
}
