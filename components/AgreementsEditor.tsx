import { useRef, useState } from 'preact/hooks';
import type { AgreementErrors, AgreementInput } from '../models/ConversationModel';
import { formatDeadline } from '../utils/checklists/format-dutch-date';
import { localIsoDate } from '../utils/knowledge/review-status';
import type { Agreement, AgreementParty } from '../utils/schemas/checklist';
import { AGREEMENT_PARTIES } from '../utils/schemas/checklist';
import { AnswerChoice } from './AnswerChoice';
import { PersonalDataHint } from './PersonalDataHint';

const PARTY_LABELS: Record<AgreementParty, string> = { inwoner: 'Inwoner', gemeente: 'Gemeente' };
const PARTY_OPTIONS = AGREEMENT_PARTIES.map((value) => ({ value, label: PARTY_LABELS[value] }));

const EMPTY: AgreementInput = { what: '', who: 'inwoner', due: '' };

/**
 * The agreements of the conversation: what, who and by when. A new agreement is checked as a whole
 * when it is added, so the list (and the session store) only ever holds complete ones.
 */
export function AgreementsEditor({
  agreements,
  today,
  onAdd,
  onRemove,
}: {
  agreements: readonly Agreement[];
  today: Date;
  onAdd: (input: AgreementInput) => AgreementErrors | undefined;
  onRemove: (id: string) => void;
}) {
  const [input, setInput] = useState<AgreementInput>(EMPTY);
  const [errors, setErrors] = useState<AgreementErrors>({});
  const [status, setStatus] = useState('');
  const whatField = useRef<HTMLInputElement>(null);
  const dueField = useRef<HTMLInputElement>(null);
  const tomorrow = localIsoDate(new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1));

  function submit(event: Event) {
    event.preventDefault();
    const problems = onAdd(input);
    if (problems) {
      setErrors(problems);
      setStatus(`De afspraak is nog niet toegevoegd. ${Object.values(problems).join(' ')}`);
      (problems.what ? whatField : dueField).current?.focus();
      return;
    }
    setErrors({});
    setInput({ ...EMPTY, who: input.who });
    setStatus(`Afspraak toegevoegd: ${input.what.trim()}.`);
    // Back to the first field: agreements are usually noted one after another.
    whatField.current?.focus();
  }

  function remove(agreement: Agreement) {
    onRemove(agreement.id);
    setStatus(`Afspraak verwijderd: ${agreement.what}.`);
    whatField.current?.focus();
  }

  const describe = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

  return (
    <section class="komma-tool komma-stack" aria-labelledby="komma-agreements-heading">
      <h3 class="utrecht-heading-3" id="komma-agreements-heading">
        Afspraken
      </h3>
      <p class="utrecht-paragraph">
        Noteer elke afspraak met wat er moet gebeuren, wie het doet en vóór welke datum. Komma zet ze in de tekst voor
        de brief of het bericht.
      </p>
      {agreements.length === 0 ? (
        <p class="utrecht-paragraph komma-muted">Nog geen afspraken.</p>
      ) : (
        <ul class="komma-agreements" aria-label="Genoteerde afspraken">
          {agreements.map((agreement) => (
            <li key={agreement.id} class="komma-agreement">
              <span class="komma-agreement__text">
                <strong>{PARTY_LABELS[agreement.who]}:</strong> {agreement.what} {formatDeadline(agreement.due)}
              </span>
              <button type="button" class="utrecht-button utrecht-button--subtle" onClick={() => remove(agreement)}>
                Verwijder<span class="komma-visually-hidden"> afspraak: {agreement.what}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="komma-agreement-form komma-stack" onSubmit={submit} noValidate>
        <fieldset class="utrecht-form-fieldset komma-fieldset">
          <legend class="utrecht-form-fieldset__legend">Nieuwe afspraak</legend>
          <div class="utrecht-form-field">
            <label class="utrecht-form-label" for="komma-agreement-what">
              Wat moet er gebeuren?
            </label>
            <p class="utrecht-form-field-description" id="komma-agreement-what-help">
              Schrijf het zoals het in de brief moet staan, bijvoorbeeld: Stuur de loonstroken van oktober op.
            </p>
            <input
              ref={whatField}
              id="komma-agreement-what"
              class="utrecht-textbox utrecht-textbox--html-input"
              type="text"
              maxLength={200}
              autoComplete="off"
              value={input.what}
              aria-invalid={errors.what ? true : undefined}
              aria-describedby={describe(
                'komma-agreement-what-help',
                errors.what && 'komma-agreement-what-error',
                'komma-agreement-what-privacy',
              )}
              onInput={(event) => setInput({ ...input, what: event.currentTarget.value })}
            />
            {errors.what && (
              <p class="utrecht-form-field-error-message" id="komma-agreement-what-error">
                {errors.what}
              </p>
            )}
            <PersonalDataHint id="komma-agreement-what-privacy" text={input.what} />
          </div>
          <AnswerChoice
            id="komma-agreement-who"
            variant="field"
            legend="Wie doet het?"
            options={PARTY_OPTIONS}
            value={input.who}
            onChange={(who) => setInput({ ...input, who })}
          />
          <div class="utrecht-form-field">
            <label class="utrecht-form-label" for="komma-agreement-due">
              Vóór welke datum?
            </label>
            <input
              ref={dueField}
              id="komma-agreement-due"
              class="utrecht-textbox utrecht-textbox--html-input komma-date"
              type="date"
              min={tomorrow}
              value={input.due}
              aria-invalid={errors.due ? true : undefined}
              aria-describedby={errors.due ? 'komma-agreement-due-error' : undefined}
              onInput={(event) => setInput({ ...input, due: event.currentTarget.value })}
            />
            {errors.due && (
              <p class="utrecht-form-field-error-message" id="komma-agreement-due-error">
                {errors.due}
              </p>
            )}
          </div>
          {errors.list && <p class="utrecht-form-field-error-message">{errors.list}</p>}
          <button type="submit" class="utrecht-button utrecht-button--secondary-action">
            Afspraak toevoegen
          </button>
        </fieldset>
      </form>
      <p class="komma-visually-hidden" role="status">
        {status}
      </p>
    </section>
  );
}
