import type { CheckAnswer, Condition } from '../schemas/checklist';

/** What a condition is evaluated against: the chosen measure and the answers given so far. */
export interface ConditionContext {
  measure: string | undefined;
  answers: Readonly<Partial<Record<string, CheckAnswer>>>;
}

/** An unanswered question equals nothing, so `not` of an equality holds until the answer is given. */
export function conditionHolds(condition: Condition, context: ConditionContext): boolean {
  if ('question' in condition) return context.answers[condition.question] === condition.equals;
  if ('measureIn' in condition) return context.measure !== undefined && condition.measureIn.includes(context.measure);
  if ('allOf' in condition) return condition.allOf.every((inner) => conditionHolds(inner, context));
  if ('anyOf' in condition) return condition.anyOf.some((inner) => conditionHolds(inner, context));
  return !conditionHolds(condition.not, context);
}

type Leaf = Extract<Condition, { question: string } | { measureIn: string[] }>;

function leavesOf(condition: Condition): Leaf[] {
  if ('allOf' in condition) return condition.allOf.flatMap(leavesOf);
  if ('anyOf' in condition) return condition.anyOf.flatMap(leavesOf);
  if ('not' in condition) return leavesOf(condition.not);
  return [condition];
}

/** Every question id a condition reads, for cross-reference checks. */
export function questionsIn(condition: Condition): string[] {
  return leavesOf(condition).flatMap((leaf) => ('question' in leaf ? [leaf.question] : []));
}

/** Every measure id a condition names, for cross-reference checks. */
export function measuresIn(condition: Condition): string[] {
  return leavesOf(condition).flatMap((leaf) => ('measureIn' in leaf ? leaf.measureIn : []));
}
