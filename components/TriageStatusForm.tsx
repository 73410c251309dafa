import { useEffect, useRef } from 'preact/hooks';
import type { TriageModel } from '../models/TriageModel';
import { KIND_LABELS } from '../utils/privacy';
import { SIGNAL_STATUSES, SIGNAL_STATUS_LABELS } from '../utils/schemas/signal';
import { isFinalStatus } from '../utils/schemas/triage';
import { useApp } from './AppContext';
import { PersonalDataHint } from './PersonalDataHint';
import { TriageProblemAlert } from './TriageProblemAlert';

const STATUS_HINTS: Record<(typeof SIGNAL_STATUSES)[number], string> = {
  nieuw: 'Nog niet bekeken.',
  'in-behandeling': 'U zoekt uit wat er aan de hand is.',
  'voorgelegd-aan-beleid': 'De beleidsadviseur kijkt ernaar.',
  opgelost: 'Het probleem is weg, zonder nieuw beleid. Antwoord verplicht.',
  'beleid-aangepast': 'Regel, werkwijze of brief is veranderd. Antwoord verplicht.',
  'geen-actie': 'Er verandert niets. Leg uit waarom. Antwoord verplicht.',
};

/**
 * Status and public answer for a group or one signal. The answer goes back to every submitter,
 * so it gets the same privacy guard as a signal: a BSN or IBAN can't be sent, other kinds warn.
 */
