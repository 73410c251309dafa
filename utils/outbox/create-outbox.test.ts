import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeInbox, makeSubmission } from '../../test/fixtures/signals';
import { KommaDB } from '../db/komma-db';
import { createOutbox, type OutboxDeps } from './create-outbox';
import { createDexieOutboxStore } from './dexie-outbox-store';
import type { DeliveryConfig } from './post-signal';

const T0 = Date.parse('2026-03-01T10:00:00Z');
const ENDPOINT: DeliveryConfig = { endpoint: 'https://inbox.example', token: 'tok' };
const open: KommaDB[] = [];

function setup(overrides: Partial<OutboxDeps> = {}, db = new KommaDB(`test-${crypto.randomUUID()}`)) {
  open.push(db);
  const inbox = fakeInbox();
  const clock = { now: T0 };
  let config = ENDPOINT;
  const outbox = createOutbox({
    store: createDexieOutboxStore(db),
    fetch: inbox.fetch,
    config: async () => config,
    now: () => clock.now,
    random: () => 0.5,
    ...overrides,
  });
  return {
    db,
    inbox,
    clock,
    outbox,
    setConfig(next: DeliveryConfig) {
      config = next;
    },
    /** A valid submission from this installation. */
    async signal(overrides: Parameters<typeof makeSubmission>[0] = {}) {
      return makeSubmission({ submitterKey: await outbox.identity(), ...overrides });
    },
  };
}

afterEach(async () => {
  for (const db of open.splice(0)) {
    db.close();
    await db.delete();
  }
});

describe('outbox: submit', () => {
  it('stores a valid signal at once, before any delivery', async () => {
    const { outbox, inbox, signal } = setup();
    const item = await outbox.submit(await signal());
    expect(item.state).toBe('queued');
    expect(await outbox.list()).toHaveLength(1);
    expect(inbox.posts).toHaveLength(0);
  });

  it('refuses an invalid signal with a Dutch reason and stores nothing', async () => {
    const { outbox, signal } = setup();
    await expect(outbox.submit({ ...(await signal()), summary: 'x' })).rejects.toThrow(/summary: beschrijf in een zin/);
    await expect(outbox.submit({ ...(await signal()), hostUrl: 'https://zaak.example/123' })).rejects.toThrow();
    expect(await outbox.list()).toHaveLength(0);
  });

  it('refuses what the privacy screen refuses', async () => {
    const { outbox, signal } = setup({ screen: () => 'Er staat een BSN in.' });
    await expect(outbox.submit(await signal())).rejects.toThrow('Er staat een BSN in.');
    expect(await outbox.list()).toHaveLength(0);
  });

  it('keeps one submitterKey per installation', async () => {
    const db = new KommaDB(`test-${crypto.randomUUID()}`);
    const first = setup({}, db);
    const key = await first.outbox.identity();
    expect(key).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(await setup({}, db).outbox.identity()).toBe(key);
    expect(await setup().outbox.identity()).not.toBe(key);
  });
});

