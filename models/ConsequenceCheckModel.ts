import { computed, createModel, signal } from '@preact/signals';
import { resolveApplicability, type Applicability } from '../utils/checklists/applicable-questions';
import { buildWeighingText } from '../utils/checklists/build-weighing-text';
import { evaluateRules, type FiredRule } from '../utils/checklists/evaluate-rules';
import { splitIntoParts, type QuestionPart } from '../utils/checklists/question-parts';
import type { LabelledText } from '../utils/checklists/personal-data-warning';
import {
  CHECK_STEPS,
  CHECKLIST_STATE_VERSION,
  REVERSE_TEST_KEYS,
  type CheckAnswer,
  type CheckQuestion,
  type CheckStep,
  type Conclusion,
  type ConsequenceCheck,
  type ConsequenceCheckState,
  type ReverseTestKey,
} from '../utils/schemas/checklist';
import type { KommaServices } from './services';
import { createChecklistSession } from './checklist-session';

export const NOTE_MAX = 500;
export const FREE_TEXT_MAX = 1000;

function emptyState(check: ConsequenceCheck): ConsequenceCheckState {
  return {
    version: CHECKLIST_STATE_VERSION,
    kind: 'consequence-check',
    checklistId: check.id,
    answers: {},
    notes: {},
    reverseTest: { purpose: '', effect: '', fitsLaw: '' },
  };
}

const NO_APPLICABILITY: Applicability = { groups: [], notApplicable: [], answers: {} };

/**
 * The Handhaving consequence check in progress: the intended measure, the answers and notes, the
 * omgekeerde toets and the conclusion. Lives only in the session store, restored when the panel opens.
 */
export const ConsequenceCheckModel = createModel((services: KommaServices, check: ConsequenceCheck) => {
  const definition = signal(check);
  const session = createChecklistSession(services, () => emptyState(check));
  const { update } = session;
  const { state } = session.model;

  const measure = computed(() => check.measures.find((candidate) => candidate.id === state.value.measure));
  /** Without a measure there is nothing to ask yet, so every later step waits for the choice. */
  const step = computed<CheckStep>(() => (measure.value ? (state.value.step ?? 'besluit') : 'besluit'));
  const applicability = computed<Applicability>(() =>
    measure.value ? resolveApplicability(check, measure.value.id, state.value.answers) : NO_APPLICABILITY,
  );
  const firedRules = computed<FiredRule[]>(() =>
    measure.value ? evaluateRules(check, measure.value.id, state.value.answers) : [],
  );
  /** The questions in screens of at most nine; fixed per measure, so answering never reshuffles them. */
  const parts = computed<QuestionPart[]>(() => (measure.value ? splitIntoParts(check, measure.value.id) : []));
  const questionPart = computed(() => Math.min(state.value.questionPart ?? 0, Math.max(parts.value.length - 1, 0)));
  /** Per screen, the asked questions still without an answer: what each screen's pause point lists. */
  const unansweredPerPart = computed<CheckQuestion[][]>(() =>
    parts.value.map((part) => {
      const onScreen = new Set(part.groups.map((group) => group.id));
      return applicability.value.groups
        .filter(({ group }) => onScreen.has(group.id))
        .flatMap(({ questions }) =>
          questions.filter((question) => applicability.value.answers[question.id] === undefined),
        );
    }),
  );
  /**
   * Asked but not answered: open at the last pause point, and "nog uitzoeken" in the text until
   * answered. The screens keep definition order and hold every asked group, so this is their sum.
   */
  const unanswered = computed<CheckQuestion[]>(() => unansweredPerPart.value.flat());
  const weighingText = computed(() => (measure.value ? buildWeighingText(check, state.value) : ''));
  const hasProgress = computed(() => state.value.measure !== undefined);
  /** Everything the user typed that reaches the weighing text, for the privacy check when copying. */
  const typedTexts = computed<LabelledText[]>(() => {
    const asked = applicability.value.groups.flatMap(({ questions }) => questions);
    const notes = asked.flatMap((question) => {
      const note = state.value.notes[question.id];
      return note ? [{ label: `Toelichting bij: ${question.label}`, text: note }] : [];
    });
    const reverse = REVERSE_TEST_KEYS.map((key) => ({
      label: check.reverseTest[key].label,
      text: state.value.reverseTest[key],
    }));
    const explanation = state.value.conclusion?.explanation;
    return [
      ...notes,
      ...reverse,
      ...(explanation ? [{ label: 'Toelichting bij de conclusie', text: explanation }] : []),
    ];
  });

  function chooseMeasure(measureId: string) {
    if (!check.measures.some((candidate) => candidate.id === measureId)) return;
    // Another measure has other screens: start again at the first.
    update((current) =>
      current.measure === measureId ? current : { ...current, measure: measureId, questionPart: undefined },
    );
  }

  function goToStep(next: CheckStep) {
    if (!CHECK_STEPS.includes(next) || (next !== 'besluit' && !measure.value)) return;
    update((current) => ({ ...current, step: next }));
  }

  function goToQuestionPart(index: number) {
    if (!measure.value || !Number.isInteger(index) || index < 0 || index >= parts.value.length) return;
    update((current) => ({ ...current, step: 'vragen', questionPart: index }));
  }

  function answer(questionId: string, value: CheckAnswer) {
    update((current) => ({ ...current, answers: { ...current.answers, [questionId]: value } }));
  }

  function setNote(questionId: string, text: string) {
    const note = text.slice(0, NOTE_MAX);
    update((current) => {
      const { [questionId]: _old, ...others } = current.notes;
      return { ...current, notes: note.trim() === '' ? others : { ...others, [questionId]: note } };
    });
  }

  function setReverseTest(key: ReverseTestKey, text: string) {
    update((current) => ({ ...current, reverseTest: { ...current.reverseTest, [key]: text.slice(0, FREE_TEXT_MAX) } }));
  }

  function chooseConclusion(choice: Conclusion) {
    update((current) => ({ ...current, conclusion: { choice, explanation: current.conclusion?.explanation ?? '' } }));
  }

  function setExplanation(text: string) {
    update((current) =>
      current.conclusion
        ? { ...current, conclusion: { ...current.conclusion, explanation: text.slice(0, FREE_TEXT_MAX) } }
        : current,
    );
  }

  async function copyWeighingText() {
    if (!measure.value) return;
    await session.copy(weighingText.value, typedTexts.value);
  }

  return {
    ...session.model,
    definition,
    measure,
    step,
    applicability,
    firedRules,
    unanswered,
    parts,
    questionPart,
    unansweredPerPart,
    weighingText,
    hasProgress,
    typedTexts,
    chooseMeasure,
    goToStep,
    goToQuestionPart,
    answer,
    setNote,
    setReverseTest,
    chooseConclusion,
    setExplanation,
    copyWeighingText,
  };
});

export type ConsequenceCheckModel = InstanceType<typeof ConsequenceCheckModel>;
