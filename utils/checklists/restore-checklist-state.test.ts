import { describe, expect, it } from 'vitest';
import { restoreChecklistState } from './restore-checklist-state';

const draft = {
  version: 1,
  kind: 'consequence-check',
  checklistId: 'handhaving',
  measure: 'maatregel',
  answers: { zienswijze: 'ja' },
  notes: {},
  reverseTest: { purpose: 'Dat de inwoner weer naar de afspraken komt', effect: '', fitsLaw: '' },
};

describe('restoreChecklistState', () => {
  it('gives back a stored draft of the current version, as it was, after a JSON round trip', () => {
    expect(restoreChecklistState(JSON.parse(JSON.stringify(draft)))).toEqual(draft);
  });

  it.each([
    ['an older or newer version', { ...draft, version: 0 }],
    ['a damaged answer', { ...draft, answers: { zienswijze: 'true' } }],
    ['a stray personal field', { ...draft, naam: 'J. Jansen' }],
    ['nothing stored', undefined],
  ])('drops %s instead of half-reading it', (_label, stored) => {
    expect(restoreChecklistState(stored)).toBeUndefined();
  });
});
