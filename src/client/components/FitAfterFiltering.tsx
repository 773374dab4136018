/**
 * "Fit after filtering": after each filter change, the view is fitted to what is shown,
 * so a filter never leaves the user looking at an empty corner. On a large graph the
 * camera moves at once, in the frame that draws the change (see docs/client.md).
 */
import { useEffect, useRef } from 'react';
import { isLargeGraph } from '../config';
import { useGraphCommands } from '../cy/GraphContext';
import { useAtlas } from '../store';

export function FitAfterFiltering() {
  const filters = useAtlas((s) => s.filters);
  const on = useAtlas((s) => s.fitAfterFiltering);
  const request = useAtlas((s) => s.cameraRequest);
  // Play and Compare keep the camera still, so a change is seen as a change.
  const still = useAtlas((s) => s.play.playing || s.compare !== null);
  const large = useAtlas((s) => (s.index ? isLargeGraph(s.index.graph) : false));
  const graph = useGraphCommands();
  const seen = useRef({ filters, request });
  useEffect(() => {
    const before = seen.current;
    seen.current = { filters, request };
    if (before.filters === filters) return;
    // Back and forward bring their own camera with the filters; that camera wins.
    if (on && !still && before.request === request) graph?.fit({ animate: !large });
  }, [filters, request, on, still, graph, large]);
  return null;
}