describe('outbox: delivery', () => {
  it('delivers a signal once, with its id as Idempotency-Key, and leaves it delivered', async () => {
    const { outbox, inbox, signal } = setup();
    const submission = await signal();
    await outbox.submit(submission);
    expect(await outbox.flush()).toEqual({ attempted: 1, delivered: 1, pending: 0 });
    await outbox.flush('all');
    expect(inbox.posts).toEqual([submission.id]);
    expect(inbox.records.get(submission.id)).toEqual(submission);
    const [item] = await outbox.list();
    expect(item).toMatchObject({ state: 'delivered', deliveredAt: T0, remote: { status: 'nieuw' } });
  });

  it('survives three 500 answers and delivers once when the receiver recovers', async () => {
    const { outbox, inbox, clock, signal } = setup();
    const submission = await signal();
    await outbox.submit(submission);
    inbox.failNext(
      () => new Response('', { status: 500 }),
      () => new Response('', { status: 500 }),
      () => new Response('', { status: 500 }),
    );
    for (let round = 1; round <= 3; round += 1) {
      await outbox.flush();
      const [item] = await outbox.list();
      expect(item).toMatchObject({ state: 'retrying', attempts: round });
      // Too early: the alarm finds nothing due and posts nothing.
      clock.now = item!.nextAttemptAt - 1;
      await outbox.flush();
      expect(inbox.posts).toHaveLength(round);
      clock.now = item!.nextAttemptAt;
    }
    await outbox.flush();
    expect(inbox.posts).toHaveLength(4);
    expect(inbox.records.size).toBe(1);
    expect((await outbox.list())[0]?.state).toBe('delivered');
  });

  it('never has the same signal on the wire twice, however many flushes run at once', async () => {
    const db = new KommaDB(`test-${crypto.randomUUID()}`);
    const a = setup({ concurrency: 3 }, db);
    // A second outbox on the same database: another tab of the embed, or a restarted worker.
    const b = createOutbox({
      store: createDexieOutboxStore(db),
      fetch: a.inbox.fetch,
      config: async () => ENDPOINT,
      now: () => a.clock.now,
      concurrency: 5,
    });
    const ids: string[] = [];
    for (let i = 0; i < 25; i += 1) ids.push((await a.outbox.submit(await a.signal())).id);
    await Promise.all([a.outbox.flush(), b.flush('reconnect'), a.outbox.flush('all'), b.flush(), b.flush('all')]);
    expect([...a.inbox.posts].sort()).toEqual([...ids].sort());
    expect(a.inbox.maxConcurrentPerId).toBe(1);
    expect((await a.outbox.list()).every((item) => item.state === 'delivered')).toBe(true);
  });

  it('is harmless when the worker dies between the POST and writing the result', async () => {
    const db = new KommaDB(`test-${crypto.randomUUID()}`);
    const first = setup({ leaseMs: 60_000 }, db);
    const submission = await first.signal();
    await first.outbox.submit(submission);
    // The receiver gets and stores the signal, but the answer never arrives: the worker is gone.
    const dying = createOutbox({
      store: createDexieOutboxStore(db),
      fetch: (input, init) => first.inbox.fetch(input, init).then(() => new Promise<Response>(() => {})),
      config: async () => ENDPOINT,
      now: () => first.clock.now,
      leaseMs: 60_000,
    });
    void dying.flush();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(first.inbox.records.size).toBe(1);
    expect((await first.outbox.list())[0]?.state).toBe('queued');

    // While the lease holds, a restarted worker leaves the item alone…
    await first.outbox.flush('all');
    expect(first.inbox.posts).toHaveLength(1);
    // …and once it ends, it posts again; the receiver answers 200 for the known id.
    first.clock.now = T0 + 60_000;
    await first.outbox.flush();
    expect(first.inbox.posts).toEqual([submission.id, submission.id]);
    expect(first.inbox.records.size).toBe(1);
    expect((await first.outbox.list())[0]?.state).toBe('delivered');
  });

  it('a restarted background takes back at once what its stopped predecessor was sending, never what it sends itself', async () => {
    const db = new KommaDB(`test-${crypto.randomUUID()}`);
    const restarted = setup({}, db);
    const first = await restarted.signal();
    await restarted.outbox.submit(first);
    const stopped = createOutbox({
      store: createDexieOutboxStore(db),
      fetch: (input, init) => restarted.inbox.fetch(input, init).then(() => new Promise<Response>(() => {})),
      config: async () => ENDPOINT,
      now: () => restarted.clock.now,
    });
    void stopped.flush();
    await vi.waitFor(() => expect(restarted.inbox.posts).toHaveLength(1));

    // A flush of the new instance is on the wire too when the release runs: its lease stays.
    let answer = () => {};
    const onWire = new Promise<void>((resolve) => (answer = resolve));
    const slow = createOutbox({
      store: createDexieOutboxStore(db),
      fetch: async (input, init) => {
        await onWire;
        return restarted.inbox.fetch(input, init);
      },
      config: async () => ENDPOINT,
      now: () => restarted.clock.now,
    });
    const second = await restarted.signal();
    await slow.submit(second);
    const slowFlush = slow.flush();
    await vi.waitFor(async () => expect((await slow.list()).every((item) => item.leaseOwner)).toBe(true));
    expect(await slow.releaseOrphanedLeases()).toBe(1);
    const byId = new Map((await slow.list()).map((item) => [item.id, item]));
    expect(byId.get(first.id)).toMatchObject({ leaseOwner: undefined, nextAttemptAt: T0, state: 'queued' });
    expect(byId.get(second.id)?.leaseOwner).toBeDefined();

    // No waiting for the lease to run out: the next flush posts again and the receiver answers 200.
    await restarted.outbox.flush();
    answer();
    await slowFlush;
    expect(restarted.inbox.posts.filter((id) => id === first.id)).toHaveLength(2);
    expect(restarted.inbox.posts.filter((id) => id === second.id)).toHaveLength(1);
    expect(restarted.inbox.records.size).toBe(2);
    expect((await restarted.outbox.list()).map((item) => item.state)).toEqual(['delivered', 'delivered']);
  });

  it('keeps signals locally without a receiver and sends them once one is configured', async () => {
    const { outbox, inbox, setConfig, signal } = setup();
    setConfig({ endpoint: '', token: '' });
    await outbox.submit(await signal());
    expect(await outbox.flush()).toEqual({ attempted: 0, delivered: 0, pending: 1 });
    expect((await outbox.list())[0]?.state).toBe('no-endpoint');
    expect(inbox.posts).toHaveLength(0);

    setConfig(ENDPOINT);
    await outbox.flush();
    expect(inbox.posts).toHaveLength(0);
    expect(await outbox.requeueAfterSettingsChange()).toBe(1);
    await outbox.flush();
    expect((await outbox.list())[0]?.state).toBe('delivered');
  });

  it('holds a signal after 401 until the settings change, then delivers it', async () => {
    const { outbox, inbox, clock, signal } = setup();
    await outbox.submit(await signal());
    inbox.failNext(() => new Response('', { status: 401 }));
    await outbox.flush();
    expect((await outbox.list())[0]).toMatchObject({ state: 'config', problem: { status: 401 } });
    clock.now += 7 * 86_400_000;
    await outbox.flush('reconnect');
    expect(inbox.posts).toHaveLength(1);
    await outbox.requeueAfterSettingsChange();
    await outbox.flush();
    expect((await outbox.list())[0]?.state).toBe('delivered');
  });

  it('lets the user correct a rejected signal: a new id, the old one kept and marked as replaced', async () => {
    const { outbox, inbox, signal } = setup();
    const first = await signal();
    await outbox.submit(first);
    inbox.failNext(() =>
      Response.json({ error: 'Niet aangenomen.', reasons: [{ path: 'summary', message: 'te vaag' }] }, { status: 400 }),
    );
    await outbox.flush();
    expect((await outbox.list())[0]).toMatchObject({ state: 'rejected', problem: { reasons: [{ path: 'summary' }] } });

    const corrected = await signal({ summary: 'De norm voor giften is onduidelijk' });
    await outbox.submit(corrected, first.id);
    await outbox.flush();
    const items = new Map((await outbox.list()).map((item) => [item.id, item]));
    expect(items.get(first.id)).toMatchObject({ state: 'superseded', replacedBy: corrected.id });
    expect(items.get(corrected.id)).toMatchObject({ state: 'delivered', replaces: first.id });
    expect([...inbox.records.keys()]).toEqual([corrected.id]);
  });

  it('refuses to replace a signal that was not rejected', async () => {
    const { outbox, signal } = setup();
    const first = await signal();
    await outbox.submit(first);
    await outbox.flush();
    await expect(outbox.submit(await signal(), first.id)).rejects.toThrow(/Alleen een afgewezen signaal/);
    expect(await outbox.list()).toHaveLength(1);
  });
});

