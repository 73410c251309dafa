import { useState } from 'preact/hooks';
import { USER_ROLES, ROLE_LABELS, type UserRole } from '../utils/schemas/roles';

const ROLE_HINTS: Record<UserRole, string> = {
  inkomensconsulent: 'U voert gesprekken met inwoners. Komma opent met de gesprekshulp.',
  handhaver: 'U beslist over maatregelen, boetes en terugvordering. Komma opent met de gevolgencheck.',
  signaleringsconsulent: 'U verzamelt knelpunten uit de praktijk. Komma opent met de signalen.',
  beleidsmedewerker: 'U maakt en verbetert beleid. Komma opent met de kennisbank.',
};

/** First-use question (and later "Wissel rol"): which role decides which area opens first. */
export function RolePicker({
  initial,
  onChoose,
  onCancel,
}: {
  initial?: UserRole;
  onChoose: (role: UserRole) => void;
  onCancel?: () => void;
}) {
  const [choice, setChoice] = useState<UserRole | undefined>(initial);

  return (
    <form
      class="komma-stack"
      onSubmit={(event) => {
        event.preventDefault();
        if (choice) onChoose(choice);
      }}
    >
      <h1 class="utrecht-heading-1" id="komma-role-heading">
        Welkom bij Komma
      </h1>
      <p class="utrecht-paragraph">
        Kies uw rol. Dan opent Komma steeds met het onderdeel dat u het meest nodig hebt. U kunt dit later wijzigen.
      </p>
      <fieldset class="komma-role-options utrecht-form-fieldset" aria-labelledby="komma-role-legend">
        <legend id="komma-role-legend" class="utrecht-form-fieldset__legend">
          Mijn rol
        </legend>
        {USER_ROLES.map((role) => (
          <label class="komma-choice" key={role}>
            <input
              type="radio"
              name="komma-role"
              value={role}
              checked={choice === role}
              onChange={() => setChoice(role)}
            />
            <span>
              <strong>{ROLE_LABELS[role]}</strong>
              <span class="komma-choice__text">{ROLE_HINTS[role]}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div class="komma-row">
        <button type="submit" class="utrecht-button utrecht-button--primary-action" disabled={!choice}>
          Verder
        </button>
        {onCancel && (
          <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={onCancel}>
            Annuleren
          </button>
        )}
      </div>
    </form>
  );
}
