import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

/**
 * A button that shows and hides the content after it (WAI-ARIA "Disclosure"): aria-expanded tells a
 * screen reader the state, and the content is removed rather than hidden, so it is never tabbed into unseen.
 */
export function Disclosure({
  id,
  label,
  context,
  initiallyOpen = false,
  children,
}: {
  id: string;
  /** The visible button text, e.g. "Waarom?". */
  label: string;
  /** Read after the label by screen readers only, so ten "Waarom?" buttons are told apart. */
  context?: string;
  initiallyOpen?: boolean;
  children: ComponentChildren;
}) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <div class="komma-disclosure">
      <button
        type="button"
        class="komma-disclosure__button utrecht-button utrecht-button--subtle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true" class="komma-disclosure__icon">
          {open ? '▾' : '▸'}
        </span>
        {label}
        {context && <span class="komma-visually-hidden"> {context}</span>}
      </button>
      <div id={id} class="komma-disclosure__content komma-stack" hidden={!open}>
        {open && children}
      </div>
    </div>
  );
}
