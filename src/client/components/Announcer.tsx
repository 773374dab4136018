/** A polite live region for short confirmations ("Selected Acme"). */
import { useAtlas } from '../store';

export function Announcer() {
  const a = useAtlas((s) => s.announcement);
  // The key forces a new text node, so repeating the same words is read again.
  return (
    <div className="sr-only" aria-live="polite">
      <span key={a.n}>{a.text}</span>
    </div>
  );
}
