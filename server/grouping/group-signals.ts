import { createHash } from 'node:crypto';
import type { SignalCategory, SignalStatus } from '../../utils/schemas/signal';
import type { SignalGroup, SignalGroupKind } from '../../utils/schemas/triage';
import { clusterSimilarTexts } from './similar-text-clusters';

/** What grouping needs of a stored signal. */
export interface GroupableSignal {
  id: string;
  category: SignalCategory;
  rule: string | null;
  /** normaliseRule(rule), or null without a rule. */
  ruleKey: string | null;
  summary: string;
  occurredAt: string;
  status: SignalStatus;
  /** Hand-made group, if merged. */
  groupId: number | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const TREND_DAYS = 30;

function ruleGroupKey(category: string, ruleKey: string): string {
  return `rule-${createHash('sha256').update(`${category}\n${ruleKey}`).digest('hex').slice(0, 16)}`;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function mostCommon<T>(values: readonly T[]): T {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

function describe(
  key: string,
  kind: SignalGroupKind,
  title: string,
  members: readonly GroupableSignal[],
  now: Date,
): SignalGroup {
  const recentFrom = new Date(now.getTime() - TREND_DAYS * DAY_MS).toISOString();
  const previousFrom = new Date(now.getTime() - 2 * TREND_DAYS * DAY_MS).toISOString();
  const statuses: SignalGroup['statuses'] = {};
  let firstSeen = members[0]!.occurredAt;
  let lastSeen = firstSeen;
  let last30Days = 0;
  let previous30Days = 0;
  for (const member of members) {
    statuses[member.status] = (statuses[member.status] ?? 0) + 1;
    if (member.occurredAt < firstSeen) firstSeen = member.occurredAt;
    if (member.occurredAt > lastSeen) lastSeen = member.occurredAt;
    if (member.occurredAt >= recentFrom) last30Days += 1;
    else if (member.occurredAt >= previousFrom) previous30Days += 1;
  }
  const ruleKeys = new Set(members.map((member) => member.ruleKey));
  const rule = ruleKeys.size === 1 ? members.find((member) => member.rule !== null)?.rule : undefined;
  return {
    key,
    kind,
    title,
    category: mostCommon(members.map((member) => member.category)),
    ...(rule === undefined || rule === null ? {} : { rule }),
    count: members.length,
    firstSeen,
    lastSeen,
    trend: { last30Days, previous30Days },
    statuses,
    signalIds: members.map((member) => member.id),
  };
}

/**
 * Groups signals the way a signaleringsconsulent weighs recurrence: hand-made groups first, then
 * the same category and rule, then similar summaries within a category; what is left stands alone.
 * A rule mentioned only once does not make a group, so such a signal can still join similar texts.
 * `signals` must be in arrival order. Sorted busiest first: most signals in the last 30 days.
 */
export function groupSignals(
  signals: readonly GroupableSignal[],
  mergedTitles: ReadonlyMap<number, string>,
  now: Date,
): SignalGroup[] {
  const groups: SignalGroup[] = [];
  const merged = new Map<number, GroupableSignal[]>();
  const byRule = new Map<string, GroupableSignal[]>();
  for (const signal of signals) {
    if (signal.groupId !== null) {
      pushTo(merged, signal.groupId, signal);
    } else if (signal.ruleKey !== null && signal.ruleKey !== '') {
      pushTo(byRule, ruleGroupKey(signal.category, signal.ruleKey), signal);
    }
  }
  for (const [id, members] of merged) {
    groups.push(describe(`merged-${id}`, 'merged', mergedTitles.get(id) ?? members[0]!.summary, members, now));
  }
  const inRuleGroup = new Set<string>();
  for (const [key, members] of byRule) {
    if (members.length < 2) continue;
    for (const member of members) inRuleGroup.add(member.id);
    groups.push(describe(key, 'rule', members[0]!.rule!, members, now));
  }

  const byCategory = new Map<SignalCategory, GroupableSignal[]>();
  for (const signal of signals) {
    if (signal.groupId !== null || inRuleGroup.has(signal.id)) continue;
    pushTo(byCategory, signal.category, signal);
  }
  for (const members of byCategory.values()) {
    const byId = new Map(members.map((member) => [member.id, member]));
    const clusters = clusterSimilarTexts(members.map((member) => ({ id: member.id, text: member.summary })));
    for (const cluster of clusters) {
      const clusterMembers = cluster.map((id) => byId.get(id)!);
      const leader = clusterMembers[0]!;
      groups.push(
        cluster.length === 1
          ? describe(`signal-${leader.id}`, 'single', leader.summary, clusterMembers, now)
          : describe(`text-${leader.id}`, 'text', leader.summary, clusterMembers, now),
      );
    }
  }

  return groups.sort(
    (a, b) =>
      b.trend.last30Days - a.trend.last30Days ||
      b.count - a.count ||
      (a.lastSeen < b.lastSeen ? 1 : a.lastSeen > b.lastSeen ? -1 : 0),
  );
}
