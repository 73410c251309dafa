import type { ComponentChildren } from 'preact';

export interface AnswerOption<A extends string> {
  value: A;
  label: string;
}

/**
 * One question answered with a few fixed values: a fieldset whose legend is the question and a radio
 * per value, drawn as large segments (hit target ≥ 44 px). Native radios give the keyboard behaviour
 * screen-reader users expect: Tab into the group, arrows to choose.
 */
export function AnswerChoice<A extends string>({
  id,
  legend,
  description,
  options,
  value,
  onChange,
  variant = 'item',
  children,
}: {
  /** Unique in the page; also the radio group's name. */
  id: string;
  legend: ComponentChildren;
  /** Help between the legend and the answers, read with the group by screen readers. */
  description?: ComponentChildren;
  options: readonly AnswerOption<A>[];
  value: A | undefined;
  onChange: (value: A) => void;
  /** 'item' is a checklist item with a divider below; 'field' is one field of a form. */
  variant?: 'item' | 'field';
  /** Shown inside the fieldset after the answers: the "waarom", a note, "Dit knelt". */
  children?: ComponentChildren;
}) {
  const descriptionId = `${id}-description`;
  return (
    <fieldset
      class={`${variant === 'item' ? 'komma-answer' : 'komma-fieldset'} utrecht-form-fieldset`}
      id={id}
      aria-describedby={description ? descriptionId : undefined}
    >
      <legend
        class={`utrecht-form-fieldset__legend ${variant === 'item' ? 'komma-answer__legend' : 'komma-legend--label'}`}
      >
        {legend}
      </legend>
      {description && (
        <p class="utrecht-form-field-description" id={descriptionId}>
          {description}
        </p>
      )}
      <div class="komma-segments">
        <div class="komma-segments__row">
          {options.map((option) => (
            <label class="komma-segment" key={option.value} data-value={option.value}>
              <input
                type="radio"
                class="komma-segment__input"
                name={id}
                value={option.value}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
              />
              <span class="komma-segment__text">{option.label}</span>
            </label>
          ))}
        </div>
      </div>
      {children}
    </fieldset>
  );
}
