/**
 * The button that opens and closes one of the panels around the graph (Filters, Details,
 * the List). On a wide screen a closed side panel is a narrow rail holding this button;
 * on a phone the button floats over the graph and the panel is a sheet (styles.css).
 */
import { useAtlas } from '../store';
import type { PanelName } from '../store/types';

interface PanelToggleProps {
  panel: PanelName;
  label: string;
  controls: string;
  className?: string;
}

export function PanelToggle({ panel, label, controls, className }: PanelToggleProps) {
  const open = useAtlas((s) => s.panels[panel]);
  const setPanel = useAtlas((s) => s.setPanel);
  return (
    <button
      type="button"
      className={`panel-toggle ${className ?? ''}`}
      aria-expanded={open}
      aria-controls={controls}
      onClick={() => setPanel(panel, !open)}
    >
      <span className="panel-toggle-label">{label}</span>
      <span className="panel-toggle-mark" aria-hidden="true">
        {open ? '×' : '›'}
      </span>
    </button>
  );
}
