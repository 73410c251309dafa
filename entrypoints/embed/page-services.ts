import type { KommaServices, Profile } from '../../models/services';
import { KommaDB } from '../../utils/db/komma-db';
import { fetchPack, keepFetchResult, readRemotePackState } from '../../utils/knowledge/remote-pack';
import { localIsoDate } from '../../utils/knowledge/review-status';
import type { RemotePackState } from '../../utils/messages/protocol';
import { storedProfileSchema } from '../../utils/schemas/profile';
import { storedUserSettingsSchema, type ResolvedSettings } from '../../utils/schemas/settings';
import { resolveSettings } from '../../utils/settings/resolve-settings';
import { createTriageClient } from '../../utils/triage/create-triage-client';
import type { EmitKommaEvent } from './events';
import { HOST_POLICY_NAME } from './host-settings';
import { createPageOutbox } from './page-outbox';
import { createJsonStore, type JsonStore } from './web-storage';

const PROFILE_KEY = 'profile';
const SETTINGS_KEY = 'settings';
const SESSION_PREFIX = 'session:';
/** The extension refreshes a remote pack daily by alarm; a page does it on load once this old. */
export const PACK_MAX_AGE_MS = 24 * 60 * 60 * 1000;
/** Komma's own database on the host origin, named so it can't be mistaken for one of the host's. */
export const PAGE_DB_NAME = 'komma-assistant';

export interface PageServicesOptions {
  appVersion: string;
  /** What the host configured on the element (see host-settings.ts); read again on every load. */
  hostSettings(): Record<string, unknown>;
  emit: EmitKommaEvent;
  /** Defaults to the page's localStorage: only the role and the user's own settings go here. */
  local?: JsonStore;
  /** Defaults to sessionStorage: work in progress that must not outlive the tab. */
  session?: JsonStore;
  db?: KommaDB;
  fetch?: typeof fetch;
  clipboard?: { writeText(text: string): Promise<void> };
  now?: () => Date;
}

export interface PageServices {
  services: KommaServices;
  /** The element calls this when the host changes a configuring attribute or property. */
  settingsChanged(): void;
  /** The element is in the page: signal delivery runs (on load, on `online`, on a timer). */
  start(): void;
  /** The element left the page: delivery stops, no timers or listeners remain. */
  stop(): void;
}

/**
 * The host page's implementation of the services the UI needs: there is no extension background,
 * so settings come from the element, storage is the host origin's, and the page fetches the
 * remote knowledge pack itself. Same interface as the extension's, so every feature is shared.
 */
export function createPageServices(options: PageServicesOptions): PageServices {
  const local = options.local ?? createJsonStore(() => window.localStorage);
  const session = options.session ?? createJsonStore(() => window.sessionStorage);
  const db = options.db ?? new KommaDB(PAGE_DB_NAME);
  const fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
  const now = options.now ?? (() => new Date());
  const listeners = new Set<() => void>();
  /** Used when IndexedDB is unavailable on this origin: the pack is then kept for this page only. */
  let unsavedPack: RemotePackState | undefined;

  async function loadSettings(): Promise<ResolvedSettings> {
    return resolveSettings(options.hostSettings(), local.read(SETTINGS_KEY), HOST_POLICY_NAME);
  }

  const inboxConfig = async () => {
    const { values } = await loadSettings();
    return { endpoint: values.signalEndpoint, token: values.signalToken };
  };
  const outbox = createPageOutbox({
    db,
    fetch: fetchImpl,
    config: inboxConfig,
    emit: options.emit,
    now: () => now().getTime(),
  });

  async function readPack(url: string): Promise<RemotePackState> {
    if (unsavedPack?.url === url) return unsavedPack;
    try {
      return await readRemotePackState(db, url);
    } catch {
      return { url };
    }
  }

  /**
   * Same steps as the background's refreshRemotePack, split so that a page whose IndexedDB is
   * refused (private mode, storage switched off) still gets the pack, kept for this page only.
   */
  async function refreshPack(url: string): Promise<RemotePackState> {
    if (!url) return { url };
    const moment = now();
    const checkedAt = moment.toISOString();
    const result = await fetchPack(url, fetchImpl, localIsoDate(moment));
    try {
      await keepFetchResult(db, url, result, checkedAt);
      return await readRemotePackState(db, url);
    } catch {
      const kept = unsavedPack?.url === url ? unsavedPack : { url };
      unsavedPack = result.ok
        ? { url, pack: result.pack, fetchedAt: checkedAt, checkedAt }
        : { ...kept, error: result.error, checkedAt };
      return unsavedPack;
    }
  }

  function isStale(state: RemotePackState): boolean {
    if (!state.checkedAt) return true;
    return now().getTime() - Date.parse(state.checkedAt) > PACK_MAX_AGE_MS;
  }

  const services: KommaServices = {
    shell: 'embed',
    appVersion: options.appVersion,
    settings: {
      load: loadSettings,
      async save(values) {
        // A token in localStorage would be readable by every script of the host; it comes only
        // from the element's property, for as long as the page lives.
        const { signalToken: _token, ...kept } = values;
        local.write(SETTINGS_KEY, storedUserSettingsSchema.parse({ version: 1, values: kept }));
        listeners.forEach((listener) => listener());
        outbox.settingsChanged();
        return loadSettings();
      },
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    profile: {
      /**
       * The user's own choice wins; until they make one, the role the host set opens Komma
       * directly in that role's area (and is not stored: the host may set another next time).
       */
      async load() {
        const stored = storedProfileSchema.safeParse(local.read(PROFILE_KEY));
        if (stored.success) return stored.data as Profile;
        const { values } = await loadSettings();
        return values.defaultRole ? { version: 1, role: values.defaultRole } : undefined;
      },
      async save(profile) {
        local.write(PROFILE_KEY, storedProfileSchema.parse(profile));
      },
    },
    knowledge: {
      /** Reads the kept pack, and fetches a fresh one first when it is older than a day. */
      async getRemote() {
        const { values } = await loadSettings();
        const url = values.knowledgePackUrl;
        const state = await readPack(url);
        return url && isStale(state) ? refreshPack(url) : state;
      },
      async refresh() {
        const { values } = await loadSettings();
        return refreshPack(values.knowledgePackUrl);
      },
    },
    signals: outbox.signals,
    // No background here: the page calls the inbox itself, with the same client.
    triage: createTriageClient({ fetch: fetchImpl, config: inboxConfig, now: () => now().getTime() }),
    session: {
      async get<T>(key: string) {
        return session.read(SESSION_PREFIX + key) as T | undefined;
      },
      async set(key, value) {
        session.write(SESSION_PREFIX + key, value);
      },
      async remove(key) {
        session.remove(SESSION_PREFIX + key);
      },
    },
    clipboard: {
      async writeText(text) {
        await (options.clipboard ?? navigator.clipboard).writeText(text);
        options.emit('komma-text-copied', { characters: text.length });
      },
    },
    now,
  };

  return {
    services,
    settingsChanged() {
      listeners.forEach((listener) => listener());
      outbox.settingsChanged();
    },
    start: outbox.start,
    stop: outbox.stop,
  };
}