export function TriageStatusForm({
  model,
  idPrefix,
  subject,
  level,
}: {
  model: TriageModel;
  idPrefix: string;
  subject: string;
  /** Heading level of the form's title: one below the section it opens in. */
  level: 4 | 5;
}) {
  const Heading = level === 5 ? 'h5' : 'h4';
  const { knowledge } = useApp();
  const draft = model.statusDraft.value;
  const errors = model.statusErrors.value;
  const problem = model.statusProblem.value;
  const formRef = useRef<HTMLFormElement>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const ids = {
    heading: `${idPrefix}-heading`,
    status: `${idPrefix}-status`,
    answer: `${idPrefix}-answer`,
    article: `${idPrefix}-article`,
    articles: `${idPrefix}-articles`,
  };

  // The form opens where the user asked for it; focus goes to the chosen status.
  useEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.focus();
  }, []);

  useEffect(() => {
    if (problem) problemRef.current?.focus();
  }, [problem]);

  if (!draft) return null;
  const final = isFinalStatus(draft.status);
  const findings = model.answerFindings.value;
  const blocked = model.answerBlocked.value;
  const articleId = draft.articleId.trim();
  const article = articleId ? knowledge.articlesById.value.get(articleId) : undefined;

  async function save(event: Event) {
    event.preventDefault();
    if (await model.saveStatus()) return;
    const invalid = (['answer', 'articleId'] as const).find((field) => model.statusErrors.value[field]);
    if (invalid) {
      formRef.current?.querySelector<HTMLElement>(`#${invalid === 'answer' ? ids.answer : ids.article}`)?.focus();
    }
  }

  const answerDescribedBy = [`${ids.answer}-hint`, errors.answer ? `${ids.answer}-error` : '', `${ids.answer}-privacy`]
    .filter(Boolean)
    .join(' ');

  return (
    <form class="komma-stack komma-triage-form" noValidate onSubmit={save} aria-labelledby={ids.heading} ref={formRef}>
      <Heading class="komma-triage-form__title" id={ids.heading}>
        Status en antwoord: {subject}
      </Heading>
      <fieldset class="utrecht-form-fieldset">
        <legend class="utrecht-form-fieldset__legend">Nieuwe status</legend>
        <div class="komma-role-options">
          {SIGNAL_STATUSES.map((status) => (
            <label class="komma-choice" key={status}>
              <input
                class="utrecht-radio-button utrecht-radio-button--html-input"
                type="radio"
                name={ids.status}
                value={status}
                checked={draft.status === status}
                onChange={() => model.editStatus('status', status)}
              />
              <span>
                <strong>{SIGNAL_STATUS_LABELS[status]}</strong>
                <span class="komma-choice__text">{STATUS_HINTS[status]}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <div class={`utrecht-form-field${errors.answer ? ' utrecht-form-field--invalid' : ''}`}>
        <label class="utrecht-form-label" for={ids.answer}>
          Antwoord aan de melder{final ? ' (verplicht)' : ' (niet verplicht)'}
        </label>
        <p class="utrecht-form-field-description" id={`${ids.answer}-hint`}>
          Kort en in gewone taal. De melder leest dit bij Mijn signalen. Schrijf geen gegevens van inwoners op.
        </p>
        {errors.answer && (
          <p class="utrecht-form-field-error-message" id={`${ids.answer}-error`}>
            {errors.answer}
          </p>
        )}
        <textarea
          id={ids.answer}
          class={`utrecht-textarea utrecht-textarea--html-textarea${errors.answer ? ' utrecht-textarea--invalid' : ''}`}
          rows={4}
          maxLength={2000}
          value={draft.answer}
          aria-required={final ? true : undefined}
          aria-invalid={errors.answer ? true : undefined}
          aria-describedby={answerDescribedBy}
          onInput={(event) => model.editStatus('answer', event.currentTarget.value)}
        />
        <PersonalDataHint id={`${ids.answer}-privacy`} text={draft.answer} />
        {findings.length > 0 && (
          <div class="komma-row">
            <p class="utrecht-paragraph">
              {blocked ?? `Gevonden: ${[...new Set(findings.map((finding) => KIND_LABELS[finding.kind]))].join(', ')}.`}
            </p>
            <button
              type="button"
              class="utrecht-button utrecht-button--secondary-action"
              onClick={() => model.redactAnswer()}
            >
              Vervang door plaatshouders
            </button>
          </div>
        )}
      </div>

      <div class={`utrecht-form-field${errors.articleId ? ' utrecht-form-field--invalid' : ''}`}>
        <label class="utrecht-form-label" for={ids.article}>
          Kennisartikel dat de verandering uitlegt (niet verplicht)
        </label>
        <p class="utrecht-form-field-description" id={`${ids.article}-hint`}>
          Het id uit de kennisbank. De melder krijgt een link naar het artikel. Kies uit de lijst of typ het id.
        </p>
        {errors.articleId && (
          <p class="utrecht-form-field-error-message" id={`${ids.article}-error`}>
            {errors.articleId}
          </p>
        )}
        <input
          id={ids.article}
          class={`utrecht-textbox utrecht-textbox--html-input${errors.articleId ? ' utrecht-textbox--invalid' : ''}`}
          type="text"
          list={ids.articles}
          autoComplete="off"
          spellcheck={false}
          maxLength={200}
          value={draft.articleId}
          aria-invalid={errors.articleId ? true : undefined}
          aria-describedby={[
            `${ids.article}-hint`,
            errors.articleId ? `${ids.article}-error` : '',
            `${ids.article}-match`,
          ]
            .filter(Boolean)
            .join(' ')}
          onInput={(event) => model.editStatus('articleId', event.currentTarget.value)}
        />
        <datalist id={ids.articles}>
          {model.articleSuggestions.value.map((suggestion) => (
            <option value={suggestion.id} key={suggestion.id}>
              {suggestion.title}
            </option>
          ))}
        </datalist>
        <p class="komma-preview__hint" id={`${ids.article}-match`} aria-live="polite">
          {articleId === ''
            ? ''
            : article
              ? `Artikel: ${article.title}`
              : 'Dit id staat niet in de kennisbank van Komma.'}
        </p>
      </div>

      {problem && <TriageProblemAlert problem={problem} alertRef={problemRef} />}
      <div class="komma-row">
        <button
          type="submit"
          class="utrecht-button utrecht-button--primary-action"
          aria-disabled={model.saving.value ? true : undefined}
        >
          {model.saving.value ? 'Bezig met opslaan…' : 'Status opslaan'}
        </button>
        <button
          type="button"
          class="utrecht-button utrecht-button--secondary-action"
          onClick={() => model.cancelStatus()}
        >
          Annuleren
        </button>
      </div>
    </form>
  );
}
