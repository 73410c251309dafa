import { describe, expect, it } from 'vitest';
import type { Condition } from '../schemas/checklist';
import { conditionHolds, measuresIn, questionsIn } from './condition-holds';

const evictionWithChildren: Condition = {
  allOf: [
    { measureIn: ['boete', 'terugvordering'] },
    { question: 'huurachterstand', equals: 'ja' },
    { anyOf: [{ question: 'kinderen', equals: 'ja' }, { not: { question: 'zienswijze', equals: 'ja' } }] },
  ],
};

describe('conditionHolds', () => {
  it('holds when every part of allOf holds', () => {
    const context = { measure: 'boete', answers: { huurachterstand: 'ja', kinderen: 'ja', zienswijze: 'ja' } } as const;
    expect(conditionHolds(evictionWithChildren, context)).toBe(true);
  });

  it('fails when the measure is not listed, or no measure is chosen yet', () => {
    const answers = { huurachterstand: 'ja', kinderen: 'ja' } as const;
    expect(conditionHolds(evictionWithChildren, { measure: 'maatregel', answers })).toBe(false);
    expect(conditionHolds(evictionWithChildren, { measure: undefined, answers })).toBe(false);
  });

  it('treats an unanswered question as not equal to anything, so `not` holds', () => {
    const answers = { huurachterstand: 'ja', kinderen: 'nee' } as const;
    expect(conditionHolds(evictionWithChildren, { measure: 'boete', answers })).toBe(true);
    expect(conditionHolds({ question: 'kinderen', equals: 'onbekend' }, { measure: 'boete', answers: {} })).toBe(false);
  });

  it('fails when no part of anyOf holds', () => {
    const answers = { huurachterstand: 'ja', kinderen: 'nee', zienswijze: 'ja' } as const;
    expect(conditionHolds(evictionWithChildren, { measure: 'boete', answers })).toBe(false);
  });
});

describe('questionsIn and measuresIn', () => {
  it('collect every id a condition refers to, however deep', () => {
    expect(questionsIn(evictionWithChildren)).toEqual(['huurachterstand', 'kinderen', 'zienswijze']);
    expect(measuresIn(evictionWithChildren)).toEqual(['boete', 'terugvordering']);
  });
});
