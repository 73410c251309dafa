import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeInbox, makeSubmission } from '../../test/fixtures/signals';
import { KommaDB } from '../../utils/db/komma-db';
import type { DeliveryConfig } from '../../utils/outbox/post-signal';
import type { KommaEventDetails, KommaEventName } from './events';
import { createPageOutbox, PAGE_FLUSH_INTERVAL_MS } from './page-outbox';

const INBOX: DeliveryConfig = { endpoint: 'https://inbox.gemeente.example', token: 'komma_submit_test-token-123456789' };
const open: { db: KommaDB; stop: () => void }[] = [];

function setup(config: DeliveryConfig = INBOX) {
  const db = new KommaDB(`page-outbox-${crypto.randomUUID()}`);
  const inbox = fakeInbox();
  let online = true;
  let current = config;
  const events: { type: KommaEventName; detail: KommaEventDetails[KommaEventName] }[] = [];
  const outbox = createPageOutbox({
    db,
    fetch: async (input, init) => {
      if (!online) throw new TypeError('Failed to fetch');
      return inbox.fetch(input, init);
    },
    config: async () => current,
    emit: (type, detail) => events.push({ type, detail }),
  });
  open.push({ db, stop: outbox.stop });
  return {
    outbox,
    inbox,
    events,
    setOnline(value: boolean) {
      online = value;
    },
    setConfig(next: DeliveryConfig) {
      current = next;
    },
    async submit(overrides: Parameters<typeof makeSubmission>[0] = {}) {
      return outbox.signals.submit(makeSubmission({ submitterKey: await outbox.signals.identity(), ...overrides }));
    },
    async stateOf(id: string) {
      return (await outbox.signals.list()).find((item) => item.id === id)?.state;
    },
  };
}

afterEach(async () => {
  vi.useRealTimers();
  for (const { db, stop } of open.splice(0)) {
    stop();
    db.close();
    await db.delete();
  }
});

describe('the page outbox', () => {
  it('keeps a signal made offline and delivers it once when the browser is back online', async () => {
    const page = setup();
    page.outbox.start();
    page.setOnline(false);
    const item = await page.submit({ category: 'lokaal-beleid' });
    await vi.waitFor(async () => expect(await page.stateOf(item.id)).toBe('waiting'));
    expect(page.inbox.records.size).toBe(0);

    page.setOnline(true);
    globalThis.dispatchEvent(new Event('online'));
    await vi.waitFor(async () => expect(await page.stateOf(item.id)).toBe('delivered'));
    expect([...page.inbox.records.keys()]).toEqual([item.id]);
    await vi.waitFor(() => expect(page.events.map((event) => event.type)).toContain('komma-signal-delivered'));
    expect(page.events).toEqual([
      { type: 'komma-signal-queued', detail: { id: item.id, category: 'lokaal-beleid' } },
      { type: 'komma-signal-delivered', detail: { id: item.id } },
    ]);
  });

  it('delivers what an earlier visit left in the outbox as soon as the page loads', async () => {
    const page = setup({ endpoint: '', token: '' });
    const item = await page.submit();
    await vi.waitFor(async () => expect(await page.stateOf(item.id)).toBe('no-endpoint'));

    // The next page load, now with an inbox configured.
    page.setConfig(INBOX);
    page.outbox.settingsChanged();
    page.outbox.start();
    await vi.waitFor(async () => expect(await page.stateOf(item.id)).toBe('delivered'));
    expect(page.inbox.posts).toEqual([item.id]);
  });

  it('retries on its own timer after a server error, without waiting for the user', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    const page = setup();
    page.inbox.failNext(() => new Response('kapot', { status: 503 }));
    page.outbox.start();
    const item = await page.submit();
    await vi.waitFor(async () => {
      await vi.advanceTimersByTimeAsync(10);
      expect(await page.stateOf(item.id)).toBe('retrying');
    });
    await vi.advanceTimersByTimeAsync(PAGE_FLUSH_INTERVAL_MS);
    await vi.waitFor(async () => {
      await vi.advanceTimersByTimeAsync(10);
      expect(await page.stateOf(item.id)).toBe('delivered');
    });
    expect(page.inbox.posts).toEqual([item.id, item.id]);
    expect(page.inbox.records.size).toBe(1);
  });

  it('refuses a signal with a BSN before anything is stored or announced', async () => {
    const page = setup();
    await expect(page.submit({ summary: 'Mevrouw met BSN 111222333 krijgt geen uitstel' })).rejects.toThrow(/BSN/);
    expect(await page.outbox.signals.list()).toEqual([]);
    expect(page.events).toEqual([]);
    expect(page.inbox.posts).toEqual([]);
  });

  it('leaves no listener behind when the element leaves the page', async () => {
    const page = setup();
    page.outbox.start();
    page.outbox.stop();
    page.setOnline(false);
    const item = await page.submit();
    await vi.waitFor(async () => expect(await page.stateOf(item.id)).toBe('waiting'));
    page.setOnline(true);
    globalThis.dispatchEvent(new Event('online'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await page.stateOf(item.id)).toBe('waiting');
  });

  it('sends the token only in the Authorization header', async () => {
    const page = setup();
    const seen: RequestInit[] = [];
    const original = page.inbox.fetch;
    page.inbox.fetch = async (input, init) => {
      seen.push(init);
      return original(input, init);
    };
    const item = await page.submit();
    await vi.waitFor(async () => expect(await page.stateOf(item.id)).toBe('delivered'));
    const post = seen.find((init) => init.method === 'POST');
    expect((post?.headers as Record<string, string>).Authorization).toBe(`Bearer ${INBOX.token}`);
    expect(String(post?.body)).not.toContain(INBOX.token);
  });
});
