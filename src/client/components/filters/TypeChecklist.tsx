/**
 * A checkbox group ("Relation types", "Entity types") with the legend's swatches, the
 * number of each type shown now, "Only" beside each entry and "All" for the group.
 */
import type { ReactNode } from 'react';

export interface ChecklistItem {
  key: string;
  label: string;
  count: number;
  checked: boolean;
  swatch: ReactNode;
  onChange(on: boolean): void;
}

interface TypeChecklistProps {
  legend: string;
  items: ChecklistItem[];
  /** Keeps only this entry checked. */
  onOnly(key: string): void;
  /** Checks every entry. */
  onAll(): void;
}

export function TypeChecklist({ legend, items, onOnly, onAll }: TypeChecklistProps) {
  const allChecked = items.every((item) => item.checked);
  return (
    <fieldset className="checklist">
      <legend>{legend}</legend>
      <button
        type="button"
        className="link checklist-all"
        aria-label={`All ${legend.toLowerCase()}`}
        disabled={allChecked}
        onClick={onAll}
      >
        All
      </button>
      {items.map((item) => (
        <div key={item.key} className="check-row">
          <label className="check">
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
          <button
            type="button"
            className="link only"
            aria-label={`Only ${item.label}`}
            onClick={() => onOnly(item.key)}
          >
            Only
          </button>
        </div>
      ))}
    </fieldset>
  );
}
