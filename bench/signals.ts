/**
 * Benchmarks of the signal outbox:
 * - click → outbox: in the real browser (Debian Chromium with the built extension), from the
 *   "Versturen" click handler to the background's reply that the signal is in IndexedDB
 *   (performance.measure 'komma:signal-queued' in the side panel).
 * - delivery throughput: 1,000 signals queued while no receiver is set, then a receiver is
 *   configured; time until the local receiver holds all of them. Run twice: in the real browser
 *   (service worker, Chrome's IndexedDB, CORS preflights) and in Node with fake-indexeddb (the
 *   delivery loop alone).
 * The browser rows need `npx wxt build` first; without a build they are skipped, not faked.
 */
import 'fake-indexeddb/auto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { makeSubmission } from '../test/fixtures/signals';
import { CHROMIUM, EXTENSION_DIR, launchWithExtension, serviceWorkerOf } from '../test/e2e/fixtures';
import { SignalReceiver } from '../test/e2e/helpers/signal-receiver';
import { storeSettings } from '../test/e2e/helpers/store-settings';
import { KommaDB } from '../utils/db/komma-db';
import { createOutbox } from '../utils/outbox/create-outbox';
import { createDexieOutboxStore } from '../utils/outbox/dexie-outbox-store';
import type { BenchRow } from './inbox';
import { latencyStats } from './latency-stats';

export interface SignalsBenchOptions {
  /** Signals sent through the form for the click → outbox figure. */
  clicks?: number;
  /** Signals queued for the throughput figure in Node. */
  queued?: number;
  /** Signals queued for the throughput figure in Chromium. */
  queuedInBrowser?: number;
}

const round = (value: number, digits = 1) => Number(value.toFixed(digits));

async function waitFor(check: () => boolean, timeoutMs: number) {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

type ExtensionGlobal = {
  chrome: {
    runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; value?: unknown; error?: string }> };
  };
};

async function inBrowser(clicks: number, queued: number): Promise<BenchRow[]> {
  const profile = mkdtempSync(join(tmpdir(), 'komma-bench-'));
  const receiver = await SignalReceiver.start();
  let context: BrowserContext | undefined;
  try {
    context = await launchWithExtension(profile);
    const worker = await serviceWorkerOf(context);
    const extensionId = new URL(worker.url()).host;
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await page.getByRole('radio', { name: /Inkomensconsulent/ }).check();
    await page.getByRole('button', { name: 'Verder' }).click();
    await page.getByRole('tab', { name: /Signalen/ }).click();

    // Click → outbox, through the real form, with no receiver set so delivery does not compete.
    for (let i = 0; i < clicks; i += 1) {
      await page.getByRole('button', { name: 'Nieuw signaal' }).click();
      await page.getByRole('combobox', { name: /Waar gaat het over/ }).selectOption('werkproces-systeem');
      await page
        .getByRole('textbox', { name: /Wat gaat er mis/ })
        .fill(`Meting ${i}: het systeem toont de verkeerde norm`);
      await page.getByRole('button', { name: 'Versturen' }).click();
      await page.getByRole('status').filter({ hasText: 'Uw signaal is opgeslagen' }).waitFor();
    }
    const durations = await page.evaluate(() =>
      performance.getEntriesByName('komma:signal-queued', 'measure').map((entry) => entry.duration),
    );

    // Throughput: queue the rest through the same message the panel uses, then set a receiver.
    const started = await page.evaluate(async (count) => {
      const { chrome } = globalThis as unknown as ExtensionGlobal;
      const identity = await chrome.runtime.sendMessage({ komma: 1, name: 'signals.identity', payload: {} });
      const submitterKey = (identity.value as { submitterKey: string }).submitterKey;
      for (let i = 0; i < count; i += 1) {
        const reply = await chrome.runtime.sendMessage({
          komma: 1,
          name: 'signals.submit',
          payload: {
            submission: {
              id: crypto.randomUUID(),
              createdAt: new Date().toISOString(),
              category: 'kennis',
              summary: `Signaal ${i} voor de doorvoermeting`,
              description: '',
              effects: [],
              frequency: 'vaker',
              context: { source: { kind: 'general' }, role: 'inkomensconsulent', municipality: '', appVersion: '0' },
              submitterKey,
            },
          },
        });
        if (!reply.ok) throw new Error(reply.error);
      }
      return count;
    }, queued - clicks);
    const total = started + clicks;
    const t0 = Date.now();
    await storeSettings(worker, { signalEndpoint: receiver.url, signalToken: receiver.token });
    await waitFor(() => receiver.records.size >= total, 120_000);
    const seconds = (Date.now() - t0) / 1000;
    if (receiver.posts.length !== total) throw new Error(`expected ${total} posts, saw ${receiver.posts.length}`);

    const clickToOutbox = latencyStats(durations);
    return [
      { name: 'signals: click → outbox, real Chromium, p50', value: round(clickToOutbox.p50), unit: 'ms' },
      { name: 'signals: click → outbox, real Chromium, p95', value: round(clickToOutbox.p95), unit: 'ms' },
      { name: `signals: deliver ${total} queued, real Chromium`, value: round(seconds, 2), unit: 's' },
      { name: 'signals: delivery throughput, real Chromium', value: round(total / seconds), unit: 'signals/s' },
    ];
  } finally {
    await context?.close();
    await receiver.down();
    rmSync(profile, { recursive: true, force: true });
  }
}

async function inNode(queued: number): Promise<BenchRow[]> {
  const receiver = await SignalReceiver.start();
  const db = new KommaDB(`bench-${crypto.randomUUID()}`);
  let endpoint = '';
  try {
    const outbox = createOutbox({
      store: createDexieOutboxStore(db),
      fetch: (input, init) => fetch(input, init),
      config: async () => ({ endpoint, token: receiver.token }),
    });
    const submitterKey = await outbox.identity();
    for (let i = 0; i < queued; i += 1) {
      await outbox.submit(makeSubmission({ submitterKey, summary: `Signaal ${i} voor de doorvoermeting` }));
    }
    endpoint = receiver.url;
    const t0 = performance.now();
    const report = await outbox.flush('due');
    const seconds = (performance.now() - t0) / 1000;
    if (report.delivered !== queued || receiver.posts.length !== queued) {
      throw new Error(`expected ${queued} delivered once, got ${report.delivered} (${receiver.posts.length} posts)`);
    }
    return [
      { name: `signals: deliver ${queued} queued, Node + fake-indexeddb`, value: round(seconds, 2), unit: 's' },
      {
        name: 'signals: delivery throughput, Node + fake-indexeddb',
        value: round(queued / seconds),
        unit: 'signals/s',
      },
    ];
  } finally {
    await db.delete();
    await receiver.down();
  }
}

export async function benchSignals(options: SignalsBenchOptions = {}): Promise<BenchRow[]> {
  const clicks = options.clicks ?? 20;
  const queued = options.queued ?? 1000;
  const rows = await inNode(queued);
  if (existsSync(join(EXTENSION_DIR, 'manifest.json')) && existsSync(CHROMIUM)) {
    // Queueing through runtime messages costs about as long as delivering, so the browser run is
    // smaller to keep the whole bench within five minutes; the rate is what it reports.
    rows.unshift(...(await inBrowser(clicks, options.queuedInBrowser ?? 300)));
  } else {
    console.warn('signals bench: no built extension or no Chromium; browser rows skipped (run `npx wxt build`).');
  }
  return rows;
}
