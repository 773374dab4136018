/** What the hover tooltip says about a node: name, type, connections and years. */
import type { GraphIndex } from './graphIndex';
import { formatYears } from './format';
import { SIZE_MEASURE_LABEL, type SizeMeasure } from './sizeMeasures';
import { NODE_STYLE } from './style';

export interface TooltipText {
  name: string;
  /** "Company · 12 connections" */
  summary: string;
  /** "Years: 2018–2020, 2025" or "Years: undated" */
  years: string;
  /** The size measure, when it is not connections: "PageRank: 0.031". */
  measure: string | null;
}

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

/** Measure values read best with three significant digits. */
function formatMeasure(value: number): string {
  return Number.isInteger(value) ? value.toLocaleString('en') : value.toPrecision(3);
}

export function tooltipText(
  index: GraphIndex,
  id: string,
  size?: { measure: SizeMeasure; value: number },
): TooltipText | null {
  const node = index.nodeById.get(id);
  if (!node) return null;
  const connections = index.degree.get(id) ?? 0;
  return {
    name: node.label,
    summary: `${NODE_STYLE[node.type].label} · ${plural(connections, 'connection', 'connections')}`,
    years: `Years: ${formatYears(node.years)}`,
    measure:
      size && size.measure !== 'connections'
        ? `${SIZE_MEASURE_LABEL[size.measure]}: ${formatMeasure(size.value)}`
        : null,
  };
}
