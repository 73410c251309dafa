/**
 * The outbox: accepts signals, delivers them exactly once at the receiver, and keeps their status.
 * Storage, network, clock and randomness are injected, so the extension's background and the
 * embedded assistant (which has no background) run this same code, and tests drive it directly.
 */
import { signalSubmissionSchema, type SignalStatusEntry } from '../schemas/signal';
import { isFinalStatus } from '../schemas/triage';
import {
  AUTOMATIC_STATES,
  NEVER,
  type DeliveryState,
  type FlushMode,
  type FlushReport,
  type OutboxItem,
} from '../signals/outbox-item';
import { applyOutcome, claim, isDue, releaseLease, requeueHeld } from './delivery-state-machine';
import { fetchStatuses } from './fetch-statuses';
import type { OutboxStore } from './outbox-store';
import { postSignal, type DeliveryConfig, type FetchLike } from './post-signal';
import { newSubmitterKey } from './submitter-key';

export interface OutboxDeps {
  store: OutboxStore;
  fetch: FetchLike;
  /** Read at every flush, so a settings change applies without restarting anything. */
  config: () => Promise<DeliveryConfig>;
  now?: () => number;
  random?: () => number;
  /** Last line of defence before anything is stored: a Dutch reason to refuse, or undefined. */
  screen?: (submission: OutboxItem['submission']) => string | undefined;
  /** Called after every change to the stored items (the UI refreshes "Mijn signalen"). */
  onChange?: () => void;
  /** How long a flush may hold a claimed item; must cover the wait in its batch plus the request. */
  leaseMs?: number;
  timeoutMs?: number;
  /** Parallel POSTs per flush. */
  concurrency?: number;
}

const SUBMITTER_KEY = 'submitterKey';

function isNews(before: SignalStatusEntry | undefined, after: SignalStatusEntry) {
  if (after.answer && after.answer !== before?.answer) return true;
  return after.status !== (before?.status ?? 'nieuw');
}

