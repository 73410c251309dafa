/**
 * What the UI needs from the place it runs in. The extension implements it with runtime messages
 * and extension storage; the embedded <komma-assistant> implements it inside the host page.
 * Models receive it as an argument, so tests pass a fake and no view touches a browser API.
 */
import type { RemotePackState } from '../utils/messages/protocol';
import type { UserRole } from '../utils/schemas/roles';
import type { SearchIndexStore } from '../utils/search/pack-search-cache';
import type { ResolvedSettings, Settings } from '../utils/schemas/settings';
import type { SignalSubmission } from '../utils/schemas/signal';
import type { FlushMode, FlushReport, OutboxItem } from '../utils/signals/outbox-item';
import type { TriageClient } from '../utils/triage/create-triage-client';

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

/**
 * The signal outbox as the UI sees it. In the extension the background owns it (IndexedDB and
 * network); in the embed it runs in the page. Either way the UI only submits and reads.
 */
export interface SignalServices {
  /** This installation's random submitterKey: part of every signal, never a name. */
  identity(): Promise<string>;
  /** Stores the signal in the outbox at once (delivery follows); `replaces` is a rejected signal it corrects. */
  submit(submission: SignalSubmission, replaces?: string): Promise<OutboxItem>;
  list(): Promise<OutboxItem[]>;
  /** Tries to deliver now and asks for news; "all" also retries what waits for backoff or settings. */
  flush(mode?: FlushMode): Promise<FlushReport>;
  /** Asks the inbox for status and answers of delivered signals; returns how many changed. */
  refreshStatuses(): Promise<number>;
  /** The user has seen the news on these signals; returns how many unseen remain. */
  markSeen(ids: string[]): Promise<number>;
  /** Calls back when the outbox changed (delivered, failed, answered); returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
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
    /** Where a search index built over the remote pack is kept between panels (extension only). */
    searchIndex?: SearchIndexStore;
  };
  session: SessionStore;
  signals: SignalServices;
  /**
   * The inbox's triage endpoints with the configured address and token (signaleringsconsulent,
   * beleidsmedewerker). Failures are results, never thrown, except when the transport itself fails.
   */
  triage: TriageClient;
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
