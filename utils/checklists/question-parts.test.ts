import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CheckGroup, ConsequenceCheck } from '../schemas/checklist';
import { questionsForMeasure } from './applicable-questions';
import { parseChecklist } from './parse-checklists';
import { MAX_QUESTIONS_PER_PART, splitIntoParts } from './question-parts';

const check = parseChecklist('handhaving.yaml', readFileSync('knowledge/checklists/handhaving.yaml', 'utf8'))
  .definition as ConsequenceCheck;

const ids = (groups: readonly CheckGroup[]) => groups.map((group) => group.id);

function groupOf(id: string, size: number): CheckGroup {
  const questions = Array.from({ length: size }, (_, index) => ({
    id: `${id}-${index}`,
    label: `Vraag ${index + 1} over ${id}`,
  }));
  return { id, title: id, questions } as CheckGroup;
}

describe('splitIntoParts', () => {
  it.each(check.measures.map((measure) => measure.id))(
    'puts every group for %s on exactly one screen of at most nine questions, in order',
    (measure) => {
      const parts = splitIntoParts(check, measure);
      const asked = check.groups.filter((group) => questionsForMeasure(group, measure).length > 0);
      expect(parts.flatMap((part) => ids(part.groups))).toEqual(ids(asked));
      expect(parts.flatMap((part) => ids(part.skipped)).sort()).toEqual(
        ids(check.groups.filter((group) => !asked.includes(group))).sort(),
      );
      for (const part of parts) {
        const size = part.groups.reduce((sum, group) => sum + questionsForMeasure(group, measure).length, 0);
        expect(size).toBeLessThanOrEqual(MAX_QUESTIONS_PER_PART);
        expect(size).toBeGreaterThan(0);
      }
    },
  );

  it('makes screens of about equal length rather than a full one and a near-empty one', () => {
    const small: ConsequenceCheck = { ...check, groups: [groupOf('a', 4), groupOf('b', 3), groupOf('c', 3)] };
    // Ten questions: 7 + 3 would leave a thin second screen; 4 + 6 is the balanced split.
    expect(splitIntoParts(small, 'boete').map((part) => ids(part.groups))).toEqual([['a'], ['b', 'c']]);
  });

  it('keeps a group whole even when it alone is longer than nine questions', () => {
    const long: ConsequenceCheck = { ...check, groups: [groupOf('lang', 12), groupOf('kort', 2)] };
    expect(splitIntoParts(long, 'boete').map((part) => ids(part.groups))).toEqual([['lang'], ['kort']]);
  });

  it('counts follow-up questions before they show, so answering never moves a group to another screen', () => {
    const before = splitIntoParts(check, 'boete').map((part) => ids(part.groups));
    // The split depends on the measure only: it takes no answers at all.
    expect(splitIntoParts(check, 'boete').map((part) => ids(part.groups))).toEqual(before);
    const schulden = check.groups.find((group) => group.id === 'schulden')!;
    expect(questionsForMeasure(schulden, 'boete').some((question) => question.showIf !== undefined)).toBe(true);
  });

  it('shows the check for a boete on four screens: money and home, debts and health, help and capacity, blame and alternatives', () => {
    expect(splitIntoParts(check, 'boete').map((part) => ids(part.groups))).toEqual([
      ['inkomen', 'wonen', 'kinderen'],
      ['schulden', 'gezondheid'],
      ['trajecten', 'kwetsbaarheid', 'doenvermogen'],
      ['verwijtbaarheid', 'hoor-en-wederhoor', 'alternatieven'],
    ]);
  });
});
