/** @vitest-environment node */
import { describe, expect, it } from 'vitest';
import { groupSignals, type GroupableSignal } from './group-signals';
import { normaliseRule } from './normalise-rule';

const NOW = new Date('2026-03-31T12:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;
let counter = 0;

function signal(overrides: Partial<GroupableSignal> & { daysAgo?: number }): GroupableSignal {
  counter += 1;
  const { daysAgo = 1, ...rest } = overrides;
  const rule = rest.rule ?? null;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    category: 'lokaal-beleid',
    rule,
    ruleKey: rule === null ? null : normaliseRule(rule),
    summary: `Signaal nummer ${counter} over iets eigens ${'abcdefghij'[counter % 10]}`,
    occurredAt: new Date(NOW.getTime() - daysAgo * DAY).toISOString(),
    status: 'nieuw',
    groupId: null,
    ...rest,
  };
}

describe('groupSignals', () => {
  it('counts the trend in two 30-day windows, the boundary day included in the recent one', () => {
    const signals = [
      signal({ rule: 'Art. 8', daysAgo: 30 }),
      signal({ rule: 'Art. 8', daysAgo: 30.01 }),
      signal({ rule: 'Art. 8', daysAgo: 60 }),
      signal({ rule: 'Art. 8', daysAgo: 61 }),
    ];
    const [group] = groupSignals(signals, new Map(), NOW);
    expect(group).toMatchObject({ kind: 'rule', count: 4, trend: { last30Days: 1, previous30Days: 2 } });
    expect(group!.firstSeen).toBe(signals[3]!.occurredAt);
    expect(group!.lastSeen).toBe(signals[0]!.occurredAt);
  });

  it('keeps the same rule in different categories apart', () => {
    const groups = groupSignals(
      [signal({ rule: 'Art. 8' }), signal({ rule: 'Art. 8' }), signal({ rule: 'Art. 8', category: 'kennis' })],
      new Map(),
      NOW,
    );
    expect(groups.map((group) => [group.kind, group.count])).toEqual([
      ['rule', 2],
      ['single', 1],
    ]);
  });

  it('lets a rule mentioned only once still join a group of similar texts', () => {
    const withRule = signal({ rule: 'Beleidsregel giften', summary: 'Giftenvrijlating is voor de inwoner niet duidelijk' });
    const withoutRule = signal({ summary: 'Voor inwoners is de giftenvrijlating niet duidelijk genoeg' });
    const [group] = groupSignals([withRule, withoutRule], new Map(), NOW);
    expect(group).toMatchObject({ kind: 'text', count: 2, signalIds: [withRule.id, withoutRule.id] });
    expect(group).not.toHaveProperty('rule');
  });

  it('describes a hand-made group by its title, its most common category and its shared rule only', () => {
    const signals = [
      signal({ groupId: 7, category: 'kennis', rule: 'Art. 8' }),
      signal({ groupId: 7, rule: 'Art. 9' }),
      signal({ groupId: 7 }),
      signal({ groupId: 3, rule: 'Art. 9' }),
      signal({ groupId: 3, rule: 'art 9', status: 'opgelost' }),
    ];
    const groups = groupSignals(signals, new Map([[7, 'Samen bekeken']]), NOW);
    const seven = groups.find((group) => group.key === 'merged-7')!;
    expect(seven).toMatchObject({ title: 'Samen bekeken', category: 'lokaal-beleid', count: 3 });
    expect(seven).not.toHaveProperty('rule');
    const three = groups.find((group) => group.key === 'merged-3')!;
    expect(three).toMatchObject({ rule: 'Art. 9', statuses: { nieuw: 1, opgelost: 1 } });
  });

  it('puts the groups with most recent signals first, then the largest', () => {
    const old = [1, 2, 3].map(() => signal({ rule: 'Oud', daysAgo: 90 }));
    const recent = [1, 2].map(() => signal({ rule: 'Nieuw', daysAgo: 3 }));
    const loner = signal({ daysAgo: 2 });
    expect(groupSignals([...old, ...recent, loner], new Map(), NOW).map((group) => group.count)).toEqual([2, 1, 3]);
  });
});
