import type { SignalServices } from '../../models/services';
import type { KommaDB } from '../../utils/db/komma-db';
import { createOutbox } from '../../utils/outbox/create-outbox';
import { createDexieOutboxStore } from '../../utils/outbox/dexie-outbox-store';
import type { DeliveryConfig, FetchLike } from '../../utils/outbox/post-signal';
import type { FlushMode } from '../../utils/signals/outbox-item';
import { blockingReason, scanSignal } from '../../utils/signals/scan-signal';
import type { EmitKommaEvent } from './events';

/**
 * Safety net while the page is open: deliver what is due and ask the inbox for answers. The
 * extension's alarm runs every 15 minutes; a page is open for a shorter while, so more often.
 */
export const PAGE_FLUSH_INTERVAL_MS = 5 * 60_000;
/** Outbox changes come in bursts during a flush; the UI and the host hear about them once. */
const CHANGE_SETTLE_MS = 150;

export interface PageOutboxOptions {
  db: KommaDB;
  fetch: FetchLike;
  /** Read at every flush, so a new endpoint attribute or token applies at once. */
  config: () => Promise<DeliveryConfig>;
  emit: EmitKommaEvent;
  now?: () => number;
}

export interface PageOutbox {
  signals: SignalServices;
  /** Element connected: deliver what waits, then keep delivering on `online` and on a timer. */
  start(): void;
  /** Element removed: no timers or listeners are left behind in the host page. */
  stop(): void;
  /** The host changed the endpoint or token: what waited for that is due again. */
  settingsChanged(): void;
}

/**
 * The page flavour of the extension background's outbox wiring: the same createOutbox with the
 * same privacy screen and Dexie store, on the host origin's IndexedDB. Without a background the
 * page itself delivers: on load, when the browser comes back online, after each submit and on a
 * timer (one at the next due retry, one as a periodic safety net).
 */
export function createPageOutbox(options: PageOutboxOptions): PageOutbox {
  const now = options.now ?? Date.now;
  const listeners = new Set<() => void>();
  /** Signals this page saw waiting; when one turns up delivered, the host gets an event. */
  const pending = new Set<string>();
  let running = false;
  let changeTimer: ReturnType<typeof setTimeout> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let periodicTimer: ReturnType<typeof setInterval> | undefined;

  const outbox = createOutbox({
    store: createDexieOutboxStore(options.db),
    fetch: options.fetch,
    config: options.config,
    now,
    // The same last line of defence as the background: a BSN or IBAN never enters the outbox.
    screen: (submission) => blockingReason(scanSignal(submission)),
    onChange: () => {
      clearTimeout(changeTimer);
      changeTimer = setTimeout(() => void outboxChanged().catch(() => undefined), CHANGE_SETTLE_MS);
    },
  });

  async function outboxChanged() {
    listeners.forEach((listener) => listener());
    for (const item of await outbox.list()) {
      if (item.state === 'delivered' && pending.delete(item.id)) options.emit('komma-signal-delivered', { id: item.id });
      else if (item.state !== 'delivered' && item.state !== 'superseded') pending.add(item.id);
    }
    await scheduleRetry();
  }

  /** Like the background's one-shot retry alarm: wake up when the next backoff ends. */
  async function scheduleRetry() {
    clearTimeout(retryTimer);
    retryTimer = undefined;
    if (!running) return;
    const next = (await outbox.summary()).nextAttemptAt;
    if (next === undefined || !running) return;
    const wait = Math.min(Math.max(next - now(), 1000), PAGE_FLUSH_INTERVAL_MS);
    retryTimer = setTimeout(() => void outbox.flush('due').catch(() => undefined), wait);
  }

  async function deliverAndPoll(mode: FlushMode) {
    try {
      await outbox.flush(mode);
      await outbox.pollStatuses();
    } catch {
      // Best effort: the next trigger tries again, and nothing is lost from the outbox.
    }
  }

  const onOnline = () => void deliverAndPoll('reconnect');

  const signals: SignalServices = {
    identity: () => outbox.identity(),
    async submit(submission, replaces) {
      const item = await outbox.submit(submission, replaces);
      pending.add(item.id);
      options.emit('komma-signal-queued', { id: item.id, category: item.submission.category });
      void outbox.flush('due').catch(() => undefined);
      return item;
    },
    list: () => outbox.list(),
    async flush(mode = 'all') {
      const report = await outbox.flush(mode);
      await outbox.pollStatuses().catch(() => 0);
      return report;
    },
    refreshStatuses: () => outbox.pollStatuses(),
    async markSeen(ids) {
      await outbox.markSeen(ids);
      return outbox.unseenCount();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };

  return {
    signals,
    start() {
      if (running) return;
      running = true;
      globalThis.addEventListener('online', onOnline);
      periodicTimer = setInterval(() => void deliverAndPoll('due'), PAGE_FLUSH_INTERVAL_MS);
      // A page load is the page's "browser start": also retry what waited for a connection.
      void outbox
        .list()
        .then((items) => {
          for (const item of items) if (item.state !== 'delivered' && item.state !== 'superseded') pending.add(item.id);
        })
        .catch(() => undefined)
        .then(() => deliverAndPoll('reconnect'));
    },
    stop() {
      running = false;
      globalThis.removeEventListener('online', onOnline);
      clearInterval(periodicTimer);
      clearTimeout(retryTimer);
    },
    settingsChanged() {
      void outbox
        .requeueAfterSettingsChange()
        .then(() => outbox.flush('due'))
        .catch(() => undefined);
    },
  };
}
