import type { SignalStatusEntry, SignalSubmission } from '../utils/schemas/signal';

export const TEST_SUBMITTER_KEY = 'test-installation-key-0001';

let counter = 0;

/** A valid submission; every call gets a fresh uuid unless one is given. */
export function makeSubmission(overrides: Partial<SignalSubmission> = {}): SignalSubmission {
  counter += 1;
  return {
    id: crypto.randomUUID(),
    createdAt: '2026-03-01T10:00:00.000Z',
    category: 'kennis',
    summary: `De kennisbank mist uitleg over giften (${counter})`,
    description: '',
    effects: ['stress'],
    frequency: 'vaker',
    context: {
      source: { kind: 'search', ref: 'giften' },
      role: 'inkomensconsulent',
      municipality: 'Leeuwarden',
      appVersion: '0.1.0',
    },
    submitterKey: TEST_SUBMITTER_KEY,
    ...overrides,
  };
}

/**
 * A scriptable stand-in for the inbox behind `fetch`: it keeps one record per id (as the real
 * inbox does), answers 201 the first time and 200 after, and can be told to fail first.
 */
export function fakeInbox() {
  const records = new Map<string, SignalSubmission>();
  const posts: string[] = [];
  const script: Array<() => Response | Promise<Response>> = [];
  let inFlight = 0;
  let maxInFlightPerId = 0;
  const inFlightById = new Map<string, number>();
  const statuses = new Map<string, SignalStatusEntry>();

  const fetch = async (input: string, init: RequestInit): Promise<Response> => {
    const url = new URL(input);
    if (init.method === 'GET' && url.pathname.endsWith('/signals/status')) {
      const ids = url.searchParams.get('ids')?.split(',') ?? [];
      const known = ids.flatMap((id) => {
        const entry = statuses.get(id);
        return entry ? [entry] : [];
      });
      return Response.json({ statuses: known });
    }
    const body = JSON.parse(String(init.body)) as SignalSubmission;
    posts.push(body.id);
    inFlight += 1;
    const mine = (inFlightById.get(body.id) ?? 0) + 1;
    inFlightById.set(body.id, mine);
    maxInFlightPerId = Math.max(maxInFlightPerId, mine);
    try {
      // Let other flushes run while this request is "on the wire".
      await new Promise((resolve) => setTimeout(resolve, 1));
      const scripted = script.shift();
      if (scripted) return await scripted();
      const headers = init.headers as Record<string, string>;
      if (headers['Idempotency-Key'] !== body.id) return Response.json({ error: 'key', reasons: [] }, { status: 400 });
      const existed = records.has(body.id);
      records.set(body.id, body);
      const entry: SignalStatusEntry = { id: body.id, status: 'nieuw', updatedAt: '2026-03-01T10:00:00.000Z' };
      statuses.set(body.id, statuses.get(body.id) ?? entry);
      return Response.json(entry, { status: existed ? 200 : 201 });
    } finally {
      inFlight -= 1;
      inFlightById.set(body.id, mine - 1);
    }
  };

  return {
    fetch,
    records,
    posts,
    statuses,
    /** Answers the next requests with these, in order, before behaving normally again. */
    failNext(...responses: Array<() => Response | Promise<Response>>) {
      script.push(...responses);
    },
    get inFlight() {
      return inFlight;
    },
    /** Most POSTs of one id that were on the wire at the same moment. */
    get maxConcurrentPerId() {
      return maxInFlightPerId;
    },
  };
}
