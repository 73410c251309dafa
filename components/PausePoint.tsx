import type { ComponentChildren } from 'preact';

export interface OpenEntry {
  /** The id of the element to move focus to, so the user can answer it straight away. */
  targetId: string;
  label: string;
  /** Why it is open, e.g. "nog niet beantwoord" or "nog doen". */
  reason: string;
}

/**
 * The pause point at the end of a phase (Gawande's DO-CONFIRM): what is still open, listed plainly, so
 * an item that was skipped or marked "nog doen" never looks the same as one that is done.
 */
export function PausePoint({
  id,
  moment,
  open,
  doneText,
  elsewhere,
}: {
  id: string;
  /** When to stop and look, e.g. "Voordat het gesprek begint". */
  moment: string;
  open: readonly OpenEntry[];
  doneText: string;
  /** What is still open outside this screen; keeps the pause point open even when this screen is done. */
  elsewhere?: ComponentChildren;
}) {
  const headingId = `${id}-heading`;
  return (
    <section
      class={`komma-pause komma-pause--${open.length === 0 && !elsewhere ? 'done' : 'open'}`}
      aria-labelledby={headingId}
      id={id}
    >
      <h3 class="utrecht-heading-3" id={headingId}>
        Pauzemoment: {moment}
      </h3>
      {open.length === 0 ? (
        <p class="utrecht-paragraph">{doneText}</p>
      ) : (
        <>
          <p class="utrecht-paragraph">{open.length === 1 ? 'Nog 1 punt open:' : `Nog ${open.length} punten open:`}</p>
          <ul class="komma-pause__list">
            {open.map((entry) => (
              <li key={entry.targetId}>
                <a
                  class="utrecht-link"
                  href={`#${entry.targetId}`}
                  onClick={(event) => {
                    event.preventDefault();
                    focusFirstControl(event.currentTarget, entry.targetId);
                  }}
                >
                  {entry.label}
                </a>{' '}
                <span class="komma-pause__reason">({entry.reason})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {elsewhere}
    </section>
  );
}

/** Moves focus to the checked answer of a group, or its first one, as Tab would. */
function focusFirstControl(from: Element, targetId: string) {
  // The root is the document in the side panel and a shadow root in the embedded assistant.
  const target = (from.getRootNode() as Document | ShadowRoot).getElementById(targetId);
  const control =
    target?.querySelector<HTMLElement>('input:checked') ??
    target?.querySelector<HTMLElement>('input, textarea, button');
  control?.focus();
  control?.scrollIntoView({ block: 'center' });
}
