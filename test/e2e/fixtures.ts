import { test as base, chromium, type BrowserContext, type BrowserContextOptions, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const EXTENSION_DIR = path.resolve(import.meta.dirname, '../../.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags for a quiet, offline-friendly Chromium: without the background-networking flags it keeps
 * trying to reach Google's hosts, which this machine's closed network refuses.
 */
export const QUIET_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Launches Chromium with the built extension on a given profile directory. */
export async function launchWithExtension(
  userDataDir: string,
  screen: Pick<BrowserContextOptions, 'viewport' | 'deviceScaleFactor'> = {},
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    ...screen,
    executablePath: CHROMIUM,
    headless: true,
    // Playwright adds --disable-extensions by default; both flags below are needed to load ours.
    args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, ...QUIET_ARGS],
  });
}

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  const [existing] = context.serviceWorkers();
  return existing ?? (await context.waitForEvent('serviceworker'));
}

interface Fixtures {
  userDataDir: string;
  context: BrowserContext;
  extensionId: string;
  background: Worker;
}

export const test = base.extend<Fixtures>({
  // Playwright fixtures must destructure their dependencies, even when there are none.
  userDataDir: async ({}, use) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'komma-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  // Honours test.use({ viewport, deviceScaleFactor }), as Playwright's own context does.
  context: async ({ userDataDir, viewport, deviceScaleFactor }, use) => {
    const context = await launchWithExtension(userDataDir, { viewport, deviceScaleFactor });
    await use(context);
    await context.close();
  },
  background: async ({ context }, use) => {
    await use(await serviceWorkerOf(context));
  },
  extensionId: async ({ background }, use) => {
    await use(new URL(background.url()).host);
  },
});

export const expect = test.expect;
