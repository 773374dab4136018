/**
 * "Settings": choices that are about the machine rather than the data (the renderer).
 * They sit behind one button so the header keeps its room for the dataset and search.
 */
import { Popover } from './Popover';
import { RendererToggle } from './RendererToggle';

export function SettingsMenu() {
  return (
    <Popover className="settings" face="Settings" label="Settings" firstFocus="select">
      <RendererToggle />
    </Popover>
  );
}
