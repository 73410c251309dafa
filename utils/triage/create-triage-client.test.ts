import { describe, expect, it, vi } from 'vitest';
import type { SignalGroup } from '../schemas/triage';
import { createTriageClient } from './create-triage-client';

const ENDPOINT = 'https://inbox.gemeente.example';
const NOW = Date.parse('2026-11-23T12:00:00Z');
const ID = '5f0c8a52-3b7e-4f6e-9a51-2f1d1c9f0a11';
const OTHER = '0b8f2a3c-9d4e-4c5b-8a6f-7e1d2c3b4a59';

const group: SignalGroup = {
  key: 'merged-3',
  kind: 'merged',
  title: 'Geen termijn voor bijzondere bijstand',
  category: 'lokaal-beleid',
  count: 2,
  firstSeen: '2026-10-01T10:00:00.000Z',
  lastSeen: '2026-11-20T10:00:00.000Z',
  trend: { last30Days: 1, previous30Days: 1 },
  statuses: { nieuw: 2 },
  signalIds: [ID, OTHER],
};

interface Call {
  url: string;
  init: RequestInit;
}

/** A fetch that records what it was asked and answers with the given responses in turn. */
function fakeFetch(...answers: Array<Response | Error>) {
  const calls: Call[] = [];
  const fetch = vi.fn(async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const answer = answers.shift() ?? Response.json({ error: 'onverwacht', reasons: [] }, { status: 500 });
    // Not `instanceof Error`: under the vmThreads pool a DOMException is from another realm.
    if (answer instanceof Response) return answer;
    throw answer;
  });
  return { fetch, calls };
}

function client(fetch: ReturnType<typeof fakeFetch>['fetch'], config = { endpoint: ENDPOINT, token: 'triage-token' }) {
  return createTriageClient({ fetch, config: async () => config, now: () => NOW });
}

const rejection = (error: string, reasons: Array<{ path: string; message: string }> = []) => ({ error, reasons });

describe('createTriageClient: requests', () => {
  it('lists groups with the token, the filters as a query and the answer checked against the contract', async () => {
    const { fetch, calls } = fakeFetch(Response.json({ groups: [group] }));
    const result = await client(fetch).groups({ status: 'nieuw', category: 'lokaal-beleid' });
    expect(result).toEqual({ ok: true, value: { groups: [group] } });
    expect(calls[0]!.url).toBe(`${ENDPOINT}/triage/groups?status=nieuw&category=lokaal-beleid&minCount=1`);
    expect(calls[0]!.init.method).toBe('GET');
    expect(calls[0]!.init.credentials).toBe('omit');
    expect((calls[0]!.init.headers as Record<string, string>).Authorization).toBe('Bearer triage-token');
  });

  it('lists the signals of a group, with text and period filters', async () => {
    const { fetch, calls } = fakeFetch(Response.json({ signals: [], total: 0 }));
    const result = await client(fetch).signals({
      group: 'merged-3',
      q: 'termijn bijstand',
      from: '2026-10-24',
      limit: 500,
    });
    expect(result.ok).toBe(true);
    const url = new URL(calls[0]!.url);
    expect(url.pathname).toBe('/triage/signals');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      group: 'merged-3',
      q: 'termijn bijstand',
      from: '2026-10-24',
      limit: '500',
      offset: '0',
    });
  });

  it('sets the status of a group or of one signal with PATCH and a JSON body', async () => {
    const { fetch, calls } = fakeFetch(
      Response.json({ updated: 2, signalIds: [ID, OTHER] }),
      Response.json({ updated: 1, signalIds: [ID] }),
    );
    const triage = client(fetch);
    const update = {
      status: 'beleid-aangepast' as const,
      answer: 'De verordening noemt nu vier weken.',
      articleId: 'bijzondere-bijstand',
    };
    expect(await triage.setStatus({ group: 'merged-3' }, update)).toEqual({
      ok: true,
      value: { updated: 2, signalIds: [ID, OTHER] },
    });
    expect(await triage.setStatus({ signal: ID }, { status: 'in-behandeling' })).toEqual({
      ok: true,
      value: { updated: 1, signalIds: [ID] },
    });
    expect(calls.map((call) => [call.init.method, call.url])).toEqual([
      ['PATCH', `${ENDPOINT}/triage/groups/merged-3`],
      ['PATCH', `${ENDPOINT}/triage/signals/${ID}`],
    ]);
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual(update);
    expect((calls[0]!.init.headers as Record<string, string>)['Content-Type']).toBe('application/json');
  });

  it('merges into a group and takes a signal out of a hand-made group', async () => {
    const { fetch, calls } = fakeFetch(Response.json({ group }), new Response(null, { status: 204 }));
    const triage = client(fetch);
    expect(await triage.merge({ target: 'rule-0123456789abcdef', signalIds: [ID] })).toEqual({
      ok: true,
      value: { group },
    });
    expect(await triage.removeFromGroup('merged-3', ID)).toEqual({ ok: true, value: { removed: true } });
    expect(calls.map((call) => [call.init.method, call.url])).toEqual([
      ['POST', `${ENDPOINT}/triage/groups/merge`],
      ['DELETE', `${ENDPOINT}/triage/groups/merged-3/signals/${ID}`],
    ]);
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual({ target: 'rule-0123456789abcdef', signalIds: [ID] });
  });

  it('exports a file with the name the inbox gives and keeps the byte-order mark Excel needs', async () => {
    const csv = '\uFEFFid;samenvatting\r\n';
    const { fetch, calls } = fakeFetch(
      new Response(csv, {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': 'attachment; filename="komma-signalen-2026-11-23.csv"',
        },
      }),
      new Response('# Signalen\n', {
        headers: { 'Content-Type': 'text/markdown', 'Content-Disposition': 'attachment; filename="../../etc/passwd"' },
      }),
    );
    const triage = client(fetch);
    const file = await triage.export({ format: 'csv', ids: `${ID},${OTHER}` });
    expect(file).toEqual({
      ok: true,
      value: { fileName: 'komma-signalen-2026-11-23.csv', contentType: 'text/csv; charset=utf-8', text: csv },
    });
    expect(new URL(calls[0]!.url).searchParams.get('ids')).toBe(`${ID},${OTHER}`);
    const markdown = await triage.export({ format: 'markdown', group: 'merged-3' });
    // A name with a path in it is not used.
    expect(markdown.ok && markdown.value.fileName).toBe('komma-signalen.md');
  });

  it('reads the address and token again for every request', async () => {
    const { fetch, calls } = fakeFetch(Response.json({ groups: [] }), Response.json({ groups: [] }));
    let config = { endpoint: ENDPOINT, token: 'oud' };
    const triage = createTriageClient({ fetch, config: async () => config });
    await triage.groups();
    config = { endpoint: 'https://andere.example', token: 'nieuw' };
    await triage.groups();
    expect(calls[1]!.url.startsWith('https://andere.example/triage/groups')).toBe(true);
    expect((calls[1]!.init.headers as Record<string, string>).Authorization).toBe('Bearer nieuw');
  });
});

