/**
 * Benchmarks of the signal inbox: sustained POST /signals throughput and latency over loopback
 * against the real program in its own process, and the time to group 10,000 stored signals.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import BetterSqlite3 from 'better-sqlite3';
import { SIGNAL_CATEGORIES, type SignalSubmission } from '../utils/schemas/signal';
import { createGroupRepository } from '../server/db/group-repository';
import { openDatabase } from '../server/db/open-database';
import { createRevision } from '../server/db/revision';
import { createSignalRepository } from '../server/db/signal-repository';
import { groupSignals } from '../server/grouping/group-signals';
import { makeSubmission } from '../server/testing/signal-fixture';
import { spawnInbox } from '../server/testing/spawn-inbox';

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
}

export interface InboxBenchOptions {
  /** Seconds of sustained load; capped at 10. */
  durationSeconds?: number;
  connections?: number;
  /** Signals stored before timing the grouping. */
  groupingSignals?: number;
}

/** Small seeded generator so every run groups the same data. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = [
  'kostendelersnorm', 'inlichtingenplicht', 'terugvordering', 'bijzondere bijstand', 'giftenvrijlating',
  'schuldhulpverlening', 'woonkostentoeslag', 'individuele inkomenstoeslag', 're-integratieplicht', 'beslagvrije voet',
  'zorgverzekering', 'vakantiegeld', 'alimentatie', 'studiefinanciering', 'huurtoeslag',
] as const;
const PROBLEMS = [
  'treft jongeren die thuis wonen te hard', 'is in de brief niet te begrijpen', 'laat geen ruimte voor maatwerk',
  'duurt veel te lang voor inwoners', 'leidt tot schulden bij inwoners', 'wordt door ketenpartners anders uitgelegd',
  'staat niet goed in het systeem', 'geeft stress bij alleenstaande ouders', 'kost het team veel extra tijd',
  'botst met de landelijke regels',
] as const;
const CIRCUMSTANCES = [
  '', ' bij een verhuizing', ' na een scheiding', ' voor zelfstandigen', ' bij jongeren onder 27', ' als er kinderen zijn',
  ' in de eerste maand', ' bij een nieuwe baan', ' na een opname', ' bij statushouders', ' rond de jaarwisseling',
] as const;
const RULES = Array.from({ length: 40 }, (_, i) => `Art. ${i + 1} Participatiewet`);

/** `count` varied but recurring signals (1,650 distinct summaries in 7 categories) spread over the last 120 days, a third with a rule. */
export function syntheticSignals(count: number, now: Date, seed = 7): SignalSubmission[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  return Array.from({ length: count }, () => {
    const createdAt = new Date(now.getTime() - Math.floor(random() * 120 * 24 * 60 * 60 * 1000)).toISOString();
    return makeSubmission({
      createdAt,
      category: pick(SIGNAL_CATEGORIES),
      summary: `De ${pick(SUBJECTS)} ${pick(PROBLEMS)}${pick(CIRCUMSTANCES)}`,
      ...(random() < 0.33 ? { rule: pick(RULES) } : {}),
    });
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function benchPostThroughput(durationSeconds: number, connections: number): Promise<BenchRow[]> {
  const inbox = await spawnInbox({ args: ['--rate-limit', '100000000'] });
  try {
    const result = await autocannon({
      url: inbox.url,
      connections,
      duration: durationSeconds,
      requests: [
        {
          method: 'POST',
          path: '/signals',
          // A new signal per request: the measurement is of storing, not of answering repeats.
          setupRequest: (request) => {
            const signal = makeSubmission();
            return {
              ...request,
              headers: {
                ...request.headers,
                'content-type': 'application/json',
                authorization: `Bearer ${inbox.tokens.submit}`,
                'idempotency-key': signal.id,
              },
              body: JSON.stringify(signal),
            };
          },
        },
      ],
    });
    const reader = new BetterSqlite3(inbox.dbPath, { readonly: true });
    const stored = (reader.prepare('SELECT count(*) AS n FROM signals').get() as { n: number }).n;
    reader.close();
    // Requests still in flight when the clock ran out may be stored without their answer counted.
    if (result.non2xx > 0 || result.errors > 0 || stored < result['2xx'] || stored > result['2xx'] + connections) {
      throw new Error(
        `inbox bench: ${result.non2xx} non-2xx, ${result.errors} errors, ${stored} stored of ${result['2xx']} acknowledged`,
      );
    }
    return [
      { name: 'inbox: POST /signals sustained throughput', value: Math.round(result['2xx'] / result.duration), unit: 'req/s' },
      { name: 'inbox: POST /signals latency p50', value: result.latency.p50, unit: 'ms' },
      { name: 'inbox: POST /signals latency p99', value: result.latency.p99, unit: 'ms' },
      { name: 'inbox: POST /signals acknowledged (all found on disk)', value: result['2xx'], unit: 'signals' },
    ];
  } finally {
    await inbox.kill();
  }
}

function benchGrouping(count: number): BenchRow[] {
  const dir = mkdtempSync(join(tmpdir(), 'komma-inbox-bench-'));
  const db = openDatabase(join(dir, 'inbox.sqlite'));
  try {
    const now = new Date();
    const revision = createRevision(db);
    const signals = createSignalRepository(db, revision, () => now);
    const groups = createGroupRepository(db, revision, () => now);
    const all = syntheticSignals(count, now);
    db.transaction(() => all.forEach((signal) => signals.insert(signal, 'Team Inkomen')))();

    const timings: number[] = [];
    let found = 0;
    for (let run = 0; run < 3; run += 1) {
      const start = performance.now();
      found = groupSignals(signals.groupingRows(), groups.titles(), now).length;
      timings.push(performance.now() - start);
    }
    return [
      { name: `inbox: grouping ${count.toLocaleString('en')} stored signals (median of 3)`, value: Math.round(median(timings)), unit: 'ms' },
      { name: `inbox: groups found in ${count.toLocaleString('en')} signals`, value: found, unit: 'groups' },
    ];
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchInbox(options: InboxBenchOptions = {}): Promise<BenchRow[]> {
  const duration = Math.min(options.durationSeconds ?? 10, 10);
  return [
    ...(await benchPostThroughput(duration, options.connections ?? 32)),
    ...benchGrouping(options.groupingSignals ?? 10_000),
  ];
}
