/**
 * The side panel in the real browser (Debian Chromium with the built extension, headless): how
 * long from opening the panel page until its script starts, until it takes input, until the
 * configured knowledge pack is in use and until the first search result is on screen; and the
 * JS heap after load and after that first search. Once with the bundled pack and once with a
 * generated 10,000-article pack served as a remote pack, the way a municipality would host one
 * (the background fetches and checks it, the panel asks the background for it).
 *
 * Timings come from the panel's own performance marks, counted from the page's time origin, the
 * start of its navigation. In the search openings the bench "types" inside the page the moment
 * the panel is interactive and its pack is in use, so no round trip to this process sits in the
 * figures. Each figure aims at 20 openings within a time budget, and the table says how many
 * fitted. The first search ever over a remote pack builds the index, which takes many seconds
 * over 10,000 articles, and the panel then keeps it (in the background's IndexedDB); that first
 * search is reported on its own row, the measured openings load the kept index.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { launchWithExtension, serviceWorkerOf } from '../test/e2e/fixtures';
import { startLocalServer } from '../test/e2e/helpers/local-server';
import { storeSettings } from '../test/e2e/helpers/store-settings';
import { type BenchReport, type TargetCheck, formatMs, formatNumber } from './bench-report';
import { ensureExtensionBuild } from './extension-build';
import { generatePack } from './generate-pack';
import { latencyStats } from './latency-stats';
import { type PackInUse, type PanelMark, type PanelRunTimings, panelRunTimings } from './panel-timings';
import type { KnowledgePack } from '../utils/schemas/pack';
import { packSearchKey } from '../utils/search/pack-search-cache';
import { loadRealKnowledge } from './real-knowledge';

export interface PanelBenchOptions {
  /** A 1,000-article remote pack and small time budgets. */
  quick?: boolean;
  /** Articles in the generated remote pack. */
  articles?: number;
}

/** At most `runs` openings; no new one once the next would likely end after `ms` (the first always runs). */
interface Budget {
  runs: number;
  ms: number;
}

interface PackPlan {
  label: string;
  pack: PackInUse;
  /** Openings without typing: load figures and the heap after load. */
  open: Budget;
  /** Openings with typing: every figure, and the heap after the first search. */
  search: Budget;
}

interface PackMeasurement {
  plan: PackPlan;
  /** A remote pack's first search ever, which builds the index the later openings load. */
  firstSearch?: PanelRunTimings;
  runs: PanelRunTimings[];
  heapAfterLoad: number[];
  heapAfterSearch: number[];
}

/** A query every pack answers: the kostendelersnorm is in the real knowledge base and in its recombinations. */
const QUERY = 'kostendelersnorm';
/** The role whose first area is the Kennisbank, so the search box is there on opening. */
const ROLE = 'beleidsmedewerker';
const INTERACTIVE_TARGET_MS = 150;
const WAIT_MS = 120_000;
// About 70–90 s in all on a 2-core machine, browser start and pack generation included; over
// 10,000 articles a single search opening can take longer than its budget, and then only one runs.
const BUDGETS = {
  full: {
    bundled: { open: { runs: 20, ms: 6_000 }, search: { runs: 20, ms: 12_000 } },
    generated: { open: { runs: 20, ms: 10_000 }, search: { runs: 20, ms: 30_000 } },
  },
  quick: {
    bundled: { open: { runs: 5, ms: 3_000 }, search: { runs: 5, ms: 5_000 } },
    generated: { open: { runs: 3, ms: 3_000 }, search: { runs: 1, ms: 0 } },
  },
} as const;

type ExtensionGlobal = {
  chrome: {
    runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; value?: unknown; error?: string }> };
    storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
  };
};

/**
 * Runs in the panel page before its own scripts. Types the query in a task of its own as soon as
 * the panel is interactive and its pack is in use, like a user who starts typing at once; the
 * whole query in one input event, as a paste would. Must not close over anything.
 */
function installTyping(query: string) {
  const mark = performance.mark.bind(performance);
  const seen = new Set<string>();
  performance.mark = (name: string, options?: PerformanceMarkOptions) => {
    const entry = mark(name, options);
    seen.add(name);
    if (seen.has('komma:interactive') && seen.has('komma:pack-ready') && !seen.has('bench:typed')) {
      seen.add('bench:typed');
      // Inline rather than a named constant: tsx would wrap that in a __name() helper the page lacks.
      setTimeout(() => {
        const input = document.getElementById('komma-search') as HTMLInputElement | null;
        if (!input) {
          mark('bench:no-search-box');
          return;
        }
        mark('bench:typed');
        input.value = query;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }, 0);
    }
    return entry;
  };
}

const marksOf = (page: Page) =>
  page.evaluate(() =>
    (performance.getEntriesByType('mark') as PerformanceMark[]).map(({ name, startTime, detail }): PanelMark => ({
      name,
      startTime,
      detail: detail as unknown,
    })),
  );