describe('outbox: statuses from the inbox', () => {
  it('picks up an answer, counts it as unseen until the user has looked, and stops asking once final', async () => {
    const { outbox, inbox, signal } = setup();
    const submission = await signal();
    await outbox.submit(submission);
    await outbox.flush();
    expect(await outbox.pollStatuses()).toBe(0);
    expect(await outbox.unseenCount()).toBe(0);

    inbox.statuses.set(submission.id, {
      id: submission.id,
      status: 'opgelost',
      answer: 'De werkinstructie is aangepast.',
      updatedAt: '2026-03-05T09:00:00.000Z',
    });
    expect(await outbox.pollStatuses()).toBe(1);
    expect((await outbox.list())[0]?.remote?.answer).toBe('De werkinstructie is aangepast.');
    expect(await outbox.unseenCount()).toBe(1);
    await outbox.markSeen([submission.id]);
    expect(await outbox.unseenCount()).toBe(0);

    const requests = inbox.posts.length;
    expect(await outbox.pollStatuses()).toBe(0);
    expect(inbox.posts).toHaveLength(requests);
  });

  it('tells when the next automatic attempt is due, for the alarm', async () => {
    const { outbox, inbox, signal } = setup();
    expect((await outbox.summary()).nextAttemptAt).toBeUndefined();
    await outbox.submit(await signal());
    inbox.failNext(() => new Response('', { status: 503 }));
    await outbox.flush();
    const [item] = await outbox.list();
    expect(await outbox.summary()).toEqual({ unseen: 0, nextAttemptAt: item!.nextAttemptAt });
  });
});
