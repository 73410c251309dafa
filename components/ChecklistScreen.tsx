import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { ChecklistStepper, type StepperStep } from './ChecklistStepper';
import { ConfirmReset } from './ConfirmReset';
import { useFocusRequest } from './useFocusRequest';

/**
 * Navigation shared by both checklist screens: going to another phase moves focus to its heading,
 * and starting over says so out loud, since the screen changes without a page load.
 */
export function useChecklistNavigation() {
  const heading = useFocusRequest<HTMLHeadingElement>();
  const [announcement, setAnnouncement] = useState('');
  return {
    heading,
    announcement,
    /** Runs a change of phase, then focuses the new heading. */
    go(change: () => void) {
      change();
      setAnnouncement('');
      heading.request();
    },
    /** Runs a reset, announces it, then focuses the first heading. */
    restart(reset: () => void, message: string) {
      reset();
      setAnnouncement(message);
      heading.request();
    },
  };
}

export type ChecklistNavigation = ReturnType<typeof useChecklistNavigation>;

/**
 * The frame of a checklist area: title with "Nieuw …", a save problem if any, the phase stepper and
 * the heading of the current phase, which receives focus when the phase changes.
 */
export function ChecklistScreen({
  id,
  title,
  reset,
  saveProblem,
  stepper,
  navigation,
  position,
  heading,
  children,
}: {
  /** Prefix for element ids, e.g. "komma-gesprek". */
  id: string;
  title: string;
  reset: { label: string; question: string; consequence: string; onConfirm: () => void };
  saveProblem?: string;
  stepper: { label: string; steps: readonly StepperStep[]; current: string; onSelect: (id: string) => void };
  navigation: ChecklistNavigation;
  /** Where the user is, e.g. "Fase 1 van 4". */
  position: string;
  heading: string;
  children: ComponentChildren;
}) {
  return (
    <section class="komma-checklist komma-stack" aria-labelledby={`${id}-title`}>
      <div class="komma-area-head">
        <h1 class="utrecht-heading-1" id={`${id}-title`}>
          {title}
        </h1>
        <ConfirmReset id={`${id}-reset`} confirmLabel="Ja, alles wissen" {...reset} />
      </div>
      {saveProblem && (
        <div class="utrecht-alert utrecht-alert--error" role="alert">
          <p class="utrecht-paragraph">{saveProblem}</p>
        </div>
      )}
      <ChecklistStepper {...stepper} />
      <p class="komma-visually-hidden" role="status">
        {navigation.announcement}
      </p>
      <div class="komma-phase komma-stack">
        <h2
          class="utrecht-heading-2 komma-phase__heading"
          id={`${id}-phase-heading`}
          tabIndex={-1}
          ref={navigation.heading.target}
        >
          <span class="komma-phase__count">{position}</span> {heading}
        </h2>
        {children}
      </div>
    </section>
  );
}
