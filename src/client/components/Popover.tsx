/**
 * A button that opens a panel over the page (Export, Settings, Corrections). The panel is
 * a dialog named by its heading or its label; usePopover moves focus into it and closes it
 * on a click outside or Escape.
 */
import { useId, useRef, useState, type ReactNode } from 'react';
import { usePopover } from './usePopover';

interface PopoverProps {
  /** Class of the wrapper, which places the button in the toolbar. */
  className: string;
  panelClassName?: string;
  /** What the button shows. */
  face: ReactNode;
  /** A visible heading that names the panel, or else `label` names it. */
  heading?: string;
  label?: string;
  /** What takes focus when the panel opens (a selector inside the panel). */
  firstFocus: string;
  /** The panel's content; a function when it should be built only while open. */
  children: ReactNode | ((open: boolean) => ReactNode);
}

export function Popover(props: PopoverProps) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const id = useId();
  usePopover(open, setOpen, panel, button, props.firstFocus);
  const { heading, children } = props;
  return (
    <div className={props.className}>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen(!open)}
      >
        {props.face}
      </button>
      <div
        ref={panel}
        id={`${id}-panel`}
        className={props.panelClassName ? `popover ${props.panelClassName}` : 'popover'}
        role="dialog"
        {...(heading ? { 'aria-labelledby': `${id}-title` } : { 'aria-label': props.label })}
        hidden={!open}
      >
        {heading && <h2 id={`${id}-title`}>{heading}</h2>}
        {typeof children === 'function' ? children(open) : children}
      </div>
    </div>
  );
}
