/**
 * An accessible type-ahead (WAI-ARIA combobox with a listbox popup), used by Search
 * and by the Path pickers. Arrow keys move through matches, Enter picks the active
 * match (or the first), Escape closes the list, then clears the text.
 */
import { useId, useMemo, useState, type ReactNode } from 'react';
import { NODE_STYLE } from '../logic/style';
import { search, type SearchEntry, type SearchHit } from '../logic/search';

export interface ComboboxProps {
  label: string;
  id?: string;
  entries: readonly SearchEntry[];
  accept?: (e: SearchEntry) => boolean;
  placeholder?: string;
  onPick(hit: SearchHit): void;
  /** Text to show when not typing, e.g. the picked node's label. */
  value?: string;
  /** Whether the label is visible or only for assistive technology. */
  visibleLabel?: boolean;
  icon?: ReactNode;
}

export function Combobox({
  label,
  id,
  entries,
  accept,
  placeholder,
  onPick,
  value,
  visibleLabel,
  icon,
}: ComboboxProps) {
  const auto = useId();
  const inputId = id ?? `${auto}-input`;
  const listId = `${auto}-list`;
  const [text, setText] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const shown = text ?? value ?? '';
  const hits = useMemo(
    () => (text ? search(entries, text, 8, accept) : []),
    [entries, text, accept],
  );
  const expanded = open && hits.length > 0;

  const pick = (hit: SearchHit | undefined) => {
    if (!hit) return;
    setOpen(false);
    setText(null);
    onPick(hit);
  };

  return (
    <div className="combobox">
      <label htmlFor={inputId} className={visibleLabel ? 'field-label' : 'sr-only'}>
        {label}
      </label>
      <div className="combobox-field">
        {icon}
        <input
          id={inputId}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded ? `${listId}-${active}` : undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder={placeholder}
          value={shown}
          onChange={(e) => {
            setText(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => {
            setOpen(false);
            if (text === '') setText(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              setOpen(true);
              setActive((a) => Math.min(a + 1, Math.max(0, hits.length - 1)));
            } else if (e.key === 'ArrowUp') {
              e.preventDefault();
              setActive((a) => Math.max(a - 1, 0));
            } else if (e.key === 'Enter') {
              if (hits.length > 0) {
                e.preventDefault();
                pick(hits[Math.min(active, hits.length - 1)]);
              }
            } else if (e.key === 'Escape') {
              if (expanded) setOpen(false);
              else setText(null);
            }
          }}
        />
      </div>
      <ul
        id={listId}
        role="listbox"
        aria-label="Suggestions"
        className="combobox-list"
        hidden={!expanded}
      >
        {hits.map((h, i) => (
          <li
            key={h.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            // mousedown, not click: picking must happen before the input's blur closes the list.
            onMouseDown={(e) => {
              e.preventDefault();
              pick(h);
            }}
            onMouseEnter={() => setActive(i)}
          >
            <span className={`type-dot type-${h.type}`} aria-hidden="true" />
            <span className="option-label">{h.label}</span>
            <span className="muted small">
              {NODE_STYLE[h.type].label}
              {h.via ? ` · ${h.via}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
