import { vi } from 'vitest';
import type { KommaServices, SignalServices } from '../models/services';
import { KommaDB } from '../utils/db/komma-db';
import { createOutbox, type OutboxDeps } from '../utils/outbox/create-outbox';
import { createDexieOutboxStore } from '../utils/outbox/dexie-outbox-store';
import { blockingReason, scanSignal } from '../utils/signals/scan-signal';
import { resolveSettings } from '../utils/settings/resolve-settings';
import type { Settings } from '../utils/schemas/settings';
import { fakeInbox } from './signal-fixtures';

/**
 * Signal services backed by the real outbox on a fresh in-memory database, delivering to a fake
 * inbox: component tests see the same states the user would.
 */
export function createFakeSignalServices(deps: Partial<OutboxDeps> = {}) {
  const inbox = fakeInbox();
  const listeners = new Set<() => void>();
  const outbox = createOutbox({
    store: createDexieOutboxStore(new KommaDB(`fake-${crypto.randomUUID()}`)),
    fetch: inbox.fetch,
    config: async () => ({ endpoint: 'https://inbox.example', token: 'tok' }),
    screen: (submission) => blockingReason(scanSignal(submission)),
    onChange: () => listeners.forEach((listener) => listener()),
    ...deps,
  });
  const signals: SignalServices = {
    identity: () => outbox.identity(),
    submit: vi.fn((submission, replaces) => outbox.submit(submission, replaces)),
    list: () => outbox.list(),
    flush: (mode = 'all') => outbox.flush(mode),
    refreshStatuses: () => outbox.pollStatuses(),
    markSeen: async (ids) => {
      await outbox.markSeen(ids);
      return outbox.unseenCount();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { signals, outbox, inbox };
}

/**
 * In-memory services for model and component tests: settings resolved by the real resolver,
 * everything else a spy. Pass `managed` to simulate an administrator's policy.
 */
export function createFakeServices(
  { managed = {}, user = {} }: { managed?: Record<string, unknown>; user?: Partial<Settings> } = {},
  overrides: Partial<KommaServices> = {},
): KommaServices {
  let stored: Partial<Settings> = user;
  const session = new Map<string, unknown>();
  return {
    shell: 'extension',
    appVersion: '0.1.0',
    settings: {
      load: async () => resolveSettings(managed, { version: 1, values: stored }),
      save: vi.fn(async (values: Partial<Settings>) => {
        stored = values;
        return resolveSettings(managed, { version: 1, values: stored });
      }),
      subscribe: () => () => {},
    },
    profile: { load: async () => ({ version: 1, role: 'inkomensconsulent' }), save: async () => {} },
    knowledge: { getRemote: async () => ({ url: '' }), refresh: async () => ({ url: '' }) },
    session: {
      get: async <T>(key: string) => session.get(key) as T | undefined,
      set: async (key, value) => void session.set(key, value),
      remove: async (key) => void session.delete(key),
    },
    signals: createFakeSignalServices().signals,
    clipboard: { writeText: vi.fn(async () => {}) },
    hostAccess: { has: vi.fn(async () => false), request: vi.fn(async () => true) },
    now: () => new Date('2026-03-01T10:00:00Z'),
    ...overrides,
  };
}
