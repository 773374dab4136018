/**
 * "Settings": choices that are about the machine rather than the data (the renderer).
 * They sit behind one button so the header keeps its room for the dataset and search.
 */
import { useId, useRef, useState } from 'react';
import { usePopover } from './usePopover';
import { RendererToggle } from './RendererToggle';

export function SettingsMenu() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const id = useId();

  usePopover(open, setOpen, panel, button, 'select');

  return (
    <div className="settings">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen(!open)}
      >
        Settings
      </button>
      <div
        ref={panel}
        id={`${id}-panel`}
        className="popover"
        role="dialog"
        aria-label="Settings"
        hidden={!open}
      >
        <RendererToggle />
      </div>
    </div>
  );
}
