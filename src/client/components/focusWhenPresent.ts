/**
 * Focus for parts of the page loaded on first use: the element may not exist in the frame
 * that asks for it, so the request is retried on the next frames, up to about a second.
 */
const WAIT_FRAMES = 60;

export function focusWhenPresent(
  find: () => HTMLElement | null | undefined,
  frames = WAIT_FRAMES,
): void {
  const target = find();
  if (target) target.focus();
  else if (frames > 0) requestAnimationFrame(() => focusWhenPresent(find, frames - 1));
}
