/** "N companies · N organisations · N people · N places · N relations shown (of M)", announced politely. */
import { useMemo } from 'react';
import { statusText } from '../logic/counts';
import { useAtlas, useDerived } from '../store';

export function StatusLine() {
  const index = useAtlas((s) => s.index);
  const view = useDerived();
  const text = useMemo(() => (index ? statusText(index, view.visible) : ''), [index, view.visible]);
  return (
    <p className="status-line" role="status">
      {text}
    </p>
  );
}
