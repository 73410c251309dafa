import { expect, type BrowserContext, type CDPSession } from '@playwright/test';

type RunningStatus = 'stopped' | 'starting' | 'running' | 'stopping';

interface VersionUpdate {
  versionId: string;
  scriptURL: string;
  runningStatus: RunningStatus;
}

/**
 * Stops the extension's service worker on demand, as Chrome does by itself after 30 s idle.
 *
 * What works in headless Chromium 150 (Debian): the DevTools `ServiceWorker` domain on a *page*
 * target. `ServiceWorker.enable` reports every worker of the profile, the extension's included, with
 * its `runningStatus`; `ServiceWorker.stopWorker` stops one by `versionId` at once, aborting its
 * fetches and timers, exactly like the idle timeout. The browser-level session
 * (`browser.newBrowserCDPSession()`) has no `ServiceWorker` domain, hence a page of its own.
 * The worker starts again on its next event (a message from a page, an alarm, a storage change),
 * and Playwright's `Worker` handle then evaluates in the new instance.
 */
export class ServiceWorkerControl {
  private status: RunningStatus = 'stopped';
  private versionId: string | undefined;
  /** How many times the worker reached "running" since attach, counting the first. */
  starts = 0;
  /** How many times it reached "stopped" since attach. */
  stops = 0;

  private constructor(
    private readonly session: CDPSession,
    private readonly scriptPrefix: string,
  ) {}

  static async attach(context: BrowserContext, extensionId: string): Promise<ServiceWorkerControl> {
    const page = await context.newPage();
    const session = await context.newCDPSession(page);
    const control = new ServiceWorkerControl(session, `chrome-extension://${extensionId}/`);
    session.on('ServiceWorker.workerVersionUpdated', ({ versions }: { versions: VersionUpdate[] }) => {
      for (const version of versions) control.observe(version);
    });
    await session.send('ServiceWorker.enable');
    return control;
  }

  private observe(version: VersionUpdate) {
    if (!version.scriptURL.startsWith(this.scriptPrefix)) return;
    if (version.runningStatus !== this.status) {
      if (version.runningStatus === 'running') this.starts += 1;
      if (version.runningStatus === 'stopped') this.stops += 1;
    }
    this.versionId = version.versionId;
    this.status = version.runningStatus;
  }

  get running() {
    return this.status === 'running';
  }

  /**
   * Stops the running worker now and waits until Chrome reports it stopped. Returns the start
   * count at that moment, for `waitForRestart`.
   */
  async stop(): Promise<number> {
    await expect.poll(() => this.status, { message: 'the extension worker is not running' }).toBe('running');
    const stopsBefore = this.stops;
    const starts = this.starts;
    await this.session.send('ServiceWorker.stopWorker', { versionId: this.versionId! });
    await expect.poll(() => this.stops, { message: 'the worker did not stop' }).toBeGreaterThan(stopsBefore);
    return starts;
  }

  /** Waits until a new instance of the worker runs (woken by some event) since `stop()` returned `starts`. */
  async waitForRestart(starts: number, timeout = 15_000) {
    await expect.poll(() => this.starts, { message: 'the worker was not woken', timeout }).toBeGreaterThan(starts);
  }
}
