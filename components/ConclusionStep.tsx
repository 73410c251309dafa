import type { ConsequenceCheckModel } from '../models/ConsequenceCheckModel';
import { FREE_TEXT_MAX } from '../models/ConsequenceCheckModel';
import { CONCLUSION_LABELS, CONCLUSIONS } from '../utils/schemas/checklist';
import { CopyableText } from './CopyableText';
import { ReportButton } from './ItemExtras';
import { PersonalDataHint } from './PersonalDataHint';

/** The outcome: the conclusion, the weighing text for the case file and one-click copy. */
export function ConclusionStep({
  check,
  onGoToQuestions,
}: {
  check: ConsequenceCheckModel;
  onGoToQuestions: () => void;
}) {
  const conclusion = check.state.value.conclusion;
  const fired = check.firedRules.value;
  const open = check.unanswered.value.length;
  const definitionId = check.definition.value.id;

  return (
    <>
      {fired.length > 0 && (
        <div class="utrecht-alert utrecht-alert--warning">
          <div class="komma-stack">
            <p class="utrecht-paragraph komma-let-op__hooks-label">Let op bij de conclusie:</p>
            <ul class="komma-let-op__hooks">
              {fired.map((rule) => (
                <li key={rule.id}>{rule.title}</li>
              ))}
            </ul>
          </div>
        </div>
      )}
      {open > 0 && (
        <p class="utrecht-paragraph">
          {open === 1 ? 'Er staat nog 1 vraag open.' : `Er staan nog ${open} vragen open.`} Die komen in de tekst onder
          "Nog uitzoeken".{' '}
          <button
            type="button"
            class="utrecht-link-button utrecht-link-button--html-button komma-link-button"
            onClick={onGoToQuestions}
          >
            Naar de vragen
          </button>
        </p>
      )}
      <fieldset class="komma-choices utrecht-form-fieldset">
        <legend class="utrecht-form-fieldset__legend">Wat is uw conclusie?</legend>
        {CONCLUSIONS.map((choice) => (
          <label class="komma-choice" key={choice}>
            <input
              type="radio"
              name="komma-conclusion"
              value={choice}
              checked={conclusion?.choice === choice}
              onChange={() => check.chooseConclusion(choice)}
            />
            <span>
              <strong>{CONCLUSION_LABELS[choice]}</strong>
            </span>
          </label>
        ))}
      </fieldset>
      {conclusion && (
        <div class="utrecht-form-field">
          <label class="utrecht-form-label" for="komma-conclusion-explanation">
            Toelichting bij de conclusie (optioneel)
          </label>
          <p class="utrecht-form-field-description" id="komma-conclusion-explanation-help">
            Bijvoorbeeld welke aanpassing u doet, of waarom u afziet van het besluit.
          </p>
          <textarea
            id="komma-conclusion-explanation"
            class="utrecht-textarea utrecht-textarea--html-textarea"
            rows={3}
            maxLength={FREE_TEXT_MAX}
            value={conclusion.explanation}
            aria-describedby="komma-conclusion-explanation-help komma-conclusion-explanation-privacy"
            onInput={(event) => check.setExplanation(event.currentTarget.value)}
          />
          <PersonalDataHint id="komma-conclusion-explanation-privacy" text={conclusion.explanation} />
        </div>
      )}
      <section class="komma-tool komma-stack" aria-labelledby="komma-weighing-heading">
        <h3 class="utrecht-heading-3" id="komma-weighing-heading">
          Afwegingstekst voor het dossier
        </h3>
        <p class="utrecht-paragraph komma-muted">
          Een neutrale tekst die u in het besluit of het dossier kunt plakken. Lees hem na voordat u hem gebruikt.
        </p>
        <CopyableText
          id="komma-weighing-text"
          copyLabel="Kopieer afwegingstekst"
          previewLabel="Voorbeeld van de afwegingstekst"
          text={check.weighingText.value}
          status={check.copyStatus.value}
          onCopy={() => void check.copyWeighingText()}
        />
      </section>
      <div class="komma-report">
        <p class="utrecht-paragraph">Leidt de regel hier tot een uitkomst die niet past bij wat de wet bedoelt?</p>
        <ReportButton signalRef={`${definitionId}/conclusie`} context="de uitkomst van deze afweging" />
      </div>
    </>
  );
}
