import type { CheckAnswer, CheckGroup, CheckQuestion, ConsequenceCheck } from '../schemas/checklist';
import { conditionHolds } from './condition-holds';

export interface ApplicableGroup {
  group: CheckGroup;
  /** The questions to ask for this measure, given the answers so far, in definition order. */
  questions: CheckQuestion[];
}

export interface Applicability {
  groups: ApplicableGroup[];
  /** Groups that do not matter for the chosen measure at all; the UI and the text say so. */
  notApplicable: CheckGroup[];
  /**
   * Only the answers to questions that are asked. An answer left behind after the user switched
   * measure, or to a follow-up question whose trigger was undone, must not fire rules or reach the text.
   */
  answers: Partial<Record<string, CheckAnswer>>;
}

function appliesTo(measures: readonly string[] | undefined, measure: string): boolean {
  return measures === undefined || measures.includes(measure);
}

/** The questions of `group` that can be asked for `measure`, follow-ups included, whatever the answers. */
export function questionsForMeasure(group: CheckGroup, measure: string): CheckQuestion[] {
  return group.questions.filter(
    (question) => appliesTo(group.appliesTo, measure) && appliesTo(question.appliesTo, measure),
  );
}

/**
 * Which groups and questions of the check apply to `measure`. `showIf` conditions only refer to
 * earlier questions (the parser enforces it), so one pass in order sees every answer they need.
 */
export function resolveApplicability(
  check: ConsequenceCheck,
  measure: string,
  answers: Readonly<Partial<Record<string, CheckAnswer>>>,
): Applicability {
  const asked: Partial<Record<string, CheckAnswer>> = {};
  const groups: ApplicableGroup[] = [];
  const notApplicable: CheckGroup[] = [];

  for (const group of check.groups) {
    const forMeasure = questionsForMeasure(group, measure);
    if (forMeasure.length === 0) {
      notApplicable.push(group);
      continue;
    }
    const questions: CheckQuestion[] = [];
    for (const question of forMeasure) {
      if (question.showIf !== undefined && !conditionHolds(question.showIf, { measure, answers: asked })) continue;
      questions.push(question);
      const answer = answers[question.id];
      if (answer !== undefined) asked[question.id] = answer;
    }
    if (questions.length > 0) groups.push({ group, questions });
  }

  return { groups, notApplicable, answers: asked };
}
