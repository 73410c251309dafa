/**
 * What the UI needs from the place it runs in. The extension implements it with runtime messages
 * and extension storage; the embedded <komma-assistant> implements it inside the host page.
 * Models receive it as an argument, so tests pass a fake and no view touches a browser API.
 */
import type { RemotePackState } from '../utils/messages/protocol';
import type { UserRole } from '../utils/schemas/roles';
import type { ResolvedSettings, Settings } from '../utils/schemas/settings';

export interface Profile {
  version: 1;
  role: UserRole;
}

/** Small JSON values that must live only as long as the browser session (checklist work in progress). */
export interface SessionStore {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface KommaServices {
  /** 'extension' has an options page and a background; 'embed' runs inside a host web app. */
  shell: 'extension' | 'embed';
  appVersion: string;
  settings: {
    load(): Promise<ResolvedSettings>;
    save(values: Partial<Settings>): Promise<ResolvedSettings>;
    /** Calls back when the policy or the user's values change; returns an unsubscribe function. */
    subscribe(listener: () => void): () => void;
  };
  profile: {
    load(): Promise<Profile | undefined>;
    save(profile: Profile): Promise<void>;
  };
  knowledge: {
    getRemote(): Promise<RemotePackState>;
    refresh(): Promise<RemotePackState>;
  };
  session: SessionStore;
  clipboard: { writeText(text: string): Promise<void> };
  /**
   * Runtime host access (extension only). `request` must be called straight from a click handler,
   * before any await: browsers only grant permissions during a user gesture.
   */
  hostAccess?: {
    has(origin: string): Promise<boolean>;
    /** One prompt for all origins: a second request in the same click may be refused. */
    request(origins: string[]): Promise<boolean>;
  };
  /** Opens the settings page, where there is one. */
  openSettings?: () => void;
  /** Today's date; injectable so review badges are testable. */
  now(): Date;
}
