/**
 * An accessible type-ahead (WAI-ARIA combobox with a listbox popup), used by Search
 * and by the Path pickers. Arrow keys move through matches, Enter picks the active
 * match (or the first), Escape closes the list, then clears the text.
 */
import { useId, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
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

interface KeyContext {
  hits: readonly SearchHit[];
  expanded: boolean;
  pickActive(): void;
  setOpen(open: boolean): void;
  setActive(update: (active: number) => number): void;
  clear(): void;
}

/** Arrow keys move through matches, Enter picks, Escape closes the list, then clears. */
function onComboboxKey(e: KeyboardEvent, context: KeyContext): void {
  const { hits, expanded, setActive } = context;
  if (e.key === 'ArrowDown') {
    e.preventDefault();
    context.setOpen(true);
    setActive((a) => Math.min(a + 1, Math.max(0, hits.length - 1)));
  } else if (e.key === 'ArrowUp') {
    e.preventDefault();
    setActive((a) => Math.max(a - 1, 0));
  } else if (e.key === 'Enter') {
    if (hits.length > 0) {
      e.preventDefault();
      context.pickActive();
    }
  } else if (e.key === 'Escape') {
    if (expanded) context.setOpen(false);
    else context.clear();
  }
}

interface SuggestionsProps {
  listId: string;
  hits: readonly SearchHit[];
  active: number;
  hidden: boolean;
  onPick(hit: SearchHit): void;
  onHover(index: number): void;
}

function Suggestions({ listId, hits, active, hidden, onPick, onHover }: SuggestionsProps) {
  return (
    <ul
      id={listId}
      role="listbox"
      aria-label="Suggestions"
      className="combobox-list"
      hidden={hidden}
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
            onPick(h);
          }}
          onMouseEnter={() => onHover(i)}
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
  );
}

/** What is typed, whether the list is open, the matches and the active one. */
function useMatches(
  entries: readonly SearchEntry[],
  accept: ComboboxProps['accept'],
  onPick: ComboboxProps['onPick'],
) {
  const [text, setText] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const hits = useMemo(
    () => (text ? search(entries, text, 8, accept) : []),
    [entries, text, accept],
  );
  const pick = (hit: SearchHit | undefined) => {
    if (!hit) return;
    setOpen(false);
    setText(null);
    onPick(hit);
  };
  return { text, setText, open, setOpen, active, setActive, hits, pick };
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
  const { text, setText, open, setOpen, active, setActive, hits, pick } = useMatches(
    entries,
    accept,
    onPick,
  );
  const shown = text ?? value ?? '';
  const expanded = open && hits.length > 0;

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
          onKeyDown={(e) =>
            onComboboxKey(e, {
              hits,
              expanded,
              pickActive: () => pick(hits[Math.min(active, hits.length - 1)]),
              setOpen,
              setActive,
              clear: () => setText(null),
            })
          }
        />
      </div>
      <Suggestions
        listId={listId}
        hits={hits}
        active={active}
        hidden={!expanded}
        onPick={pick}
        onHover={setActive}
      />
    </div>
  );
}
