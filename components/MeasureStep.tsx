import { useState } from 'preact/hooks';
import type { ConsequenceCheckModel } from '../models/ConsequenceCheckModel';

/** Step 1: the intended measure decides which questions matter, so it comes first. */
export function MeasureStep({ check, onContinue }: { check: ConsequenceCheckModel; onContinue: () => void }) {
  const definition = check.definition.value;
  const chosen = check.measure.value?.id;
  const [error, setError] = useState('');

  return (
    <form
      class="komma-stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!chosen) {
          setError('Kies eerst het besluit dat u van plan bent.');
          return;
        }
        setError('');
        onContinue();
      }}
    >
      {definition.intro && <p class="utrecht-paragraph komma-muted">{definition.intro}</p>}
      <fieldset
        class="komma-choices utrecht-form-fieldset"
        aria-describedby={error ? 'komma-measure-error' : undefined}
        aria-invalid={error ? true : undefined}
      >
        <legend class="utrecht-form-fieldset__legend">Voorgenomen besluit</legend>
        {definition.measures.map((measure) => (
          <label class="komma-choice" key={measure.id}>
            <input
              type="radio"
              name="komma-measure"
              value={measure.id}
              checked={chosen === measure.id}
              onChange={() => {
                check.chooseMeasure(measure.id);
                setError('');
              }}
            />
            <span>
              <strong>{measure.label}</strong>
              <span class="komma-choice__text">{measure.description}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <p class="utrecht-form-field-error-message" id="komma-measure-error" aria-live="polite">
        {error}
      </p>
      <button type="submit" class="utrecht-button utrecht-button--primary-action">
        Verder naar de vragen <span aria-hidden="true">→</span>
      </button>
    </form>
  );
}
