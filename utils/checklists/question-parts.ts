import type { CheckGroup, ConsequenceCheck } from '../schemas/checklist';
import { questionsForMeasure } from './applicable-questions';

/** Checklist practice: five to nine items fit on one screen and in working memory during a call. */
export const MAX_QUESTIONS_PER_PART = 9;

export interface QuestionPart {
  /** The groups asked on this screen, in definition order. */
  groups: CheckGroup[];
  /** Groups that do not matter for the measure, mentioned where they would have been. */
  skipped: CheckGroup[];
}

/**
 * Splits the questions for a measure into screens of at most nine, never splitting a group and
 * keeping the screens about equally long. Counts every question a group can ask, follow-ups included,
 * so an answer that opens a follow-up never moves a group to another screen under the user's hands.
 */
export function splitIntoParts(check: ConsequenceCheck, measure: string): QuestionPart[] {
  const sized = check.groups.map((group) => ({ group, size: questionsForMeasure(group, measure).length }));
  const total = sized.reduce((sum, { size }) => sum + size, 0);
  if (total === 0) return [{ groups: [], skipped: check.groups }];

  const target = total / Math.ceil(total / MAX_QUESTIONS_PER_PART);
  const parts: QuestionPart[] = [];
  let current: QuestionPart = { groups: [], skipped: [] };
  let count = 0;
  for (const { group, size } of sized) {
    if (size === 0) {
      current.skipped.push(group);
      continue;
    }
    // Start a new screen when this group would not fit, or would take the screen further from the target.
    const overfull = count + size > MAX_QUESTIONS_PER_PART;
    const furtherFromTarget = Math.abs(count + size - target) > Math.abs(count - target);
    if (count > 0 && (overfull || furtherFromTarget)) {
      parts.push(current);
      current = { groups: [], skipped: [] };
      count = 0;
    }
    current.groups.push(group);
    count += size;
  }
  if (current.groups.length > 0) parts.push(current);
  else if (current.skipped.length > 0) parts.at(-1)!.skipped.push(...current.skipped);
  return parts;
}
