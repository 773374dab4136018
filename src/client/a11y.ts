/**
 * Focus management shared by panels. When a selection is made from a place that then
 * disappears or is far away (search Enter, a link in the details panel, an entity in
 * the reader), keyboard and screen-reader users are taken to the new details heading.
 */
let pending = false;

export function focusDetailsNext(): void {
  pending = true;
}

/** Called by the details panel after it renders a new selection. */
export function takeDetailsFocusRequest(): boolean {
  const p = pending;
  pending = false;
  return p;
}
