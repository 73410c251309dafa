import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { db } from '../../utils/db/db';
import { createMessageListener } from '../../utils/messages/listen';
import { refreshRemotePack } from '../../utils/knowledge/remote-pack';
import { createOutbox } from '../../utils/outbox/create-outbox';
import { createDexieOutboxStore } from '../../utils/outbox/dexie-outbox-store';
import { OUTBOX_REVISION_KEY } from '../../utils/signals/outbox-revision';
import { blockingReason, scanSignal } from '../../utils/signals/scan-signal';
import { loadSettings, onSettingsChanged } from '../../utils/settings/settings-storage';
import { createTriageClient } from '../../utils/triage/create-triage-client';
import { createHandlers } from './handlers';

const PACK_ALARM = 'komma-refresh-pack';
/** Safety net for retries and the moment to ask the inbox for answers. */
const OUTBOX_ALARM = 'komma-outbox';
/** One-shot alarm at the next due retry (Chrome waits at least 30 s). */
const OUTBOX_RETRY_ALARM = 'komma-outbox-retry';
const OUTBOX_ALARM_MINUTES = 15;

export default defineBackground(() => {
  // Chrome/Edge: the toolbar icon (and its keyboard shortcut) opens the side panel.
  void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
  // Firefox has no sidePanel API: the toolbar icon toggles the sidebar instead (the click is the
  // user gesture toggle() needs; the shortcut uses _execute_sidebar_action from the manifest).
  const sidebar = (browser as unknown as { sidebarAction?: { toggle(): Promise<void> } }).sidebarAction;
  if (sidebar) browser.action.onClicked.addListener(() => void sidebar.toggle());

  let changeTimer: ReturnType<typeof setTimeout> | undefined;
  let revision = 0;
  const inboxConfig = async () => {
    const { values } = await loadSettings();
    return { endpoint: values.signalEndpoint, token: values.signalToken };
  };
  const outbox = createOutbox({
    store: createDexieOutboxStore(db),
    fetch: (input, init) => fetch(input, init),
    config: inboxConfig,
    screen: (submission) => blockingReason(scanSignal(submission)),
    // Throttled: a flush of many signals changes the outbox many times a second; pages and the
    // badge hear about it at most every 250 ms, and once more at the end.
    onChange: () => {
      changeTimer ??= setTimeout(() => {
        changeTimer = undefined;
        void outboxChanged();
      }, 250);
    },
  });

  const triage = createTriageClient({ fetch: (input, init) => fetch(input, init), config: inboxConfig });

  async function outboxChanged() {
    revision += 1;
    await browser.storage.session.set({ [OUTBOX_REVISION_KEY]: `${Date.now()}-${revision}` });
    const { unseen, nextAttemptAt } = await outbox.summary();
    await showBadge(unseen);
    if (nextAttemptAt === undefined) await browser.alarms.clear(OUTBOX_RETRY_ALARM);
    else await browser.alarms.create(OUTBOX_RETRY_ALARM, { when: Math.max(nextAttemptAt, Date.now() + 1000) });
  }

  async function showBadge(unseen: number) {
    await browser.action?.setBadgeText({ text: unseen > 0 ? String(unseen) : '' });
    if (unseen > 0) await browser.action?.setBadgeBackgroundColor({ color: '#a3005b' });
  }

  const deliverAndPoll = async (mode: 'due' | 'reconnect') => {
    await outbox.flush(mode);
    await outbox.pollStatuses().catch(() => 0);
  };

  browser.runtime.onMessage.addListener(
    createMessageListener(createHandlers(db, outbox, triage), {
      id: browser.runtime.id,
      origin: browser.runtime.getURL('/'),
    }),
  );

  const refreshPack = async () => {
    const { values } = await loadSettings();
    if (values.knowledgePackUrl) await refreshRemotePack(db, values.knowledgePackUrl);
  };

  // Alarms do not survive every restart on all versions, so make sure of them at each worker start.
  ensureAlarm(PACK_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 1 });
  ensureAlarm(OUTBOX_ALARM, { periodInMinutes: OUTBOX_ALARM_MINUTES });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PACK_ALARM) void refreshPack();
    if (alarm.name === OUTBOX_ALARM) void deliverAndPoll('due');
    if (alarm.name === OUTBOX_RETRY_ALARM) void outbox.flush('due');
  });
  browser.runtime.onStartup.addListener(() => {
    void refreshPack();
    void deliverAndPoll('reconnect');
  });
  browser.runtime.onInstalled.addListener(() => void refreshPack());
  globalThis.addEventListener('online', () => void outbox.flush('reconnect'));
  onSettingsChanged(() => {
    void refreshPack();
    // A new address or token may fix what held signals back.
    void outbox.requeueAfterSettingsChange().then(() => outbox.flush('due'));
  });

  // Every worker start counts as a reconnect: after a browser restart Chrome may clear alarms and,
  // for an extension it reloads at start-up, not send onStartup (seen in the e2e tests). A worker
  // Chrome stopped mid-POST left its items leased; this is the only instance, so take them back now
  // rather than after the lease (minutes). Then re-arm the retry alarm.
  void outbox
    .releaseOrphanedLeases()
    .catch(() => 0)
    .then(() => outbox.flush(navigator.onLine ? 'reconnect' : 'due'))
    .then(outboxChanged);
});

/**
 * Creates a periodic alarm only when it is missing. Re-creating it at every worker start would
 * restart its period, and the alarm itself wakes the worker: a worker woken more often than the
 * period would never see it fire (the pack would be fetched every minute instead of daily).
 */
function ensureAlarm(name: string, info: Browser.alarms.AlarmCreateInfo) {
  void browser.alarms.get(name).then((existing) => {
    if (!existing) void browser.alarms.create(name, info);
  });
}
