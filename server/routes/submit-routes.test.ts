/** @vitest-environment node */
import { afterEach, describe, expect, it } from 'vitest';
import { rejectionSchema, signalStatusEntrySchema, signalStatusResponseSchema } from '../../utils/schemas/signal';
import { makeSubmission } from '../testing/signal-fixture';
import { createTestInbox, type TestInbox } from '../testing/test-inbox';

let inbox: TestInbox;
afterEach(() => inbox?.close());

async function rejection(response: Response) {
  return rejectionSchema.parse(await response.json());
}

describe('POST /signals', () => {
  it('stores a valid signal and answers 201 with its status', async () => {
    inbox = createTestInbox();
    const signal = makeSubmission();
    const response = await inbox.post(signal);
    expect(response.status).toBe(201);
    const entry = signalStatusEntrySchema.parse(await response.json());
    expect(entry).toMatchObject({ id: signal.id, status: 'nieuw' });
    expect(inbox.countOnDisk()).toBe(1);
  });

  it('answers 200 and stores nothing new when the same signal comes again', async () => {
    inbox = createTestInbox();
    const signal = makeSubmission();
    expect((await inbox.post(signal)).status).toBe(201);
    expect((await inbox.post(signal)).status).toBe(200);
    expect((await inbox.post(signal)).status).toBe(200);
    expect(inbox.countOnDisk()).toBe(1);
  });

  it('keeps exactly one record when 50 identical requests arrive at once', async () => {
    inbox = createTestInbox();
    const signal = makeSubmission();
    const statuses = (await Promise.all(Array.from({ length: 50 }, () => inbox.post(signal)))).map((r) => r.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 200)).toHaveLength(49);
    expect(inbox.countOnDisk()).toBe(1);
  });

  it('refuses a different body under an id already used, with 422, and keeps the first', async () => {
    inbox = createTestInbox();
    const signal = makeSubmission();
    await inbox.post(signal);
    const response = await inbox.post({ ...signal, summary: 'Een heel ander probleem met de bijzondere bijstand' });
    expect(response.status).toBe(422);
    expect((await rejection(response)).reasons[0]?.path).toBe('id');
    expect(inbox.countOnDisk(`SELECT count(*) AS n FROM signals WHERE summary = '${signal.summary}'`)).toBe(1);
    expect(inbox.countOnDisk()).toBe(1);
  });

  it('treats the same submission with surrounding spaces as the same body', async () => {
    inbox = createTestInbox();
    const signal = makeSubmission();
    await inbox.post(signal);
    expect((await inbox.post({ ...signal, summary: `  ${signal.summary} ` })).status).toBe(200);
  });

  it('requires the Idempotency-Key header and that it equals the id', async () => {
    inbox = createTestInbox();
    const signal = makeSubmission();
    const missing = await inbox.call('/signals', { body: signal });
    expect(missing.status).toBe(400);
    expect((await rejection(missing)).reasons).toContainEqual({
      path: 'Idempotency-Key',
      message: 'ontbreekt; stuur het id van het signaal mee',
    });
    const other = await inbox.call('/signals', { body: signal, headers: { 'Idempotency-Key': makeSubmission().id } });
    expect(other.status).toBe(400);
    expect((await rejection(other)).reasons[0]?.message).toBe('moet gelijk zijn aan het id van het signaal');
    expect(inbox.countOnDisk()).toBe(0);
  });

  it('answers malformed JSON with a Dutch 400 and writes nothing', async () => {
    inbox = createTestInbox();
    const response = await inbox.call('/signals', {
      body: '{"id": "kapot', // the text must not be echoed back or logged
      headers: { 'Idempotency-Key': makeSubmission().id },
    });
    expect(response.status).toBe(400);
    const body = await rejection(response);
    expect(body.error).toBe('De inhoud is geen geldige JSON.');
    expect(JSON.stringify(body)).not.toContain('kapot');
    expect(JSON.stringify(inbox.logs)).not.toContain('kapot');
    expect(inbox.countOnDisk()).toBe(0);
  });

  it('answers a body that is not JSON by content type with 415', async () => {
    inbox = createTestInbox();
    const signal = makeSubmission();
    const response = await inbox.call('/signals', {
      body: JSON.stringify(signal),
      headers: { 'Idempotency-Key': signal.id, 'Content-Type': 'text/plain' },
    });
    expect(response.status).toBe(415);
    expect(inbox.countOnDisk()).toBe(0);
  });

  it('lists every invalid field with a Dutch reason and writes nothing', async () => {
    inbox = createTestInbox();
    const signal = makeSubmission();
    const response = await inbox.call('/signals', {
      body: { ...signal, summary: 'kort', category: 'belasting', hostUrl: 'https://zaaksysteem/zaak/123', frequency: undefined },
      headers: { 'Idempotency-Key': signal.id },
    });
    expect(response.status).toBe(400);
    const { reasons } = await rejection(response);
    const byPath = Object.fromEntries(reasons.map((reason) => [reason.path, reason.message]));
    expect(byPath.summary).toBe('beschrijf in een zin wat er misgaat');
    expect(byPath.category).toMatch(/^Ongeldige optie/);
    expect(byPath.frequency).toBe('dit veld ontbreekt');
    expect(byPath['']).toContain('hostUrl');
    expect(inbox.countOnDisk()).toBe(0);
  });

  it('refuses a BSN in any text field and names the field', async () => {
    inbox = createTestInbox();
    const signal = makeSubmission({ description: 'Het gaat om BSN 111222333, die wacht al weken.' });
    const response = await inbox.post(signal);
    expect(response.status).toBe(400);
    expect((await rejection(response)).reasons).toEqual([{ path: 'description', message: expect.stringContaining('BSN') }]);
    expect(inbox.countOnDisk()).toBe(0);
  });

  it('refuses an IBAN, also in the suggestion', async () => {
    inbox = createTestInbox();
    const response = await inbox.post(makeSubmission({ suggestion: 'Betaal voortaan direct op NL91 ABNA 0417 1643 00.' }));
    expect(response.status).toBe(400);
    expect((await rejection(response)).reasons).toEqual([{ path: 'suggestion', message: expect.stringContaining('IBAN') }]);
    expect(inbox.countOnDisk()).toBe(0);
  });

  it('refuses a BSN written with dots', async () => {
    inbox = createTestInbox();
    expect((await inbox.post(makeSubmission({ summary: 'Inwoner met BSN 111.222.333 wacht op geld' }))).status).toBe(400);
    expect(inbox.countOnDisk()).toBe(0);
  });

  it('lets other personal data through: the extension warns about it, only BSN and IBAN block', async () => {
    inbox = createTestInbox();
    expect((await inbox.post(makeSubmission({ description: 'Mevrouw Jansen belde er drie keer over.' }))).status).toBe(201);
  });

  it('accepts a nine-digit number that fails the elfproef (not a BSN)', async () => {
    inbox = createTestInbox();
    const response = await inbox.post(makeSubmission({ description: 'Zaaknummer 123456789 liep drie weken vast.' }));
    expect(response.status).toBe(201);
  });
});

