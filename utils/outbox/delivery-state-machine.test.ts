import { describe, expect, it } from 'vitest';
import { makeSubmission } from '../../test/fixtures/signals';
import { NEVER, type OutboxItem } from '../signals/outbox-item';
import { BACKOFF_BASE_MS, BACKOFF_CAP_MS } from './backoff';
import { applyOutcome, claim, isDue, releaseLease, requeueHeld } from './delivery-state-machine';

const T0 = Date.parse('2026-03-01T10:00:00Z');
const half = () => 0.5;

function queued(overrides: Partial<OutboxItem> = {}): OutboxItem {
  const submission = makeSubmission();
  return { id: submission.id, submission, state: 'queued', queuedAt: T0, attempts: 0, nextAttemptAt: T0, ...overrides };
}

describe('applyOutcome', () => {
  it('marks 201 and 200 as delivered, resets the failure count and clears the lease', () => {
    for (const status of [201, 200]) {
      const next = applyOutcome(
        { ...queued({ attempts: 3, problem: { message: 'storing' } }), leaseOwner: 'me' },
        { kind: 'accepted', status },
        T0 + 5,
        half,
      );
      expect(next).toMatchObject({ state: 'delivered', attempts: 0, nextAttemptAt: NEVER, deliveredAt: T0 + 5 });
      expect(next.problem).toBeUndefined();
      expect(next.leaseOwner).toBeUndefined();
    }
  });

  it('keeps a 400 with the receiver reasons and never retries it on its own', () => {
    const next = applyOutcome(
      queued(),
      {
        kind: 'rejected',
        status: 400,
        rejection: { error: 'Het signaal is niet aangenomen.', reasons: [{ path: 'summary', message: 'te kort' }] },
      },
      T0,
      half,
    );
    expect(next.state).toBe('rejected');
    expect(next.problem).toEqual({
      message: 'Het signaal is niet aangenomen.',
      status: 400,
      reasons: [{ path: 'summary', message: 'te kort' }],
    });
    expect(isDue(next, 'all', NEVER - 1)).toBe(false);
  });

  it('shows 413 as too large, for the user to shorten', () => {
    const next = applyOutcome(queued(), { kind: 'too-large', status: 413 }, T0, half);
    expect(next.state).toBe('rejected');
    expect(next.problem?.message).toMatch(/te groot/);
  });

  it('holds a 401 or 403 as a configuration problem: not retried by alarms, only after a settings change or by hand', () => {
    const on401 = applyOutcome(queued(), { kind: 'config', status: 401 }, T0, half);
    const on403 = applyOutcome(queued(), { kind: 'config', status: 403 }, T0, half);
    expect(on401.problem?.message).toMatch(/toegangscode/);
    expect(on403.problem?.message).toMatch(/mag geen signalen versturen/);
    expect(on401.state).toBe('config');
    expect(isDue(on401, 'due', T0 + 365 * 86_400_000)).toBe(false);
    expect(isDue(on401, 'reconnect', T0 + 1)).toBe(false);
    expect(isDue(on401, 'all', T0 + 1)).toBe(true);
    expect(isDue(requeueHeld(on401, T0 + 10), 'due', T0 + 10)).toBe(true);
  });

  it('retries 5xx with growing, jittered, capped waits', () => {
    let item = queued();
    const waits: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      item = applyOutcome(item, { kind: 'server-error', status: 503 }, T0, () => 0.999);
      waits.push(item.nextAttemptAt - T0);
      expect(item.state).toBe('retrying');
      expect(item.attempts).toBe(i + 1);
    }
    expect(waits[0]).toBeLessThan(BACKOFF_BASE_MS);
    expect(waits[1]).toBeGreaterThan(waits[0]!);
    expect(waits[2]).toBeGreaterThan(waits[1]!);
    expect(Math.max(...waits)).toBeLessThanOrEqual(BACKOFF_CAP_MS);
    expect(waits.at(-1)).toBeGreaterThan(BACKOFF_CAP_MS * 0.99);
    expect(item.problem).toEqual({ message: 'De ontvanger heeft een storing (code 503).', status: 503 });
  });

  it('waits as long as a 429 Retry-After says, in seconds or as an HTTP-date', () => {
    const seconds = applyOutcome(queued(), { kind: 'rate-limited', status: 429, retryAfter: '90' }, T0, half);
    expect(seconds.nextAttemptAt).toBe(T0 + 90_000);
    expect(seconds.state).toBe('retrying');
    const date = applyOutcome(
      queued(),
      { kind: 'rate-limited', status: 429, retryAfter: 'Sun, 01 Mar 2026 10:10:00 GMT' },
      T0,
      half,
    );
    expect(date.nextAttemptAt).toBe(T0 + 10 * 60_000);
    // Without a usable header: the ordinary backoff.
    const none = applyOutcome(queued(), { kind: 'rate-limited', status: 429 }, T0, half);
    expect(none.nextAttemptAt).toBe(T0 + BACKOFF_BASE_MS / 2);
  });

  it('honours Retry-After even when the user presses "Nu opnieuw proberen"', () => {
    const limited = applyOutcome(queued(), { kind: 'rate-limited', status: 429, retryAfter: '90' }, T0, half);
    expect(isDue(limited, 'all', T0 + 1000)).toBe(false);
    expect(isDue(limited, 'all', T0 + 90_000)).toBe(true);
    const broken = applyOutcome(queued(), { kind: 'server-error', status: 500 }, T0, half);
    expect(isDue(broken, 'all', T0 + 1)).toBe(true);
    expect(isDue(broken, 'due', T0 + 1)).toBe(false);
  });

  it('waits for a connection after a network error, and tries again as soon as the browser is back online', () => {
    const next = applyOutcome(queued(), { kind: 'network', message: 'Failed to fetch' }, T0, half);
    expect(next.state).toBe('waiting');
    expect(next.nextAttemptAt).toBeGreaterThan(T0);
    expect(isDue(next, 'due', T0 + 1)).toBe(false);
    expect(isDue(next, 'reconnect', T0 + 1)).toBe(true);
  });

  it('keeps a signal locally, without counting a failure, when no receiver is set', () => {
    const next = applyOutcome(queued(), { kind: 'no-endpoint' }, T0, half);
    expect(next).toMatchObject({ state: 'no-endpoint', attempts: 0, nextAttemptAt: NEVER });
    expect(next.problem?.message).toMatch(/geen signalenontvanger ingesteld/);
  });
});