export function createOutbox(deps: OutboxDeps) {
  const { store } = deps;
  const now = deps.now ?? Date.now;
  const random = deps.random ?? Math.random;
  const timeoutMs = deps.timeoutMs ?? 30_000;
  const concurrency = deps.concurrency ?? 4;
  const batchSize = concurrency * 4;
  // The last item of a batch may wait for batchSize / concurrency requests before its own.
  const leaseMs = deps.leaseMs ?? (batchSize / concurrency + 1) * timeoutMs + 10_000;
  const changed = () => deps.onChange?.();

  function identity(): Promise<string> {
    return store.getOrCreateMeta(SUBMITTER_KEY, () => newSubmitterKey());
  }

  /**
   * Validates and stores a signal at once; delivery happens in flush(). With `replaces`, the signal
   * is the corrected version of a rejected one, which is kept and marked as replaced.
   */
  async function submit(raw: unknown, replaces?: string): Promise<OutboxItem> {
    const parsed = signalSubmissionSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(
        `Het signaal is niet opgeslagen: ${issue?.path.join('.') || 'signaal'}: ${issue?.message ?? 'ongeldig'}.`,
      );
    }
    const submission = parsed.data;
    const refusal = deps.screen?.(submission);
    if (refusal) throw new Error(refusal);
    if (submission.submitterKey !== (await identity())) {
      throw new Error('Het signaal is niet opgeslagen: de installatiecode klopt niet.');
    }
    const at = now();
    const item: OutboxItem = {
      id: submission.id,
      submission,
      state: 'queued',
      queuedAt: at,
      attempts: 0,
      nextAttemptAt: at,
      ...(replaces ? { replaces } : {}),
    };
    await store.add(
      item,
      replaces
        ? {
            id: replaces,
            change: (old) => {
              if (old.state !== 'rejected')
                throw new Error('Alleen een afgewezen signaal kan worden aangepast en opnieuw verstuurd.');
              return { ...old, state: 'superseded', replacedBy: item.id, nextAttemptAt: NEVER };
            },
          }
        : undefined,
    );
    changed();
    return item;
  }

  /** Lease owners of this instance's flushes that are still running. */
  const liveOwners = new Set<string>();

  async function runFlush(mode: FlushMode): Promise<FlushReport> {
    const owner = crypto.randomUUID();
    liveOwners.add(owner);
    try {
      return await deliver(mode, owner);
    } finally {
      liveOwners.delete(owner);
    }
  }

  async function deliver(mode: FlushMode, owner: string): Promise<FlushReport> {
    const config = await deps.config();
    // One attempt per item per flush: a manual retry ignores backoff, and must not loop on a failure.
    const tried = new Set<string>();
    let attempted = 0;
    let delivered = 0;

    // Items are claimed a batch at a time (one transaction) and posted by `concurrency` workers
    // that take the next claimed item as soon as they are free: a slow request holds up only its
    // own worker. The claim's lease covers the batch, so no other flush touches these items.
    const queue: OutboxItem[] = [];
    let claiming: Promise<void> | undefined;
    let exhausted = false;
    async function claimMore() {
      const at = now();
      const batch = await store.claim(
        (candidate) => !tried.has(candidate.id) && isDue(candidate, mode, at),
        (candidate) => {
          tried.add(candidate.id);
          return claim(candidate, owner, at, leaseMs);
        },
        batchSize,
        mode === 'due' ? at : mode === 'reconnect' ? NEVER - 1 : NEVER,
      );
      if (batch.length === 0) exhausted = true;
      queue.push(...batch);
    }
    async function next(): Promise<OutboxItem | undefined> {
      while (queue.length === 0 && !exhausted) {
        claiming ??= claimMore().finally(() => (claiming = undefined));
        await claiming;
      }
      return queue.shift();
    }

    async function worker() {
      for (let item = await next(); item; item = await next()) {
        const outcome = await postSignal(deps.fetch, config, item.submission, timeoutMs);
        if (outcome.kind !== 'no-endpoint') attempted += 1;
        const stored = await store.update(item.id, (current) => {
          if (current.leaseOwner === owner) return applyOutcome(current, outcome, now(), random);
          // Our lease ran out and someone else holds the item now. Only a success is worth
          // recording; their own attempt will come to the same 200.
          if (outcome.kind === 'accepted' && current.state !== 'delivered' && current.state !== 'superseded') {
            return { ...applyOutcome(current, outcome, now(), random), leaseOwner: current.leaseOwner };
          }
          return undefined;
        });
        if (stored?.state === 'delivered' && outcome.kind === 'accepted') delivered += 1;
        changed();
      }
    }

    await Promise.all(Array.from({ length: concurrency }, worker));
    const pending = (await store.all()).filter(
      (item) => item.state !== 'delivered' && item.state !== 'superseded',
    ).length;
    return { attempted, delivered, pending };
  }

  // Flushes in this instance run one after another; the lease guards against other instances.
  let chain: Promise<unknown> = Promise.resolve();
  function flush(mode: FlushMode = 'due'): Promise<FlushReport> {
    const run = chain.then(() => runFlush(mode));
    chain = run.catch(() => undefined);
    return run;
  }

  /**
   * Makes items due again that a flush of an earlier instance had claimed and never finished,
   * instead of waiting out the lease (minutes). Only for the sole outbox on its store: the
   * extension's background, since Chrome runs one instance of a worker at a time, so at its start
   * every foreign lease belongs to a worker that was stopped mid-delivery. Host pages share a store
   * between tabs and must let leases run out. The Idempotency-Key makes the second POST harmless.
   */
  async function releaseOrphanedLeases(): Promise<number> {
    const at = now();
    const count = await store.updateAll((item) =>
      item.leaseOwner !== undefined && !liveOwners.has(item.leaseOwner) ? releaseLease(item, at) : undefined,
    );
    if (count > 0) changed();
    return count;
  }

  /** After a settings change: what waited for an address or a better token is due again. */
  async function requeueAfterSettingsChange(): Promise<number> {
    const at = now();
    const count = await store.updateAll((item) => requeueHeld(item, at));
    if (count > 0) changed();
    return count;
  }

  /** Asks the inbox for news on delivered signals that are not finished yet. Returns how many changed. */
  async function pollStatuses(): Promise<number> {
    const config = await deps.config();
    if (!config.endpoint) return 0;
    const open = (await store.all()).filter(
      (item) => item.state === 'delivered' && !isFinalStatus(item.remote?.status ?? 'nieuw'),
    );
    if (open.length === 0) return 0;
    const entries = await fetchStatuses(
      deps.fetch,
      config,
      await identity(),
      open.map((item) => item.id),
      timeoutMs,
    );
    let updates = 0;
    for (const entry of entries) {
      await store.update(entry.id, (item) => {
        if (item.remote?.updatedAt === entry.updatedAt && item.remote.status === entry.status) return undefined;
        updates += 1;
        return { ...item, remote: entry, unseenUpdate: item.unseenUpdate || isNews(item.remote, entry) };
      });
    }
    if (updates > 0) changed();
    return updates;
  }

  async function markSeen(ids: string[]): Promise<void> {
    let any = false;
    for (const id of ids) {
      await store.update(id, (item) => {
        if (!item.unseenUpdate) return undefined;
        any = true;
        return { ...item, unseenUpdate: false };
      });
    }
    if (any) changed();
  }

  /**
   * In one read: how many answers the user has not seen (the badge) and when the next automatic
   * attempt is due (epoch ms, for the retry alarm; undefined if none).
   */
  async function summary(): Promise<{ unseen: number; nextAttemptAt: number | undefined }> {
    let unseen = 0;
    let next: number | undefined;
    for (const item of await store.all()) {
      if (item.unseenUpdate) unseen += 1;
      if ((AUTOMATIC_STATES as readonly DeliveryState[]).includes(item.state)) {
        next = Math.min(next ?? item.nextAttemptAt, item.nextAttemptAt);
      }
    }
    return { unseen, nextAttemptAt: next };
  }

  async function unseenCount(): Promise<number> {
    return (await summary()).unseen;
  }

  return {
    identity,
    submit,
    flush,
    requeueAfterSettingsChange,
    releaseOrphanedLeases,
    pollStatuses,
    markSeen,
    summary,
    unseenCount,
    list: () => store.all(),
  };
}

export type Outbox = ReturnType<typeof createOutbox>;
