import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ConversationChecklist } from '../schemas/checklist';
import { openItemsAt } from './open-items';
import { parseChecklist } from './parse-checklists';

const gesprek = parseChecklist('gesprek.yaml', readFileSync('knowledge/checklists/gesprek.yaml', 'utf8'))
  .definition as ConversationChecklist;

describe('openItemsAt', () => {
  it('keeps unanswered items open at the pause point, apart from items marked nog doen', () => {
    const open = openItemsAt(gesprek, 'afronden', {
      'afspraken-samenvatten': 'gedaan',
      'herinnering-afspreken': 'nvt',
      'vervolg-noemen': 'nog-doen',
    });
    expect(open.unanswered.map((item) => item.id)).toEqual(['een-contactroute', 'belangrijk-nieuws-persoonlijk']);
    expect(open.toDo.map((item) => item.id)).toEqual(['vervolg-noemen']);
  });

  it('has nothing open once every item is done or not applicable', () => {
    const answers = Object.fromEntries(
      gesprek.phases[0]?.items.map((item, index) => [item.id, index % 2 === 0 ? 'gedaan' : 'nvt'] as const) ?? [],
    );
    expect(openItemsAt(gesprek, 'voorbereiden', answers)).toEqual({ unanswered: [], toDo: [] });
  });

  it('does not count answers from another phase', () => {
    const open = openItemsAt(gesprek, 'voorbereiden', { 'afspraken-samenvatten': 'gedaan' });
    expect(open.unanswered).toHaveLength(gesprek.phases[0]?.items.length ?? -1);
  });
});