describe('createTriageClient: every way it can fail, in Dutch', () => {
  it('asks for an address when none is configured, without calling the network', async () => {
    const { fetch } = fakeFetch();
    const result = await client(fetch, { endpoint: '', token: '' }).groups();
    expect(result).toEqual({
      ok: false,
      problem: expect.objectContaining({
        kind: 'no-endpoint',
        message: expect.stringContaining('geen signalenontvanger ingesteld'),
      }),
    });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('refuses a closing status without an answer before anything is sent', async () => {
    const { fetch } = fakeFetch();
    const result = await client(fetch).setStatus({ group: 'merged-3' }, { status: 'geen-actie' });
    expect(result).toEqual({
      ok: false,
      problem: expect.objectContaining({
        kind: 'invalid-request',
        reasons: [{ path: 'answer', message: 'geef de melder een kort antwoord bij deze status' }],
      }),
    });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('refuses an unknown group key before anything is sent', async () => {
    const { fetch } = fakeFetch();
    const result = await client(fetch).removeFromGroup('../../signals', ID);
    expect(result.ok || result.problem.kind).toBe('invalid-request');
    expect(fetch).not.toHaveBeenCalled();
  });

  it.each([
    [401, 'unauthorized', /herkent het token niet/],
    [403, 'forbidden', /alleen signalen versturen/],
  ] as const)('%i: %s, with what to do about the token', async (status, kind, message) => {
    const { fetch } = fakeFetch(Response.json(rejection('Dit token mag dit niet.'), { status }));
    const result = await client(fetch).groups();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toMatchObject({ kind, status });
    expect(result.problem.message).toMatch(message);
    expect(result.problem.message).toMatch(/token met triagerechten/);
  });

  it('404: the inbox says the group is gone', async () => {
    const { fetch } = fakeFetch(
      Response.json(rejection('Deze groep bestaat niet (meer). Vernieuw de lijst met groepen.'), { status: 404 }),
    );
    const result = await client(fetch).signals({ group: 'rule-0123456789abcdef' });
    expect(result).toEqual({
      ok: false,
      problem: {
        kind: 'not-found',
        status: 404,
        message: 'Deze groep bestaat niet (meer). Vernieuw de lijst met groepen.',
      },
    });
  });

  it('400: the inbox refused, with its reasons per field', async () => {
    const reasons = [{ path: 'answer', message: 'Dit lijkt een BSN.' }];
    const { fetch } = fakeFetch(
      Response.json(rejection('Het antwoord bevat persoonsgegevens.', reasons), { status: 400 }),
    );
    const result = await client(fetch).setStatus(
      { signal: ID },
      { status: 'opgelost', answer: 'Opgelost voor deze inwoner.' },
    );
    expect(result).toEqual({
      ok: false,
      problem: { kind: 'rejected', status: 400, message: 'Het antwoord bevat persoonsgegevens.', reasons },
    });
  });

  it('400 without a readable body still says the inbox refused', async () => {
    const { fetch } = fakeFetch(new Response('<html>Bad Request</html>', { status: 400 }));
    const result = await client(fetch).groups();
    expect(result.ok || result.problem).toEqual({
      kind: 'rejected',
      status: 400,
      message: 'De inbox heeft het verzoek geweigerd (code 400).',
    });
  });

  it('413: asks for a shorter answer', async () => {
    const { fetch } = fakeFetch(Response.json(rejection('Te groot'), { status: 413 }));
    const result = await client(fetch).setStatus({ signal: ID }, { status: 'opgelost', answer: 'Kort.' });
    expect(result.ok || result.problem).toMatchObject({
      kind: 'rejected',
      status: 413,
      message: expect.stringMatching(/korter/),
    });
  });

  it('429 with Retry-After in seconds: says how long to wait', async () => {
    const { fetch } = fakeFetch(Response.json(rejection('Te veel'), { status: 429, headers: { 'Retry-After': '30' } }));
    const result = await client(fetch).groups();
    expect(result.ok || result.problem).toEqual({
      kind: 'rate-limited',
      status: 429,
      retryAfterMs: 30_000,
      message: 'De inbox krijgt te veel verzoeken van dit token. Probeer het over 30 seconden opnieuw.',
    });
  });

  it('429 with Retry-After as a date, and without one', async () => {
    const later = new Date(NOW + 5 * 60_000).toUTCString();
    const { fetch } = fakeFetch(
      Response.json(rejection('Te veel'), { status: 429, headers: { 'Retry-After': later } }),
      Response.json(rejection('Te veel'), { status: 429 }),
    );
    const triage = client(fetch);
    const dated = await triage.groups();
    expect(dated.ok || dated.problem).toMatchObject({
      retryAfterMs: 300_000,
      message: expect.stringContaining('over 5 minuten'),
    });
    const bare = await triage.groups();
    expect(bare.ok || bare.problem).toMatchObject({
      kind: 'rate-limited',
      message: expect.stringContaining('Probeer het zo opnieuw'),
    });
    expect(bare.ok || bare.problem.retryAfterMs).toBeUndefined();
  });

  it.each([500, 502, 503])('%i: a fault at the inbox, with its code', async (status) => {
    const { fetch } = fakeFetch(new Response('fout', { status }));
    const result = await client(fetch).merge({ signalIds: [ID, OTHER] });
    expect(result.ok || result.problem).toEqual({
      kind: 'server-error',
      status,
      message: `De inbox heeft een storing (code ${status}). Probeer het later opnieuw.`,
    });
  });

  it('a redirect is not followed and counts as a fault', async () => {
    const { fetch, calls } = fakeFetch(
      new Response(null, { status: 302, headers: { Location: 'https://elders.example' } }),
    );
    const result = await client(fetch).groups();
    expect(calls[0]!.init.redirect).toBe('manual');
    expect(result.ok || result.problem.kind).toBe('server-error');
  });

  it('network failure and timeout: says the inbox cannot be reached', async () => {
    const timeout = new DOMException('The operation timed out.', 'TimeoutError');
    const { fetch } = fakeFetch(new TypeError('Failed to fetch'), timeout);
    const triage = client(fetch);
    const offline = await triage.groups();
    expect(offline.ok || offline.problem).toEqual({
      kind: 'network',
      message: expect.stringMatching(/kan de inbox niet bereiken/),
    });
    const slow = await triage.groups();
    expect(slow.ok || slow.problem).toEqual({ kind: 'network', message: expect.stringMatching(/niet op tijd/) });
  });

  it('an answer outside the contract is not passed on', async () => {
    const { fetch } = fakeFetch(
      Response.json({ groups: [{ ...group, key: 'iets-anders' }] }),
      new Response('geen json'),
    );
    const triage = client(fetch);
    expect((await triage.groups()).ok || 'invalid').toBe('invalid');
    const garbled = await triage.groups();
    expect(garbled.ok || garbled.problem).toMatchObject({ kind: 'invalid-response', status: 200 });
  });
});
