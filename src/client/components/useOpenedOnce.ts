import { useState } from 'react';

/**
 * True from the first render in which `open` is true on: a part loaded on first use
 * stays mounted after it closes, so it keeps its state and opens again at once.
 */
export function useOpenedOnce(open: boolean): boolean {
  const [opened, setOpened] = useState(false);
  // Adjusting own state while rendering (React's pattern), not an effect that renders twice.
  if (open && !opened) setOpened(true);
  return opened || open;
}
