/**
 * The outbox's state machine, as pure functions of (item, event, now, random): no clock, no
 * storage, no network, so every transition is unit-tested with plain numbers.
 */
import { AUTOMATIC_STATES, HELD_STATES, NEVER, type FlushMode, type OutboxItem } from '../signals/outbox-item';
import { backoffDelay } from './backoff';
import type { DeliveryOutcome } from './delivery-outcome';
import { parseRetryAfter } from './retry-after';

function leased(item: OutboxItem, now: number) {
  return item.leaseOwner !== undefined && item.nextAttemptAt > now;
}

export function isDue(item: OutboxItem, mode: FlushMode, now: number): boolean {
  if (leased(item, now)) return false;
  const automatic = (AUTOMATIC_STATES as readonly string[]).includes(item.state);
  const held = (HELD_STATES as readonly string[]).includes(item.state);
  if (!automatic && !held) return false;
  if (item.nextAttemptAt <= now) return true;
  if (mode === 'reconnect') return item.state === 'waiting';
  if (mode === 'all') return !(item.state === 'retrying' && item.problem?.status === 429);
  return false;
}

/**
 * Takes the lease: while it runs nobody else posts this item, and if the worker dies mid-request
 * the item is due again when the lease ends (the Idempotency-Key makes that second POST harmless).
 */
export function claim(item: OutboxItem, owner: string, now: number, leaseMs: number): OutboxItem {
  return { ...item, leaseOwner: owner, nextAttemptAt: now + leaseMs };
}

/** Ends a lease whose holder is known to be gone: the item is due now, in the state it had. */
export function releaseLease(item: OutboxItem, now: number): OutboxItem {
  if (item.leaseOwner === undefined) return item;
  return { ...item, leaseOwner: undefined, nextAttemptAt: now };
}

/** A settings change may fix what made these items wait: make them due now. */
export function requeueHeld(item: OutboxItem, now: number): OutboxItem {
  if (!(HELD_STATES as readonly string[]).includes(item.state)) return item;
  return { ...item, state: 'queued', nextAttemptAt: now };
}

const CONFIG_MESSAGES: Record<number, string> = {
  // fetch reports a redirect it was told not to follow as status 0.
  0: 'Het adres van de signalenontvanger stuurt door naar een ander adres. Controleer het adres in de instellingen.',
  401: 'De ontvanger kent de toegangscode niet. Controleer de toegangscode in de instellingen.',
  403: 'Deze toegangscode mag geen signalen versturen. Vraag uw signaleringsteam om een code om te versturen.',
};

export function applyOutcome(
  item: OutboxItem,
  outcome: DeliveryOutcome,
  now: number,
  random: () => number,
): OutboxItem {
  const next: OutboxItem = { ...item, leaseOwner: undefined, lastAttemptAt: now };
  const retryLater = (state: 'waiting' | 'retrying', message: string, status?: number, wait?: number): OutboxItem => {
    const attempts = item.attempts + 1;
    return {
      ...next,
      state,
      attempts,
      nextAttemptAt: now + (wait ?? backoffDelay(attempts, random)),
      problem: { message, status },
    };
  };

  switch (outcome.kind) {
    case 'accepted':
      return {
        ...next,
        state: 'delivered',
        attempts: 0,
        nextAttemptAt: NEVER,
        deliveredAt: now,
        problem: undefined,
        remote: outcome.entry ?? item.remote,
      };
    case 'rejected':
      return {
        ...next,
        state: 'rejected',
        nextAttemptAt: NEVER,
        problem: {
          message: outcome.rejection?.error ?? `De ontvanger heeft het signaal geweigerd (code ${outcome.status}).`,
          status: outcome.status,
          reasons: outcome.rejection?.reasons,
        },
      };
    case 'too-large':
      return {
        ...next,
        state: 'rejected',
        nextAttemptAt: NEVER,
        problem: {
          message: 'Het signaal is te groot voor de ontvanger. Maak de toelichting korter en verstuur het opnieuw.',
          status: outcome.status,
        },
      };
    case 'config':
      return {
        ...next,
        state: 'config',
        nextAttemptAt: NEVER,
        problem: {
          message:
            CONFIG_MESSAGES[outcome.status] ??
            `Op dit adres is geen signalenontvanger gevonden (code ${outcome.status}). Controleer het adres in de instellingen.`,
          status: outcome.status,
        },
      };
    case 'rate-limited':
      return retryLater(
        'retrying',
        'De ontvanger krijgt nu te veel signalen en vraagt even te wachten.',
        outcome.status,
        parseRetryAfter(outcome.retryAfter, now),
      );
    case 'server-error':
      return retryLater('retrying', `De ontvanger heeft een storing (code ${outcome.status}).`, outcome.status);
    case 'network':
      return retryLater('waiting', 'Komma kan de ontvanger niet bereiken. Misschien is er geen verbinding.');
    case 'no-endpoint':
      return {
        ...next,
        state: 'no-endpoint',
        nextAttemptAt: NEVER,
        problem: { message: 'Er is geen signalenontvanger ingesteld. Het signaal blijft op deze computer bewaard.' },
      };
  }
}
