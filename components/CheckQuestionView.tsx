import type { ConsequenceCheckModel } from '../models/ConsequenceCheckModel';
import { NOTE_MAX } from '../models/ConsequenceCheckModel';
import { CHECK_ANSWERS, type CheckAnswer, type CheckQuestion } from '../utils/schemas/checklist';
import { AnswerChoice } from './AnswerChoice';
import { Disclosure } from './Disclosure';
import { ItemExtras } from './ItemExtras';
import { PersonalDataHint } from './PersonalDataHint';

const CHECK_ANSWER_LABELS: Record<CheckAnswer, string> = { ja: 'Ja', nee: 'Nee', onbekend: 'Onbekend' };
const ANSWER_OPTIONS = CHECK_ANSWERS.map((value) => ({ value, label: CHECK_ANSWER_LABELS[value] }));

export function questionElementId(questionId: string) {
  return `komma-handhaving-${questionId}`;
}

/** One question of the consequence check: ja / nee / onbekend, the "waarom" and an optional short note. */
export function CheckQuestionView({ check, question }: { check: ConsequenceCheckModel; question: CheckQuestion }) {
  const id = questionElementId(question.id);
  const note = check.state.value.notes[question.id] ?? '';
  return (
    <AnswerChoice
      id={id}
      legend={question.label}
      options={ANSWER_OPTIONS}
      value={check.applicability.value.answers[question.id]}
      onChange={(value) => check.answer(question.id, value)}
    >
      <div class="komma-item-tools">
        <Disclosure id={`${id}-why`} label="Waarom?" context={question.label}>
          <ItemExtras
            why={question.why}
            source={question.source}
            articles={question.articles}
            signalRef={`${check.definition.value.id}/${question.id}`}
            label={question.label}
          />
        </Disclosure>
        <Disclosure
          id={`${id}-note`}
          label={note ? 'Toelichting (ingevuld)' : 'Toelichting'}
          context={question.label}
          initiallyOpen={note !== ''}
        >
          <div class="utrecht-form-field">
            <label class="utrecht-form-label" for={`${id}-note-text`}>
              Korte toelichting (optioneel)
            </label>
            <textarea
              id={`${id}-note-text`}
              class="utrecht-textarea utrecht-textarea--html-textarea"
              rows={2}
              maxLength={NOTE_MAX}
              value={note}
              aria-describedby={`${id}-note-privacy`}
              onInput={(event) => check.setNote(question.id, event.currentTarget.value)}
            />
            <PersonalDataHint id={`${id}-note-privacy`} text={note} />
          </div>
        </Disclosure>
      </div>
    </AnswerChoice>
  );
}