describe('lease', () => {
  it('hides a claimed item from every other flush until the lease ends, then it is due again', () => {
    const held = claim(queued(), 'flush-a', T0, 60_000);
    for (const mode of ['due', 'reconnect', 'all'] as const) {
      expect(isDue(held, mode, T0 + 59_999)).toBe(false);
    }
    // The worker that held it died without writing: the item comes back by itself.
    expect(isDue(held, 'due', T0 + 60_000)).toBe(true);
  });

  it('a released lease makes the item due at once, in the state it had', () => {
    const waiting = { ...queued(), state: 'waiting' as const, attempts: 2 };
    const released = releaseLease(claim(waiting, 'stopped-worker', T0, 60_000), T0 + 5);
    expect(released).toEqual({ ...waiting, nextAttemptAt: T0 + 5 });
    expect(isDue(released, 'due', T0 + 5)).toBe(true);
    const free = queued();
    expect(releaseLease(free, T0 + 5)).toBe(free);
  });

  it('never picks up finished items', () => {
    const delivered = applyOutcome(queued(), { kind: 'accepted', status: 201 }, T0, half);
    expect(isDue(delivered, 'all', NEVER)).toBe(false);
    expect(isDue({ ...queued(), state: 'superseded' }, 'all', NEVER)).toBe(false);
  });
});
