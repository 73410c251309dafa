import type { SignalGroup } from '../../utils/schemas/triage';
import type { GroupRepository } from '../db/group-repository';
import type { Revision } from '../db/revision';
import type { SignalRepository } from '../db/signal-repository';
import { groupSignals } from './group-signals';

/** Trends count days, so a cached grouping may lag the clock by this much at most. */
const MAX_AGE_MS = 60_000;

export interface GroupingService {
  /** Current groups, recomputed only when signals changed (or the cache aged). */
  all(): SignalGroup[];
  find(key: string): SignalGroup | undefined;
}

export function createGroupingService(
  signals: SignalRepository,
  groups: GroupRepository,
  revision: Revision,
  now: () => Date,
): GroupingService {
  let cache: { revision: string; at: number; groups: SignalGroup[]; byKey: Map<string, SignalGroup> } | undefined;

  function current() {
    const at = now().getTime();
    const rev = revision.current();
    if (cache === undefined || cache.revision !== rev || at - cache.at > MAX_AGE_MS) {
      const computed = groupSignals(signals.groupingRows(), groups.titles(), new Date(at));
      cache = { revision: rev, at, groups: computed, byKey: new Map(computed.map((group) => [group.key, group])) };
    }
    return cache;
  }

  return {
    all: () => current().groups,
    find: (key) => current().byKey.get(key),
  };
}