async function waitForMarks(page: Page, names: string[], orName?: string) {
  await page.waitForFunction(
    ({ wanted, alternative }) =>
      wanted.every((name) => performance.getEntriesByName(name, 'mark').length > 0) ||
      (alternative !== undefined && performance.getEntriesByName(alternative, 'mark').length > 0),
    { wanted: names, alternative: orName },
    { timeout: WAIT_MS },
  );
}

/** JS heap of the page's isolate after a full collection, so garbage does not count. */
async function heapUsed(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  } finally {
    await cdp.detach();
  }
}

/** Opens the panel in a new tab, as a user opening the side panel in a running browser. */
async function opening(
  context: BrowserContext,
  url: string,
  { plan, runs, heapAfterLoad, heapAfterSearch }: PackMeasurement,
  search: boolean,
) {
  const page = await context.newPage();
  try {
    if (search) await page.addInitScript(installTyping, QUERY);
    await page.goto(url);
    if (search) await waitForMarks(page, ['komma:first-result'], 'bench:no-search-box');
    else await waitForMarks(page, ['komma:interactive', 'komma:pack-ready']);
    // Marks first: the forced collection below comes after every figure of this opening.
    runs.push(panelRunTimings(await marksOf(page), plan.pack));
    (search ? heapAfterSearch : heapAfterLoad).push(await heapUsed(context, page));
  } finally {
    await page.close();
  }
}

async function withinBudget({ runs, ms }: Budget, run: () => Promise<void>) {
  const started = performance.now();
  for (let done = 0; done < runs; done += 1) {
    const elapsed = performance.now() - started;
    if (done > 0 && elapsed + elapsed / done > ms) break;
    await run();
  }
}

