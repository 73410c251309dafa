/** @vitest-environment node */
import { afterEach, describe, expect, it } from 'vitest';
import { rejectionSchema, signalSubmissionSchema } from '../utils/schemas/signal';
import { makeSubmission } from './testing/signal-fixture';
import { createTestInbox, type TestInbox } from './testing/test-inbox';

let inbox: TestInbox;
afterEach(() => inbox?.close());

const EXTENSION = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';

describe('authentication and scopes', () => {
  it('answers 401 without a token or with an unknown one, and writes nothing', async () => {
    inbox = createTestInbox();
    const signal = makeSubmission();
    for (const token of [null, 'komma_submit_verkeerd-token-van-voldoende-lengte']) {
      const response = await inbox.call('/signals', { body: signal, token, headers: { 'Idempotency-Key': signal.id } });
      expect(response.status).toBe(401);
      expect(response.headers.get('WWW-Authenticate')).toMatch(/^Bearer/);
      expect(rejectionSchema.parse(await response.json()).error).toMatch(/token/i);
    }
    expect((await inbox.call('/triage/groups', { token: null })).status).toBe(401);
    expect(inbox.countOnDisk()).toBe(0);
  });

  it('answers 403 when a submit token asks for triage', async () => {
    inbox = createTestInbox();
    for (const path of ['/triage/signals', '/triage/groups', '/triage/export?format=csv&ids=x']) {
      expect((await inbox.call(path, { token: inbox.tokens.submit })).status).toBe(403);
    }
    const merge = await inbox.call('/triage/groups/merge', { body: { signalIds: [] }, token: inbox.tokens.submit });
    expect(merge.status).toBe(403);
  });

  it('lets a triage token submit too, and records its team', async () => {
    inbox = createTestInbox();
    expect((await inbox.post(makeSubmission(), inbox.tokens.triage)).status).toBe(201);
    expect(inbox.countOnDisk("SELECT count(*) AS n FROM signals WHERE team = 'Signalering'")).toBe(1);
  });
});

describe('request limits', () => {
  it('answers 413 for a body over 64 KB and writes nothing', async () => {
    inbox = createTestInbox();
    const signal = makeSubmission();
    const body = JSON.stringify({ ...signal, padding: 'x'.repeat(70 * 1024) });
    const response = await inbox.call('/signals', { body, headers: { 'Idempotency-Key': signal.id } });
    expect(response.status).toBe(413);
    expect(rejectionSchema.parse(await response.json()).error).toContain('64 KB');
    expect(inbox.countOnDisk()).toBe(0);
  });

  it('answers 429 with Retry-After once a token used up its budget, per token', async () => {
    inbox = createTestInbox({ rateLimit: { limit: 3, windowMs: 60_000 } });
    const statuses = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await inbox.post(makeSubmission())).status);
    expect(statuses).toEqual([201, 201, 201, 429]);
    const limited = await inbox.post(makeSubmission());
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(Number(limited.headers.get('Retry-After'))).toBeLessThanOrEqual(60);
    expect(inbox.countOnDisk()).toBe(3);
    // Another team's token has its own budget.
    expect((await inbox.post(makeSubmission(), inbox.tokens.otherTeam)).status).toBe(201);
  });
});

describe('headers', () => {
  it('sends security headers on every answer', async () => {
    inbox = createTestInbox();
    const response = await inbox.call('/openapi.json', { token: null });
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(response.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
    expect(response.headers.get('X-Frame-Options')).toBe('SAMEORIGIN');
  });

  it('allows CORS preflight from extensions and configured origins only', async () => {
    inbox = createTestInbox({ allowedOrigins: ['http://127.0.0.1:5173'] });
    const preflight = (origin: string) =>
      inbox.app.request('/signals', {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'authorization, content-type, idempotency-key',
        },
      });
    for (const origin of [EXTENSION, 'moz-extension://3f2a1b4c-5d6e-4f70-8192-a3b4c5d6e7f8', 'http://127.0.0.1:5173']) {
      const response = await preflight(origin);
      expect(response.status).toBe(204);
      expect(response.headers.get('Access-Control-Allow-Origin')).toBe(origin);
      expect(response.headers.get('Access-Control-Allow-Headers')?.toLowerCase()).toContain('idempotency-key');
    }
    for (const origin of ['https://kwaadaardig.example', 'http://127.0.0.1:5174', 'chrome-extension://kort']) {
      expect((await preflight(origin)).headers.get('Access-Control-Allow-Origin')).toBeNull();
    }
  });

  it('lets an extension read Retry-After', async () => {
    inbox = createTestInbox();
    const response = await inbox.app.request('/openapi.json', { headers: { Origin: EXTENSION } });
    expect(response.headers.get('Access-Control-Expose-Headers')).toContain('Retry-After');
  });
});

describe('logging', () => {
  it('writes one JSON line per request with method, path, status, time and team, never signal text', async () => {
    inbox = createTestInbox();
    const signal = makeSubmission({ summary: 'Unieke zin die nooit in een log mag staan' });
    await inbox.post(signal);
    await inbox.call(`/signals/status?ids=${signal.id}&submitterKey=${signal.submitterKey}`);
    await inbox.call('/signals', { token: null, body: {} });
    expect(inbox.logs).toHaveLength(3);
    expect(inbox.logs[0]).toMatchObject({ method: 'POST', path: '/signals', status: 201, team: 'Team Inkomen' });
    expect(typeof inbox.logs[0]!.ms).toBe('number');
    expect(inbox.logs[1]).toMatchObject({ method: 'GET', path: '/signals/status', status: 200 });
    expect(inbox.logs[2]).toMatchObject({ status: 401 });
    expect(inbox.logs[2]).not.toHaveProperty('team');
    const written = JSON.stringify(inbox.logs);
    expect(written).not.toContain('Unieke zin');
    expect(written).not.toContain(signal.submitterKey);
  });

  it('answers an internal failure with a Dutch 500 and logs it', async () => {
    inbox = createTestInbox({
      findPersonalData: () => {
        throw new Error('detector kapot');
      },
    });
    const response = await inbox.post(makeSubmission());
    expect(response.status).toBe(500);
    expect(rejectionSchema.parse(await response.json()).error).toContain('Er ging iets mis');
    expect(inbox.logs.some((entry) => entry.level === 'error' && String(entry.error).includes('detector kapot'))).toBe(true);
    expect(inbox.countOnDisk()).toBe(0);
  });
});

describe('GET /openapi.json', () => {
  it('describes every route with component schemas generated from the zod contract', async () => {
    inbox = createTestInbox();
    const response = await inbox.call('/openapi.json', { token: null });
    expect(response.status).toBe(200);
    const document = (await response.json()) as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
      components: { schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }> };
    };
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/signals', '/signals/status', '/triage/signals', '/triage/groups', '/triage/groups/merge', '/triage/export']),
    );
    const submission = document.components.schemas.SignalSubmission!;
    expect(Object.keys(submission.properties!).sort()).toEqual(Object.keys(signalSubmissionSchema.shape).sort());
    expect(submission.required).toContain('submitterKey');
    // Every $ref points at a component that exists.
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) expect(document.components.schemas).toHaveProperty(ref);
  });

  it('answers unknown paths with a JSON 404', async () => {
    inbox = createTestInbox();
    const response = await inbox.call('/bestaat-niet');
    expect(response.status).toBe(404);
    expect(rejectionSchema.parse(await response.json()).error).toContain('openapi.json');
  });
});
