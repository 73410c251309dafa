import { useEffect, useRef, useState } from 'preact/hooks';
import type { ConsequenceCheckModel } from '../models/ConsequenceCheckModel';
import type { FiredRule } from '../utils/checklists/evaluate-rules';
import { questionsIn } from '../utils/checklists/condition-holds';
import { lowerFirst } from '../utils/checklists/tidy-text';
import { CheckQuestionView, questionElementId } from './CheckQuestionView';
import { PausePoint } from './PausePoint';
import { RuleAlert } from './RuleAlert';

/**
 * Where a "let op" card goes: after the group of the last asked question its rule reads, which is where
 * the answer that raised it was given. A rule that reads no asked question goes after the last group.
 */
function placeRules(rules: readonly FiredRule[], check: ConsequenceCheckModel): Map<string, FiredRule[]> {
  const groups = check.applicability.value.groups;
  const groupOfQuestion = new Map(groups.flatMap(({ group, questions }) => questions.map((q) => [q.id, group.id])));
  const order = groups.flatMap(({ questions }) => questions.map((q) => q.id));
  const definitions = new Map(check.definition.value.rules.map((rule) => [rule.id, rule]));
  const placed = new Map<string, FiredRule[]>();
  for (const rule of rules) {
    const read = questionsIn(definitions.get(rule.id)!.when).filter((id) => groupOfQuestion.has(id));
    const last = read.sort((a, b) => order.indexOf(a) - order.indexOf(b)).at(-1);
    const groupId = last ? groupOfQuestion.get(last)! : (groups.at(-1)?.group.id ?? '');
    placed.set(groupId, [...(placed.get(groupId) ?? []), rule]);
  }
  return placed;
}

/** The questions for the chosen measure, one screen of groups at a time, with "let op" cards as soon as they apply. */
export function CheckQuestionsStep({
  check,
  onGoToPart,
}: {
  check: ConsequenceCheckModel;
  /** Opens another screen of questions and moves focus to its heading. */
  onGoToPart: (index: number) => void;
}) {
  const measure = check.measure.value!;
  const fired = check.firedRules.value;
  const placed = placeRules(fired, check);
  const parts = check.parts.value;
  const partIndex = check.questionPart.value;
  const part = parts[partIndex] ?? { groups: [], skipped: [] };
  const isLast = partIndex === parts.length - 1;
  const asked = new Map(check.applicability.value.groups.map((entry) => [entry.group.id, entry]));
  const openElsewhere = check.unansweredPerPart.value
    .map((open, index) => ({ index, count: open.length }))
    .filter(({ index, count }) => index !== partIndex && count > 0);
  const [announcement, setAnnouncement] = useState('');
  const seen = useRef<Set<string> | undefined>(undefined);

  // Announce a "let op" once, when an answer raises it; not the ones already there when the step opens.
  useEffect(() => {
    const ids = new Set(fired.map((rule) => rule.id));
    if (seen.current) {
      const fresh = fired.filter((rule) => !seen.current!.has(rule.id));
      if (fresh.length > 0) setAnnouncement(fresh.map((rule) => `Let op: ${rule.title}.`).join(' '));
    }
    seen.current = ids;
  }, [fired.map((rule) => rule.id).join(' ')]);

  return (
    <>
      <p class="utrecht-paragraph">
        Voorgenomen besluit: <strong>{measure.label}</strong>.{' '}
        <button
          type="button"
          class="utrecht-link-button utrecht-link-button--html-button komma-link-button"
          onClick={() => check.goToStep('besluit')}
        >
          Ander besluit kiezen
        </button>
      </p>
      {partIndex === 0 && (
        <p class="utrecht-paragraph komma-muted">
          Beantwoord elke vraag met ja, nee of onbekend. Wat onbekend blijft, komt in de afwegingstekst onder "Nog
          uitzoeken".
        </p>
      )}
      <p class="komma-visually-hidden" role="status">
        {announcement}
      </p>
      {part.skipped.map((group) => (
        <p key={group.id} class="komma-skipped-group">
          <strong>{group.title}</strong>: niet van toepassing bij {lowerFirst(measure.label)}
        </p>
      ))}
      {part.groups.map((group) => {
        const entry = asked.get(group.id);
        if (!entry) return null;
        return (
          <section key={group.id} class="komma-group komma-stack" aria-labelledby={`komma-group-${group.id}`}>
            <h3 class="utrecht-heading-3" id={`komma-group-${group.id}`}>
              {group.title}
            </h3>
            {entry.questions.map((question) => (
              <CheckQuestionView key={question.id} check={check} question={question} />
            ))}
            {placed.get(group.id)?.map((rule) => (
              <RuleAlert key={rule.id} rule={rule} />
            ))}
          </section>
        );
      })}
      <PausePoint
        id="komma-pause-vragen"
        moment={isLast ? 'Voordat u de omgekeerde toets doet' : `Voordat u naar deel ${partIndex + 2} gaat`}
        open={(check.unansweredPerPart.value[partIndex] ?? []).map((question) => ({
          targetId: questionElementId(question.id),
          label: question.label,
          reason: 'nog niet beantwoord',
        }))}
        elsewhere={
          isLast && openElsewhere.length > 0 ? (
            <div>
              <p class="utrecht-paragraph">In eerdere delen staan nog vragen open:</p>
              <ul class="komma-pause__list">
                {openElsewhere.map(({ index, count }) => (
                  <li key={index}>
                    <button
                      type="button"
                      class="utrecht-link-button utrecht-link-button--html-button komma-link-button"
                      onClick={() => onGoToPart(index)}
                    >
                      Naar deel {index + 1}
                    </button>{' '}
                    <span class="komma-pause__reason">({count === 1 ? '1 vraag open' : `${count} vragen open`})</span>
                  </li>
                ))}
              </ul>
            </div>
          ) : undefined
        }
        doneText={
          isLast && openElsewhere.length === 0
            ? 'Alle vragen zijn beantwoord. Wat onbekend is, komt onder "Nog uitzoeken".'
            : 'Alle vragen op dit scherm zijn beantwoord.'
        }
      />
    </>
  );
}
