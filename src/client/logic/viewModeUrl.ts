/**
 * The view switch in the query string: `view=map` for the Map, nothing for the graph
 * (the default keeps links clean). Any other value falls back to the graph, reported.
 */
export type ViewModeName = 'graph' | 'map';

export function encodeViewMode(mode: ViewModeName, current: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams(current);
  if (mode === 'map') params.set('view', 'map');
  else params.delete('view');
  return params;
}

export function decodeViewMode(params: URLSearchParams): { mode: ViewModeName; dropped: string[] } {
  const raw = params.get('view');
  if (raw === null || raw === 'graph') return { mode: 'graph', dropped: [] };
  if (raw === 'map') return { mode: 'map', dropped: [] };
  return {
    mode: 'graph',
    dropped: [`view ${JSON.stringify(raw.slice(0, 40))} (must be graph or map)`],
  };
}