/** Waits until the background keeps a search index for `pack` (the panel keeps it after building it). */
async function waitForKeptIndex(context: BrowserContext, panelUrl: string, pack: KnowledgePack) {
  const page = await context.newPage();
  try {
    await page.goto(panelUrl.replace('sidepanel.html', 'options.html'));
    const started = Date.now();
    for (;;) {
      const kept = await page.evaluate(async (key) => {
        const { chrome } = globalThis as unknown as ExtensionGlobal;
        const reply = await chrome.runtime.sendMessage({
          komma: 1,
          name: 'knowledge.getSearchIndex',
          payload: { key },
        });
        return typeof (reply.value as { text?: string } | undefined)?.text === 'string';
      }, packSearchKey(pack));
      if (kept) return;
      if (Date.now() - started > WAIT_MS) throw new Error('the panel did not keep the search index it built');
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  } finally {
    await page.close();
  }
}

async function measurePack(
  context: BrowserContext,
  url: string,
  plan: PackPlan,
  remotePack?: KnowledgePack,
): Promise<PackMeasurement> {
  const measurement: PackMeasurement = { plan, runs: [], heapAfterLoad: [], heapAfterSearch: [] };
  // Unmeasured: right after browser start Chromium answers the first storage.managed.get (the
  // admin policy, read by every settings load) only after ~3 s; a panel opened in a running
  // browser never waits for that. It also fills the code cache, as any earlier opening would.
  await opening(context, url, { ...measurement, runs: [], heapAfterLoad: [] }, false);
  if (remotePack) {
    const first: PanelRunTimings[] = [];
    await opening(context, url, { ...measurement, runs: first, heapAfterSearch: [] }, true);
    measurement.firstSearch = first[0];
    await waitForKeptIndex(context, url, remotePack);
  }
  await withinBudget(plan.open, () => opening(context, url, measurement, false));
  await withinBudget(plan.search, () => opening(context, url, measurement, true));
  return measurement;
}

/** Waits until the background has fetched and checked the remote pack; fails with its reason if it refused it. */
async function waitForRemotePack(context: BrowserContext, panelUrl: string, articles: number) {
  const page = await context.newPage();
  try {
    await page.goto(panelUrl.replace('sidepanel.html', 'options.html'));
    const started = Date.now();
    for (;;) {
      const state = await page.evaluate(async () => {
        const { chrome } = globalThis as unknown as ExtensionGlobal;
        const reply = await chrome.runtime.sendMessage({ komma: 1, name: 'knowledge.getRemote', payload: {} });
        const value = reply.value as { pack?: { articles: unknown[] }; error?: string } | undefined;
        return { articles: value?.pack?.articles.length, error: value?.error ?? (reply.ok ? undefined : reply.error) };
      });
      if (state.error) throw new Error(`the background refused the generated pack: ${state.error}`);
      if (state.articles === articles) return;
      if (Date.now() - started > WAIT_MS) throw new Error('the background did not fetch the generated pack in time');
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    await page.close();
  }
}

function report(measurements: PackMeasurement[], quick: boolean): BenchReport {
  const mb = (bytes: number) => `${formatNumber(bytes / 1024 / 1024, 1)} MB`;
  const timingRow = (label: string, figure: keyof PanelRunTimings) => [
    label,
    ...measurements.flatMap(({ runs }) => {
      const values = runs.flatMap((run) => (run[figure] === undefined ? [] : [run[figure]]));
      const stats = latencyStats(values);
      // With one opening there is no spread to speak of.
      return [formatMs(stats.p50), values.length > 1 ? formatMs(stats.p95) : '—', String(values.length)];
    }),
  ];
  const heapRow = (label: string, figure: 'heapAfterLoad' | 'heapAfterSearch') => [
    label,
    ...measurements.flatMap((measurement) => [
      mb(latencyStats(measurement[figure]).p50),
      '—',
      String(measurement[figure].length),
    ]),
  ];
  const firstSearchRow = [
    'first search ever of a remote pack: typed → first result (builds the index, then keeps it)',
    ...measurements.flatMap(({ firstSearch }) =>
      firstSearch?.typedToResult === undefined ? ['—', '—', '0'] : [formatMs(firstSearch.typedToResult), '—', '1'],
    ),
  ];
  const interactive = latencyStats(measurements[0]!.runs.map((run) => run.interactive));
  const targets: TargetCheck[] = [
    {
      name: 'panel: open → interactive, bundled pack (median)',
      measured: interactive.p50,
      unit: 'ms',
      target: INTERACTIVE_TARGET_MS,
      better: 'lower',
      note: `p95 ${formatMs(interactive.p95)}`,
    },
  ];
  return {
    tables: [
      {
        title: `Side panel in Chromium${quick ? ' (quick)' : ''}`,
        header: [
          'figure',
          ...measurements.flatMap(({ plan }) => [
            `${plan.label} (${formatNumber(plan.pack.articles)}) p50`,
            'p95',
            'n',
          ]),
        ],
        rows: [
          timingRow('open → script starts', 'scriptStart'),
          timingRow('open → interactive', 'interactive'),
          timingRow('open → pack in use', 'packReady'),
          timingRow(`typed "${QUERY}" → first result`, 'typedToResult'),
          timingRow('open → first result (typing at once)', 'openToResult'),
          firstSearchRow,
          heapRow('JS heap after load (after GC)', 'heapAfterLoad'),
          heapRow('JS heap after first search (after GC)', 'heapAfterSearch'),
        ],
        notes: [
          `target: open → interactive ≤ ${INTERACTIVE_TARGET_MS} ms with the bundled pack (reported, not asserted)`,
          'from the start of navigation to the panel\'s marks; "on screen" = after the frame is painted',
          'n: openings that fitted the time budget (aim 20); the bundled pack loads the index built with the extension, a remote pack the index kept after its first search',
          'the remote pack comes from the background over runtime messaging; each opening is a new tab',
        ],
      },
    ],
    targets,
  };
}

export async function benchPanel(options: PanelBenchOptions = {}): Promise<BenchReport> {
  const quick = options.quick ?? false;
  const budgets = quick ? BUDGETS.quick : BUDGETS.full;
  const articles = options.articles ?? (quick ? 1_000 : 10_000);
  ensureExtensionBuild();
  const real = await loadRealKnowledge();
  const generatedPack = generatePack(real, { articles, seed: 1 });
  const generated = JSON.stringify(generatedPack);
  const profile = mkdtempSync(join(tmpdir(), 'komma-bench-panel-'));
  const server = await startLocalServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
    response.end(generated);
  });
  let context: BrowserContext | undefined;
  try {
    context = await launchWithExtension(profile);
    const worker = await serviceWorkerOf(context);
    const url = `chrome-extension://${new URL(worker.url()).host}/sidepanel.html`;
    // A returning user: the role is known, so the panel opens on the Kennisbank.
    await worker.evaluate(async (role) => {
      const { chrome } = globalThis as unknown as ExtensionGlobal;
      await chrome.storage.local.set({ profile: { version: 1, role } });
    }, ROLE);
    process.stderr.write('panel: bundled pack…\n');
    // The bundled pack is knowledge/, built into the extension.
    const bundled = await measurePack(context, url, {
      label: 'bundled',
      pack: { source: 'bundled', articles: real.articles.length },
      ...budgets.bundled,
    });
    process.stderr.write(`panel: generated pack of ${formatNumber(articles)} articles…\n`);
    await storeSettings(worker, { knowledgePackUrl: `${server.url}/pack.json` });
    await waitForRemotePack(context, url, articles);
    const remote = await measurePack(
      context,
      url,
      { label: 'generated', pack: { source: 'remote', articles }, ...budgets.generated },
      generatedPack,
    );
    return report([bundled, remote], quick);
  } finally {
    await context?.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
