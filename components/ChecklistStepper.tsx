export interface StepperStep {
  id: string;
  title: string;
  /** A few words on where this step stands, e.g. "3 open" or "klaar". */
  status?: string;
  /** Steps that cannot be opened yet are shown but not offered as a button. */
  disabled?: boolean;
}

/**
 * The phases of a checklist as a numbered list of buttons; the current one carries aria-current="step".
 * Any phase can be opened at any time: a conversation does not always follow the order of the list.
 */
export function ChecklistStepper({
  label,
  steps,
  current,
  onSelect,
}: {
  label: string;
  steps: readonly StepperStep[];
  current: string;
  onSelect: (id: string) => void;
}) {
  return (
    <nav class="komma-stepper" aria-label={label}>
      <ol class="komma-stepper__list">
        {steps.map((step, index) => (
          <li key={step.id} class="komma-stepper__item">
            <button
              type="button"
              class="komma-stepper__button"
              aria-current={step.id === current ? 'step' : undefined}
              disabled={step.disabled}
              onClick={() => onSelect(step.id)}
            >
              <span class="komma-stepper__number" aria-hidden="true">
                {index + 1}
              </span>
              <span class="komma-stepper__text">
                <span class="komma-stepper__title">
                  {step.title}
                  {step.status && <span class="komma-visually-hidden">,</span>}
                </span>
                {step.status && <span class="komma-stepper__status">{step.status}</span>}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
