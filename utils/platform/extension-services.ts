import { browser } from 'wxt/browser';
import type { KommaServices, Profile, SessionStore, SignalServices } from '../../models/services';
import { sendMessage } from '../messages/client';
import { storedProfileSchema } from '../schemas/profile';
import { loadSettings, onSettingsChanged, saveUserSettings } from '../settings/settings-storage';
import { OUTBOX_REVISION_KEY } from '../signals/outbox-revision';
import type { TriageClient } from '../triage/create-triage-client';

const PROFILE_KEY = 'profile';

/**
 * chrome.storage.session lives in memory only: it survives closing and reopening the panel and
 * is gone when the browser closes, which is exactly how long checklist work may be kept.
 */
const sessionStore: SessionStore = {
  async get<T>(key: string) {
    const stored = await browser.storage.session.get(key);
    return stored[key] as T | undefined;
  },
  async set(key, value) {
    await browser.storage.session.set({ [key]: value });
  },
  async remove(key) {
    await browser.storage.session.remove(key);
  },
};

/** The outbox lives in the background; pages talk to it only through the message protocol. */
const signalServices: SignalServices = {
  identity: async () => (await sendMessage('signals.identity', {})).submitterKey,
  submit: (submission, replaces) => sendMessage('signals.submit', { submission, replaces }),
  list: () => sendMessage('signals.list', {}),
  flush: (mode = 'all') => sendMessage('signals.flush', { mode }),
  refreshStatuses: async () => (await sendMessage('signals.refreshStatuses', {})).updated,
  markSeen: async (ids) => (await sendMessage('signals.markSeen', { ids })).unseen,
  subscribe(listener) {
    const handler = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && OUTBOX_REVISION_KEY in changes) listener();
    };
    browser.storage.onChanged.addListener(handler);
    return () => browser.storage.onChanged.removeListener(handler);
  },
};

/** Extension pages don't reach the network: the background makes every triage request. */
const triageServices: TriageClient = {
  groups: (query = {}) => sendMessage('triage.groups', query),
  signals: (query = {}) => sendMessage('triage.signals', query),
  setStatus: (target, update) => sendMessage('triage.setStatus', { target, update }),
  merge: (request) => sendMessage('triage.merge', request),
  removeFromGroup: (group, signalId) => sendMessage('triage.removeFromGroup', { group, signalId }),
  export: (query) => sendMessage('triage.export', query),
};

/** The extension's implementation of the services the UI needs. */
export function createExtensionServices(): KommaServices {
  return {
    shell: 'extension',
    appVersion: browser.runtime.getManifest().version,
    settings: {
      load: loadSettings,
      save: saveUserSettings,
      subscribe: onSettingsChanged,
    },
    profile: {
      async load() {
        const stored = await browser.storage.local.get(PROFILE_KEY);
        const parsed = storedProfileSchema.safeParse(stored[PROFILE_KEY]);
        return parsed.success ? (parsed.data as Profile) : undefined;
      },
      async save(profile) {
        await browser.storage.local.set({ [PROFILE_KEY]: storedProfileSchema.parse(profile) });
      },
    },
    knowledge: {
      getRemote: () => sendMessage('knowledge.getRemote', {}),
      refresh: () => sendMessage('knowledge.refresh', {}),
      searchIndex: {
        load: async (key) => (await sendMessage('knowledge.getSearchIndex', { key })).text,
        keep: async (key, text) => void (await sendMessage('knowledge.keepSearchIndex', { key, text })),
      },
    },
    session: sessionStore,
    signals: signalServices,
    triage: triageServices,
    clipboard: { writeText: (text) => navigator.clipboard.writeText(text) },
    hostAccess: {
      has: (origin) => browser.permissions.contains({ origins: [`${origin}/*`] }),
      request: (origins) => browser.permissions.request({ origins: origins.map((origin) => `${origin}/*`) }),
    },
    openSettings: () => void browser.runtime.openOptionsPage(),
    now: () => new Date(),
  };
}
