/** @vitest-environment node */
/**
 * Both ends of the delivery contract together: the extension's outbox (utils/outbox) posting to
 * the real inbox application (server/), in process, on a temporary SQLite file.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createTestInbox, type TestInbox } from '../../server/testing/test-inbox';
import { KommaDB } from '../../utils/db/komma-db';
import { createOutbox, type OutboxDeps } from '../../utils/outbox/create-outbox';
import { createDexieOutboxStore } from '../../utils/outbox/dexie-outbox-store';
import type { FetchLike } from '../../utils/outbox/post-signal';
import { makeSubmission } from '../fixtures/signals';

const ENDPOINT = 'http://inbox.test';
let inbox: TestInbox;
const dbs: KommaDB[] = [];

afterEach(async () => {
  inbox?.close();
  for (const db of dbs.splice(0)) await db.delete();
});

function setup(fetchOverride?: (real: FetchLike) => FetchLike, deps: Partial<OutboxDeps> = {}) {
  inbox = createTestInbox();
  const real: FetchLike = async (input, init) => inbox.app.request(input, init);
  const db = new KommaDB(`contract-${crypto.randomUUID()}`);
  dbs.push(db);
  const outbox = createOutbox({
    store: createDexieOutboxStore(db),
    fetch: fetchOverride ? fetchOverride(real) : real,
    config: async () => ({ endpoint: ENDPOINT, token: inbox.tokens.submit }),
    ...deps,
  });
  const signal = async (overrides: Parameters<typeof makeSubmission>[0] = {}) =>
    makeSubmission({ submitterKey: await outbox.identity(), ...overrides });
  return { outbox, signal };
}

describe('outbox → inbox', () => {
  it('delivers a signal, which the inbox stores once', async () => {
    const { outbox, signal } = setup();
    await outbox.submit(await signal());
    expect(await outbox.flush()).toMatchObject({ attempted: 1, delivered: 1 });
    expect(inbox.countOnDisk()).toBe(1);
    expect((await outbox.list())[0]).toMatchObject({ state: 'delivered', remote: { status: 'nieuw' } });
  });

  it('keeps one record when the first answer is lost and the outbox posts again', async () => {
    let lose = true;
    const { outbox, signal } = setup((real) => async (input, init) => {
      const response = await real(input, init);
      if (lose && init.method === 'POST') {
        lose = false;
        throw new TypeError('Failed to fetch');
      }
      return response;
    });
    await outbox.submit(await signal());
    await outbox.flush();
    expect((await outbox.list())[0]?.state).toBe('waiting');
    expect(inbox.countOnDisk()).toBe(1);
    await outbox.flush('reconnect');
    expect((await outbox.list())[0]?.state).toBe('delivered');
    expect(inbox.countOnDisk()).toBe(1);
  });

  it('shows the inbox reasons when it refuses a signal (here: a BSN the panel did not stop)', async () => {
    const { outbox, signal } = setup();
    await outbox.submit(await signal({ description: 'Het gaat om BSN 111222333.' }));
    await outbox.flush();
    const [item] = await outbox.list();
    expect(item?.state).toBe('rejected');
    expect(item?.problem?.status).toBe(400);
    expect(item?.problem?.reasons?.[0]?.path).toBe('description');
    expect(inbox.countOnDisk()).toBe(0);
  });

  it('holds the signal as a settings problem when the token is wrong', async () => {
    const { outbox, signal } = setup(undefined, { config: async () => ({ endpoint: ENDPOINT, token: 'wrong' }) });
    await outbox.submit(await signal());
    await outbox.flush();
    expect((await outbox.list())[0]).toMatchObject({ state: 'config', problem: { status: 401 } });
  });

  it('brings back the answer of a signaleringsconsulent through the status query', async () => {
    const { outbox, signal } = setup();
    const submission = await signal();
    await outbox.submit(submission);
    await outbox.flush();
    const answered = await inbox.call(`/triage/signals/${submission.id}`, {
      method: 'PATCH',
      token: inbox.tokens.triage,
      body: { status: 'opgelost', answer: 'De werkinstructie is aangepast.' },
    });
    expect(answered.status).toBe(200);
    expect(await outbox.pollStatuses()).toBe(1);
    expect((await outbox.list())[0]).toMatchObject({
      unseenUpdate: true,
      remote: { status: 'opgelost', answer: 'De werkinstructie is aangepast.' },
    });
  });
});
