/**
 * Splits a document's text into runs for the reader: plain text, recognised entities
 * (clickable) and the highlighted evidence sentence. The result is rendered as React
 * text nodes, never as HTML, so nothing in a document can become markup.
 */
import type { EntitySpan } from '../../schema/graph';

export interface Segment {
  start: number;
  end: number;
  /** Node id when this run is a recognised entity. */
  entity: string | null;
  /** Inside the evidence sentence being read. */
  highlight: boolean;
}

export function segmentText(
  length: number,
  entities: readonly EntitySpan[],
  highlight: { start: number; end: number } | null,
): Segment[] {
  // Non-overlapping spans inside the text, earliest first; on overlap the longer wins.
  const spans = entities
    .filter((s) => s.start < s.end && s.start >= 0 && s.end <= length)
    .slice()
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: EntitySpan[] = [];
  let last = 0;
  for (const s of spans) {
    if (s.start < last) continue;
    chosen.push(s);
    last = s.end;
  }
  const hl =
    highlight && highlight.start < highlight.end
      ? { start: Math.max(0, highlight.start), end: Math.min(length, highlight.end) }
      : null;
  // Cut points: span edges and highlight edges.
  const cuts = new Set<number>([0, length]);
  for (const s of chosen) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  if (hl) {
    cuts.add(hl.start);
    cuts.add(hl.end);
  }
  const points = [...cuts].filter((p) => p >= 0 && p <= length).sort((a, b) => a - b);
  const out: Segment[] = [];
  let si = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    while (si < chosen.length && chosen[si]!.end <= start) si++;
    const span = chosen[si];
    const entity = span && span.start <= start && end <= span.end ? span.node : null;
    out.push({ start, end, entity, highlight: hl !== null && start >= hl.start && end <= hl.end });
  }
  return out;
}
