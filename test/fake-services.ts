import { vi } from 'vitest';
import type { KommaServices } from '../models/services';
import { resolveSettings } from '../utils/settings/resolve-settings';
import type { Settings } from '../utils/schemas/settings';

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
    clipboard: { writeText: vi.fn(async () => {}) },
    hostAccess: { has: vi.fn(async () => false), request: vi.fn(async () => true) },
    now: () => new Date('2026-03-01T10:00:00Z'),
    ...overrides,
  };
}
