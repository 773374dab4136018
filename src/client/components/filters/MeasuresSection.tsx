/**
 * "Size by", "Colour by" with the key of what the colours mean, and the community list
 * (biggest first, each named after its best-connected member) whose checkboxes filter
 * the graph. Communities are computed the first time this list or the colouring needs
 * them (store/measureView.ts); the list waits until the graph algorithms are loaded
 * (after the first frame, store/algorithms.ts) and the page is idle.
 */
import { useEffect, useMemo, useState } from 'react';
import { COLOUR_BY, COLOUR_BY_LABEL, type ColourBy } from '../../logic/colours';
import { communityEntries, type CommunityEntry } from '../../logic/communityFilter';
import { SIZE_MEASURE_LABEL, SIZE_MEASURES, type SizeMeasure } from '../../logic/sizeMeasures';
import { useAtlas } from '../../store';
import type { GraphIndex } from '../../logic/graphIndex';
import { whenIdle } from '../../perf';
import { loadAlgorithms, measuresNeedAlgorithms, useAlgorithms } from '../../store/algorithms';
import { colouringFor, communitiesFor } from '../../store/measureView';
import { TypeChecklist } from './TypeChecklist';

function ColourSwatch({ colour }: { colour: string }) {
  return (
    <svg className="swatch" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
      <circle cx="7" cy="7" r="6" fill={colour} />
    </svg>
  );
}

function ColourKey({ colourBy }: { colourBy: ColourBy }) {
  const index = useAtlas((s) => s.index);
  const colouring = useMemo(() => colouringFor({ index, colourBy }), [index, colourBy]);
  if (!colouring || colourBy === 'community') return null;
  return (
    <ul className="colour-key" aria-label={`Colours: ${COLOUR_BY_LABEL[colourBy]}`}>
      {colouring.key.map((entry) => (
        <li key={entry.label}>
          <ColourSwatch colour={entry.colour} />
          <span className="check-label">{entry.label}</span>
          <span className="count">{entry.count}</span>
        </li>
      ))}
    </ul>
  );
}

/** The community entries of the graph, once the algorithms are loaded and the page idle. */
function useCommunityEntries(index: GraphIndex | null): CommunityEntry[] {
  const algorithms = useAlgorithms();
  const [found, setFound] = useState<{ index: GraphIndex; entries: CommunityEntry[] } | null>(null);
  useEffect(() => {
    if (!index || !algorithms) return;
    let live = true;
    void whenIdle().then(() => {
      if (live) setFound({ index, entries: communityEntries(communitiesFor(index)) });
    });
    return () => {
      live = false;
    };
  }, [index, algorithms]);
  return found && found.index === index ? found.entries : [];
}

function CommunityList() {
  const index = useAtlas((s) => s.index);
  const colourBy = useAtlas((s) => s.colourBy);
  const chosen = useAtlas((s) => s.communities);
  const setCommunities = useAtlas((s) => s.setCommunities);
  const entries = useCommunityEntries(index);
  const algorithms = useAlgorithms();
  const colouring = useMemo(
    () => (algorithms ? colouringFor({ index, colourBy }) : null),
    [algorithms, index, colourBy],
  );
  if (entries.length === 0) return null;
  const all = entries.map((entry) => entry.key);
  // The community's colour when the graph is coloured by community.
  const swatchColour = (key: string) =>
    colourBy === 'community' ? (colouring?.colourOf.get(key) ?? null) : null;
  const toggle = (key: string, on: boolean) => {
    const current = new Set(chosen ?? all);
    if (on) current.add(key);
    else current.delete(key);
    setCommunities(current.size === all.length ? null : all.filter((k) => current.has(k)));
  };
  return (
    <div className="communities">
      <TypeChecklist
        legend="Communities"
        items={entries.map((entry) => ({
          key: entry.key,
          label: entry.name,
          count: entry.count,
          checked: chosen === null || chosen.includes(entry.key),
          swatch: swatchColour(entry.key) ? (
            <ColourSwatch colour={swatchColour(entry.key)!} />
          ) : null,
          onChange: (on: boolean) => toggle(entry.key, on),
        }))}
        onOnly={(key) => setCommunities([key])}
        onAll={() => setCommunities(null)}
      />
    </div>
  );
}

/** Applies a choice now, or once the graph algorithms it needs are loaded. */
function whenMeasuresReady(
  choice: { sizeBy?: SizeMeasure; colourBy?: ColourBy },
  apply: () => void,
) {
  if (measuresNeedAlgorithms(choice)) void loadAlgorithms().then(apply, apply);
  else apply();
}

export function MeasuresSection() {
  const sizeBy = useAtlas((s) => s.sizeBy);
  const colourBy = useAtlas((s) => s.colourBy);
  const setSizeBy = useAtlas((s) => s.setSizeBy);
  const setColourBy = useAtlas((s) => s.setColourBy);
  return (
    <div className="measures">
      <div className="field">
        <label htmlFor="size-by" className="field-label">
          Size by
        </label>
        <select
          id="size-by"
          value={sizeBy}
          onChange={(e) => {
            const sizeBy = e.target.value as SizeMeasure;
            whenMeasuresReady({ sizeBy }, () => setSizeBy(sizeBy));
          }}
        >
          {SIZE_MEASURES.map((m) => (
            <option key={m} value={m}>
              {SIZE_MEASURE_LABEL[m]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="colour-by" className="field-label">
          Colour by
        </label>
        <select
          id="colour-by"
          value={colourBy}
          onChange={(e) => {
            const colourBy = e.target.value as ColourBy;
            whenMeasuresReady({ colourBy }, () => setColourBy(colourBy));
          }}
        >
          {COLOUR_BY.map((c) => (
            <option key={c} value={c}>
              {COLOUR_BY_LABEL[c]}
            </option>
          ))}
        </select>
      </div>
      <ColourKey colourBy={colourBy} />
      <CommunityList />
    </div>
  );
}