describe('GET /signals/status', () => {
  it('returns status only for the ids sent with the caller’s own submitterKey', async () => {
    inbox = createTestInbox();
    const mine = makeSubmission();
    const mineToo = makeSubmission({ submitterKey: mine.submitterKey });
    const theirs = makeSubmission();
    for (const signal of [mine, mineToo, theirs]) await inbox.post(signal);

    const ids = [mine.id, mineToo.id, theirs.id].join(',');
    const response = await inbox.call(`/signals/status?ids=${ids}&submitterKey=${mine.submitterKey}`);
    expect(response.status).toBe(200);
    const { statuses } = signalStatusResponseSchema.parse(await response.json());
    expect(statuses.map((entry) => entry.id).sort()).toEqual([mine.id, mineToo.id].sort());
    expect(statuses.every((entry) => entry.status === 'nieuw')).toBe(true);
  });

  it('gives another installation nothing, even with the right ids', async () => {
    inbox = createTestInbox();
    const mine = makeSubmission();
    await inbox.post(mine);
    const response = await inbox.call(`/signals/status?ids=${mine.id}&submitterKey=${makeSubmission().submitterKey}`);
    expect(signalStatusResponseSchema.parse(await response.json()).statuses).toEqual([]);
  });

  it('accepts repeated ids parameters', async () => {
    inbox = createTestInbox();
    const first = makeSubmission();
    const second = makeSubmission({ submitterKey: first.submitterKey });
    await inbox.post(first);
    await inbox.post(second);
    const response = await inbox.call(`/signals/status?ids=${first.id}&ids=${second.id}&submitterKey=${first.submitterKey}`);
    expect(signalStatusResponseSchema.parse(await response.json()).statuses).toHaveLength(2);
  });

  it('requires the submitterKey and valid ids', async () => {
    inbox = createTestInbox();
    const noKey = await inbox.call(`/signals/status?ids=${makeSubmission().id}`);
    expect(noKey.status).toBe(400);
    expect((await rejection(noKey)).reasons[0]?.path).toBe('submitterKey');
    const badIds = await inbox.call(`/signals/status?ids=abc&submitterKey=${makeSubmission().submitterKey}`);
    expect(badIds.status).toBe(400);
  });
});
