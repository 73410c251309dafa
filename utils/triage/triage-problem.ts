import { parseRetryAfter } from '../outbox/retry-after';
import { rejectionSchema } from '../schemas/signal';
import type { TriageProblem } from './triage-result';

// Where a token is entered differs per shell (options page, host page); the view adds that part.
const TOKEN_HINT = 'Vraag uw beheerder om een token met triagerechten.';

function seconds(ms: number): string {
  const whole = Math.max(1, Math.ceil(ms / 1000));
  if (whole < 90) return whole === 1 ? '1 seconde' : `${whole} seconden`;
  const minutes = Math.ceil(whole / 60);
  return `${minutes} minuten`;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The Dutch explanation of a failed triage answer. The inbox's own error text is used where it
 * helps (a 400 says which field is wrong); access problems get Komma's words, which say what to do.
 */
export function problemOfResponse(status: number, retryAfter: string | null, body: string, now: number): TriageProblem {
  const rejection = rejectionSchema.safeParse(parseJson(body));
  const said = rejection.success ? rejection.data : undefined;
  const reasons = said && said.reasons.length > 0 ? { reasons: said.reasons } : {};
  if (status === 401) {
    return {
      kind: 'unauthorized',
      status,
      message: `De inbox herkent het token niet. ${TOKEN_HINT}`,
    };
  }
  if (status === 403) {
    return {
      kind: 'forbidden',
      status,
      message: `Met dit token kunt u alleen signalen versturen. Signalen bekijken en beantwoorden mag er niet mee. ${TOKEN_HINT}`,
    };
  }
  if (status === 404) {
    return {
      kind: 'not-found',
      status,
      message: said?.error ?? 'Dit bestaat niet (meer) in de inbox. Vernieuw de lijst.',
    };
  }
  if (status === 429) {
    const wait = parseRetryAfter(retryAfter, now);
    return {
      kind: 'rate-limited',
      status,
      message: `De inbox krijgt te veel verzoeken van dit token. Probeer het ${wait === undefined ? 'zo' : `over ${seconds(wait)}`} opnieuw.`,
      ...(wait === undefined ? {} : { retryAfterMs: wait }),
    };
  }
  if (status === 413) {
    return { kind: 'rejected', status, message: 'Het verzoek is te groot voor de inbox. Maak het antwoord korter.' };
  }
  if (status >= 400 && status < 500) {
    return {
      kind: 'rejected',
      status,
      message: said?.error ?? `De inbox heeft het verzoek geweigerd (code ${status}).`,
      ...reasons,
    };
  }
  return {
    kind: 'server-error',
    status,
    message: `De inbox heeft een storing (code ${status}). Probeer het later opnieuw.`,
  };
}

export function networkProblem(error: unknown): TriageProblem {
  // By name, not instanceof: a DOMException may come from another realm, where it is no `Error`.
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  const timedOut = name === 'TimeoutError' || name === 'AbortError';
  return {
    kind: 'network',
    message: timedOut
      ? 'De inbox antwoordde niet op tijd. Probeer het opnieuw.'
      : 'Komma kan de inbox niet bereiken. Controleer uw verbinding en het adres van de signalenontvanger.',
  };
}

export const NO_ENDPOINT_PROBLEM: TriageProblem = {
  kind: 'no-endpoint',
  message: 'Er is geen signalenontvanger ingesteld. Zonder dat adres kan Komma de signalen niet ophalen.',
};
