import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { makeSubmission } from '../../test/fixtures/signals';
import { db } from '../../utils/db/db';
import type { SignalStatusEntry } from '../../utils/schemas/signal';
import { NEVER } from '../../utils/signals/outbox-item';
import { OUTBOX_REVISION_KEY } from '../../utils/signals/outbox-revision';
import { USER_SETTINGS_KEY } from '../../utils/settings/settings-storage';
import background from './index';

/** The parts of the browser that differ between Chrome/Edge and Firefox; absent in the other. */
interface PanelApis {
  sidePanel?: {
    setPanelBehavior: (behavior: object) => Promise<void>;
    setOptions: () => Promise<void>;
    open: () => Promise<void>;
  };
  sidebarAction?: { toggle: () => Promise<void> };
}
const browserApis = fakeBrowser as unknown as PanelApis;
/** The tab the click happened in; the listener does not read it. */
const tab = { id: 1, index: 0, windowId: 1 } as Browser.tabs.Tab;
const original = { sidePanel: browserApis.sidePanel, sidebarAction: browserApis.sidebarAction };

function chromeLike() {
  const sidePanel = {
    setPanelBehavior: vi.fn(async () => {}),
    setOptions: vi.fn(async () => {}),
    open: vi.fn(async () => {}),
  };
  browserApis.sidePanel = sidePanel;
  browserApis.sidebarAction = undefined;
  return sidePanel;
}

function firefoxLike() {
  const sidebarAction = { toggle: vi.fn(async () => {}) };
  browserApis.sidePanel = undefined;
  browserApis.sidebarAction = sidebarAction;
  return sidebarAction;
}

/** Runs the worker's start-up and waits until its first outbox pass has told the pages. */
async function startWorker() {
  await background.main();
  await vi.waitFor(async () => {
    expect(await fakeBrowser.storage.session.get(OUTBOX_REVISION_KEY)).toHaveProperty(OUTBOX_REVISION_KEY);
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(2);
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
  browserApis.sidePanel = original.sidePanel;
  browserApis.sidebarAction = original.sidebarAction;
});

describe('background start-up per browser', () => {
  it('Chrome and Edge: the toolbar icon (and Alt+Shift+K) opens the side panel, one global panel for every tab', async () => {
    const sidePanel = chromeLike();
    await startWorker();
    expect(sidePanel.setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
    // No per-tab options and no opening by code: the panel stays open across tab switches, also in
    // Edge, and Chrome opens it on the click itself.
    expect(sidePanel.setOptions).not.toHaveBeenCalled();
    expect(sidePanel.open).not.toHaveBeenCalled();
    expect(fakeBrowser.action.onClicked.hasListeners()).toBe(false);
  });

  it('Firefox: the toolbar icon toggles the sidebar within the click, while the user gesture lasts', async () => {
    const sidebarAction = firefoxLike();
    await startWorker();
    expect(fakeBrowser.action.onClicked.hasListeners()).toBe(true);
    // Not awaited: toggle() must be called before the listener yields, or Firefox refuses it.
    void fakeBrowser.action.onClicked.trigger(tab);
    expect(sidebarAction.toggle).toHaveBeenCalledTimes(1);
  });

  it('a browser with neither API still starts the worker and leaves the icon alone', async () => {
    browserApis.sidePanel = undefined;
    browserApis.sidebarAction = undefined;
    await startWorker();
    expect(fakeBrowser.action.onClicked.hasListeners()).toBe(false);
  });

  it('a restarted worker keeps the alarms it finds and re-creates only the missing ones', async () => {
    chromeLike();
    const packDue = Date.now() + 6 * 60 * 60_000;
    await fakeBrowser.alarms.create('komma-refresh-pack', { when: packDue, periodInMinutes: 24 * 60 });
    await startWorker();
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.find((alarm) => alarm.name === 'komma-refresh-pack')?.scheduledTime).toBe(packDue);
    expect(alarms.find((alarm) => alarm.name === 'komma-outbox')?.periodInMinutes).toBe(15);
  });
});

describe('background: answers from the inbox while the panel is closed', () => {
  it('asks the inbox on its outbox alarm and puts the number of new answers on the toolbar icon', async () => {
    chromeLike();
    const endpoint = 'https://signalen.gemeente.example';
    await fakeBrowser.storage.local.set({
      [USER_SETTINGS_KEY]: { version: 1, values: { signalEndpoint: endpoint, signalToken: 'komma_submit_token' } },
    });
    const submission = makeSubmission();
    const sent: SignalStatusEntry = { id: submission.id, status: 'nieuw', updatedAt: '2026-11-20T09:00:00.000Z' };
    await db.outbox.put({
      id: submission.id,
      submission,
      state: 'delivered',
      queuedAt: Date.now(),
      attempts: 0,
      nextAttemptAt: NEVER,
      deliveredAt: Date.now(),
      remote: sent,
    });
    let inbox = sent;
    const fetch = vi.fn(async (_url: string, _init?: RequestInit) => Response.json({ statuses: [inbox] }));
    vi.stubGlobal('fetch', fetch);

    await startWorker();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');

    inbox = {
      ...sent,
      status: 'beleid-aangepast',
      answer: 'De verordening noemt nu een termijn van vier weken.',
      updatedAt: '2026-11-23T09:00:00.000Z',
    };
    // The periodic alarm the worker created fires, as Chrome would after up to 15 minutes.
    await fakeBrowser.alarms.onAlarm.trigger((await fakeBrowser.alarms.get('komma-outbox'))!);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('1'));
    const [url, init] = fetch.mock.calls.at(-1)!;
    expect(url).toMatch(new RegExp(`^${endpoint}/signals/status\\?ids=${submission.id}&submitterKey=`));
    expect((init?.headers as Record<string, string>).Authorization).toBe('Bearer komma_submit_token');
    expect((await db.outbox.get(submission.id))?.remote?.answer).toBe(
      'De verordening noemt nu een termijn van vier weken.',
    );
  });
});
