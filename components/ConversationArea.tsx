import type { ConversationModel } from '../models/ConversationModel';
import { CONVERSATION_ANSWER_LABELS, CONVERSATION_ANSWERS, type Phase } from '../utils/schemas/checklist';
import { AgreementsEditor } from './AgreementsEditor';
import { AnswerChoice } from './AnswerChoice';
import { useApp } from './AppContext';
import { ChecklistScreen, useChecklistNavigation } from './ChecklistScreen';
import { Disclosure } from './Disclosure';
import { EmptyArea } from './EmptyArea';
import { FollowUpSummary } from './FollowUpSummary';
import { ItemExtras } from './ItemExtras';
import { PausePoint, type OpenEntry } from './PausePoint';
import { PhaseNavigation } from './PhaseNavigation';

const ANSWER_OPTIONS = CONVERSATION_ANSWERS.map((value) => ({ value, label: CONVERSATION_ANSWER_LABELS[value] }));

export function itemElementId(itemId: string) {
  return `komma-gesprek-${itemId}`;
}

/** Gesprek: the conversation checklist, one screen per phase, with a pause point at the end of each. */
export function ConversationArea() {
  const conversation = useApp().conversation?.value;
  if (!conversation) {
    return (
      <EmptyArea title="Gesprek">
        <p class="utrecht-paragraph">
          Het kennispakket dat Komma nu gebruikt, heeft geen gesprekschecklist. Vraag het team dat de kennisbank
          bijhoudt om de checklist toe te voegen.
        </p>
      </EmptyArea>
    );
  }
  if (!conversation.loaded.value) {
    return (
      <p class="utrecht-paragraph" role="status">
        Gesprek wordt geladen…
      </p>
    );
  }
  return <ConversationChecklistView conversation={conversation} />;
}

function ConversationChecklistView({ conversation }: { conversation: ConversationModel }) {
  const { services } = useApp();
  const navigation = useChecklistNavigation();
  const checklist = conversation.definition.value;
  const phase = conversation.phase.value;
  const index = conversation.phaseIndex.value;
  const answers = conversation.state.value.answers;
  const openItems = conversation.openItems.value;

  const goTo = (phaseId: string) => navigation.go(() => conversation.goToPhase(phaseId));

  function openEntries(target: Phase): OpenEntry[] {
    const open = openItems[target.id];
    if (!open) return [];
    const reasons = new Map([
      ...open.unanswered.map((item) => [item.id, 'nog niet beantwoord'] as const),
      ...open.toDo.map((item) => [item.id, 'nog doen'] as const),
    ]);
    return target.items.flatMap((item) => {
      const reason = reasons.get(item.id);
      return reason ? [{ targetId: itemElementId(item.id), label: item.label, reason }] : [];
    });
  }

  const agreementsPhase = checklist.phases.find((p) => p.tool === 'agreements');

  return (
    <ChecklistScreen
      id="komma-gesprek"
      title={checklist.title}
      reset={{
        label: 'Nieuw gesprek',
        question: 'Nieuw gesprek beginnen?',
        consequence: 'Alle antwoorden en afspraken van dit gesprek worden gewist. Dat kunt u niet ongedaan maken.',
        onConfirm: () =>
          navigation.restart(conversation.reset, 'Nieuw gesprek. Alle antwoorden en afspraken zijn gewist.'),
      }}
      saveProblem={conversation.saveProblem.value}
      stepper={{
        label: 'Fasen van het gesprek',
        current: phase.id,
        onSelect: goTo,
        steps: checklist.phases.map((p) => {
          const open = openEntries(p).length;
          return { id: p.id, title: p.title, status: open === 0 ? 'klaar' : `${open} open` };
        }),
      }}
      navigation={navigation}
      position={`Fase ${index + 1} van ${checklist.phases.length}`}
      heading={phase.title}
    >
      {index === 0 && checklist.intro && <p class="utrecht-paragraph komma-muted">{checklist.intro}</p>}
      {phase.items.map((item) => (
        <AnswerChoice
          key={item.id}
          id={itemElementId(item.id)}
          legend={item.label}
          options={ANSWER_OPTIONS}
          value={answers[item.id]}
          onChange={(value) => conversation.answer(item.id, value)}
        >
          <Disclosure id={`${itemElementId(item.id)}-why`} label="Waarom?" context={item.label}>
            <ItemExtras
              why={item.why}
              source={item.source}
              articles={item.articles}
              signalRef={`${checklist.id}/${item.id}`}
              label={item.label}
            />
          </Disclosure>
        </AnswerChoice>
      ))}
      {phase.tool === 'agreements' && (
        <AgreementsEditor
          agreements={conversation.state.value.agreements}
          today={services.now()}
          onAdd={conversation.addAgreement}
          onRemove={conversation.removeAgreement}
        />
      )}
      {phase.tool === 'follow-up-summary' && (
        <FollowUpSummary
          conversation={conversation}
          onGoToAgreements={agreementsPhase ? () => goTo(agreementsPhase.id) : undefined}
        />
      )}
      <PausePoint
        id={`komma-pause-${phase.id}`}
        moment={phase.pausePoint}
        open={openEntries(phase)}
        doneText="Alles in deze fase is gedaan of niet van toepassing."
      />
      <PhaseNavigation
        previous={checklist.phases[index - 1]}
        next={checklist.phases[index + 1]}
        onGo={(target) => goTo(target.id)}
      />
    </ChecklistScreen>
  );
}
