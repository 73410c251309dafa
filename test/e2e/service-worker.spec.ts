import type { BrowserContext, Worker } from '@playwright/test';
import type { browser } from 'wxt/browser';
import { article, pack } from '../fixtures/packs';
import { gesprek } from '../fixtures/checklists';
import { expect, test } from './fixtures';
import { startLocalServer } from './helpers/local-server';
import { ServiceWorkerControl } from './helpers/service-worker-control';
import { configureReceiver, SignalReceiver } from './helpers/signal-receiver';
import { storeSettings } from './helpers/store-settings';
import { GesprekArea } from './pages/GesprekArea';
import { SidePanel } from './pages/SidePanel';
import { SignalsPage } from './pages/SignalsPage';

type ExtensionApi = typeof browser;

/*
 * Chrome stops an extension's service worker after 30 s without events, and at any other moment
 * it likes (memory pressure, an update). Nothing Komma keeps may live only in the worker's memory.
 * These tests stop the worker on purpose at the worst moment (see ServiceWorkerControl for how)
 * and check what the user sees afterwards.
 */

/** Receivers a test started; taken down after it. */
const receivers: SignalReceiver[] = [];
test.afterEach(async () => {
  for (const receiver of receivers.splice(0)) await receiver.down();
});

/** Writes a signal while the receiver is down, then closes the panel: the signal waits in the outbox. */
async function signalWaitingForReceiver(
  context: BrowserContext,
  extensionId: string,
  background: Worker,
  summary: string,
) {
  const receiver = await SignalReceiver.reserve();
  receivers.push(receiver);
  await configureReceiver(background, receiver);
  const signals = await SignalsPage.open(context, extensionId);
  await signals.create(summary);
  await expect(signals.state(summary)).toHaveText('Wacht op verbinding');
  const id = await signals.idOf(summary);
  await signals.page.close();
  return { receiver, id };
}

