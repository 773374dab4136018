/** A checkbox group ("Relation types", "Entity types") with the legend's swatches. */
import type { ReactNode } from 'react';

export interface ChecklistItem {
  key: string;
  label: string;
  count: number;
  checked: boolean;
  swatch: ReactNode;
  onChange(on: boolean): void;
}

export function TypeChecklist({ legend, items }: { legend: string; items: ChecklistItem[] }) {
  return (
    <fieldset className="checklist">
      <legend>{legend}</legend>
      {items.map((item) => (
        <label key={item.key} className="check">
          <input
            type="checkbox"
            checked={item.checked}
            onChange={(e) => item.onChange(e.target.checked)}
          />
          {item.swatch}
          <span className="check-label">{item.label}</span>
          {/* The count is visual; the accessible name stays just the type. */}
          <span className="count" aria-hidden="true">
            {item.count}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
