/**
 * A menu that pops over the page (Export, Settings): while it is open, focus moves into
 * its panel, and a click outside or Escape closes it and gives focus back to its button.
 */
import { useEffect, type RefObject } from 'react';
import { focusWhenPresent } from './focusWhenPresent';

export function usePopover(
  open: boolean,
  setOpen: (open: boolean) => void,
  panel: RefObject<HTMLDivElement | null>,
  button: RefObject<HTMLButtonElement | null>,
  /** What takes focus when the panel opens. */
  firstFocus: string,
): void {
  useEffect(() => {
    if (!open) return;
    focusWhenPresent(() => panel.current?.querySelector<HTMLElement>(firstFocus));
    const onDown = (e: MouseEvent) => {
      const target = e.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    // On the document, not the panel: after an export the pressed button is disabled
    // while it runs, and focus falls back to the page.
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('mousedown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open, setOpen, panel, button, firstFocus]);
}