test.describe('the background worker stopped mid-work loses nothing', () => {
  test('a signal written while the receiver is down is delivered once when the panel wakes the stopped worker', async ({
    context,
    extensionId,
    background,
  }) => {
    const control = await ServiceWorkerControl.attach(context, extensionId);
    const summary = 'De beslistermijn voor bijzondere bijstand is onduidelijk';
    const { receiver, id } = await signalWaitingForReceiver(context, extensionId, background, summary);

    const starts = await control.stop();
    await receiver.up();
    // Opening the panel sends the worker a message, which starts it again.
    const signals = await SignalsPage.open(context, extensionId, { firstUse: false });
    await control.waitForRestart(starts);
    await expect(signals.state(summary)).toHaveText('Verzonden');
    expect(receiver.postsOf(id)).toBe(1);
    expect([...receiver.records.keys()]).toEqual([id]);
  });

  test('with no page open, the retry alarm wakes the stopped worker and it delivers the waiting signal once', async ({
    context,
    extensionId,
    background,
  }) => {
    const control = await ServiceWorkerControl.attach(context, extensionId);
    const summary = 'Het formulier voor de inkomstenopgave vraagt te veel';
    const { receiver, id } = await signalWaitingForReceiver(context, extensionId, background, summary);
    // The outbox set its retry alarm after the failed attempt, somewhere in the first backoff
    // window (1 to 30 s of random jitter). Bring it forward so the test need not wait for the draw.
    const alarm = await background.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: ExtensionApi };
      const existing = await chrome.alarms.get('komma-outbox-retry');
      await chrome.alarms.create('komma-outbox-retry', { when: Date.now() + 2_000 });
      return existing;
    });
    expect(alarm, 'the outbox set no retry alarm').toBeTruthy();

    const starts = await control.stop();
    await receiver.up();
    await control.waitForRestart(starts);
    await expect.poll(() => receiver.records.size).toBe(1);
    expect(receiver.postsOf(id)).toBe(1);
    const reopened = await SignalsPage.open(context, extensionId, { firstUse: false });
    await expect(reopened.state(summary)).toHaveText('Verzonden');
  });

  test('a worker stopped while its POST is on the wire sends the signal again after restart, and the receiver keeps one', async ({
    context,
    extensionId,
    background,
  }) => {
    const control = await ServiceWorkerControl.attach(context, extensionId);
    const receiver = await SignalReceiver.start();
    receivers.push(receiver);
    // The receiver stores the signal only after this wait, so the worker dies before any answer.
    receiver.slowDown(3_000);
    await configureReceiver(background, receiver);
    let signals = await SignalsPage.open(context, extensionId);
    const summary = 'De toeslag voor alleenstaande ouders ontbreekt in de rekentool';
    await signals.create(summary);
    const id = await signals.idOf(summary);
    await expect.poll(() => receiver.postsOf(id)).toBe(1);
    await signals.page.close();

    const starts = await control.stop();
    receiver.slowDown(0);
    signals = await SignalsPage.open(context, extensionId, { firstUse: false });
    await control.waitForRestart(starts);
    await expect(signals.state(summary)).toHaveText('Verzonden');
    // Two POSTs (the cut one and the retry) with the same Idempotency-Key make one record.
    expect(receiver.postsOf(id)).toBe(2);
    expect([...receiver.records.keys()]).toEqual([id]);
    expect(receiver.records.get(id)).toMatchObject({ id, summary });
  });

  test('a knowledge pack refresh cut off by a stop keeps the last good pack, and the next refresh succeeds', async ({
    context,
    extensionId,
    background,
  }) => {
    const control = await ServiceWorkerControl.attach(context, extensionId);
    const version = (n: number) =>
      JSON.stringify(
        pack([article({ id: 'stopproef', title: `Stopproef versie ${n}`, keywords: ['stopproef'] })], {
          version: String(n),
        }),
      );
    let body = version(1);
    let requests = 0;
    let hold: Promise<void> | undefined;
    let release = () => {};
    const server = await startLocalServer((_request, response) => {
      requests += 1;
      const answer = body;
      void (hold ?? Promise.resolve()).then(() => {
        response.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
        response.end(answer);
      });
    });
    try {
      // Saving the address makes the worker fetch the pack at once.
      await storeSettings(background, { knowledgePackUrl: `${server.url}/pack.json` });
      const panel = await SidePanel.open(context, extensionId);
      await panel.chooseRole('Beleidsmedewerker');
      await panel.searchUntilFound('stopproef', 'Stopproef versie 1');

      // Version 2 is published, but the server is slow: the worker is stopped while it waits.
      body = version(2);
      hold = new Promise((resolve) => (release = resolve));
      const before = requests;
      void panel.page.evaluate(() => {
        const { chrome } = globalThis as unknown as { chrome: ExtensionApi };
        // Never answered: the worker dies first.
        void chrome.runtime.sendMessage({ komma: 1, name: 'knowledge.refresh', payload: {} }).catch(() => {});
      });
      await expect.poll(() => requests).toBe(before + 1);
      const starts = await control.stop();
      release();
      hold = undefined;

      await panel.page.reload();
      await control.waitForRestart(starts);
      await panel.search('stopproef');
      await expect(panel.results().first()).toContainText('Stopproef versie 1');

      await panel.page.goto(`chrome-extension://${extensionId}/options.html`);
      await panel.page.getByRole('button', { name: 'Nu ophalen' }).click();
      await panel.page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
      await panel.search('stopproef');
      await expect(panel.results().first()).toContainText('Stopproef versie 2');
    } finally {
      release();
      await server.close();
    }
  });

  test('checklist answers in the session store survive a worker stop, before and while it is stopped', async ({
    context,
    extensionId,
  }) => {
    const control = await ServiceWorkerControl.attach(context, extensionId);
    const [first, second] = gesprek.phases[0]!.items;
    let panel = await SidePanel.open(context, extensionId);
    await panel.chooseRole('Inkomensconsulent');
    let area = new GesprekArea(panel.page);
    await area.answer(first!.label, 'Gedaan').check();

    await control.stop();
    // The panel writes the session store itself; a stopped worker does not hold that up.
    await area.answer(second!.label, 'Nog doen').check();
    await expect(area.pausePoint()).toContainText(`${second!.label} (nog doen)`);
    // Written as the answer is given; wait for the write before closing the page.
    await expect
      .poll(() =>
        panel.page.evaluate(async () => {
          const { chrome } = globalThis as unknown as { chrome: ExtensionApi };
          return JSON.stringify(await chrome.storage.session.get(null));
        }),
      )
      .toContain(second!.id);
    await panel.page.close();

    panel = await SidePanel.open(context, extensionId);
    area = new GesprekArea(panel.page);
    await expect(area.answer(first!.label, 'Gedaan')).toBeChecked();
    await expect(area.answer(second!.label, 'Nog doen')).toBeChecked();
  });
});
