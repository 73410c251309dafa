import type { ConsequenceCheckModel } from '../models/ConsequenceCheckModel';
import { CHECK_STEPS, CONCLUSION_LABELS, REVERSE_TEST_KEYS, type CheckStep } from '../utils/schemas/checklist';
import { useApp } from './AppContext';
import { CheckQuestionsStep } from './CheckQuestionsStep';
import { ChecklistScreen, useChecklistNavigation } from './ChecklistScreen';
import type { StepperStep } from './ChecklistStepper';
import { ConclusionStep } from './ConclusionStep';
import { EmptyArea } from './EmptyArea';
import { MeasureStep } from './MeasureStep';
import { PhaseNavigation } from './PhaseNavigation';
import { ReverseTestStep } from './ReverseTestStep';

export const STEP_TITLES: Record<CheckStep, string> = {
  besluit: 'Besluit',
  vragen: 'Vragen',
  'omgekeerde-toets': 'Omgekeerde toets',
  conclusie: 'Conclusie',
};

/** The heading of each step says what to do there. */
const STEP_HEADINGS: Record<CheckStep, string> = {
  besluit: 'Welk besluit bent u van plan?',
  vragen: 'Gevolgen voor het huishouden',
  'omgekeerde-toets': 'Omgekeerde toets',
  conclusie: 'Conclusie en afwegingstekst',
};

/** Handhaving: weigh the consequences for the household before a measure, and write the weighing text. */
export function ConsequenceCheckArea() {
  const consequenceCheck = useApp().consequenceCheck?.value;
  if (!consequenceCheck) {
    return (
      <EmptyArea title="Handhaving">
        <p class="utrecht-paragraph">
          Het kennispakket dat Komma nu gebruikt, heeft geen gevolgencheck. Vraag het team dat de kennisbank bijhoudt om
          de gevolgencheck toe te voegen.
        </p>
      </EmptyArea>
    );
  }
  if (!consequenceCheck.loaded.value) {
    return (
      <p class="utrecht-paragraph" role="status">
        Afweging wordt geladen…
      </p>
    );
  }
  return <ConsequenceCheckView check={consequenceCheck} />;
}

function stepStatus(check: ConsequenceCheckModel, step: CheckStep): string | undefined {
  const state = check.state.value;
  switch (step) {
    case 'besluit':
      return check.measure.value?.label ?? 'nog kiezen';
    case 'vragen': {
      const open = check.unanswered.value.length;
      return open === 0 ? 'klaar' : `${open} open`;
    }
    case 'omgekeerde-toets': {
      const filled = REVERSE_TEST_KEYS.filter((key) => state.reverseTest[key].trim() !== '').length;
      return `${filled} van ${REVERSE_TEST_KEYS.length}`;
    }
    case 'conclusie':
      return state.conclusion ? CONCLUSION_LABELS[state.conclusion.choice] : 'open';
  }
}

function ConsequenceCheckView({ check }: { check: ConsequenceCheckModel }) {
  const navigation = useChecklistNavigation();
  const definition = check.definition.value;
  const step = check.step.value;
  const index = CHECK_STEPS.indexOf(step);
  const steps: StepperStep[] = CHECK_STEPS.map((id) => ({
    id,
    title: STEP_TITLES[id],
    status: stepStatus(check, id),
    disabled: id !== 'besluit' && !check.measure.value,
  }));

  const goTo = (next: CheckStep) => navigation.go(() => check.goToStep(next));
  const goToPart = (part: number) => navigation.go(() => check.goToQuestionPart(part));
  const goToFirstOpenPart = () => {
    const firstOpen = check.unansweredPerPart.value.findIndex((open) => open.length > 0);
    if (firstOpen >= 0) goToPart(firstOpen);
    else goTo('vragen');
  };

  // On the question screens, "Vorige" and "Volgende" walk the screens before leaving the step.
  const partCount = check.parts.value.length;
  const part = check.questionPart.value;
  const partStep = (at: number): StepperStep => ({ id: `deel-${at}`, title: `vragen deel ${at + 1} van ${partCount}` });
  const onQuestions = step === 'vragen' && partCount > 1;
  const previous = onQuestions && part > 0 ? partStep(part - 1) : steps[index - 1];
  const next = onQuestions && part < partCount - 1 ? partStep(part + 1) : steps[index + 1];
  const heading = onQuestions ? `${STEP_HEADINGS.vragen} (deel ${part + 1} van ${partCount})` : STEP_HEADINGS[step];

  return (
    <ChecklistScreen
      id="komma-handhaving"
      title={definition.title}
      reset={{
        label: 'Nieuwe afweging',
        question: 'Nieuwe afweging beginnen?',
        consequence:
          'Het besluit, alle antwoorden, toelichtingen, de omgekeerde toets en de conclusie worden gewist. Dat kunt u niet ongedaan maken.',
        onConfirm: () => navigation.restart(check.reset, 'Nieuwe afweging. Alle antwoorden zijn gewist.'),
      }}
      saveProblem={check.saveProblem.value}
      stepper={{
        label: 'Stappen van de afweging',
        current: step,
        steps,
        onSelect: (id) => goTo(id as CheckStep),
      }}
      navigation={navigation}
      position={`Stap ${index + 1} van ${CHECK_STEPS.length}`}
      heading={heading}
    >
      {step === 'besluit' && <MeasureStep check={check} onContinue={() => goTo('vragen')} />}
      {step === 'vragen' && <CheckQuestionsStep check={check} onGoToPart={goToPart} />}
      {step === 'omgekeerde-toets' && <ReverseTestStep check={check} />}
      {step === 'conclusie' && <ConclusionStep check={check} onGoToQuestions={goToFirstOpenPart} />}
      {step !== 'besluit' && (
        <PhaseNavigation
          previous={previous}
          next={next}
          onGo={(target) =>
            target.id.startsWith('deel-') ? goToPart(Number(target.id.slice(5))) : goTo(target.id as CheckStep)
          }
        />
      )}
    </ChecklistScreen>
  );
}
