import AxeBuilder from '@axe-core/playwright';
import { chromium, expect, test, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startDemoServer, type DemoServer } from '../../scripts/serve-demo';
import { CHROMIUM, QUIET_ARGS } from './fixtures';
import { startLocalServer } from './helpers/local-server';
import { DemoCaseSystem } from './pages/DemoCaseSystem';

/** Rules a careless host stylesheet might contain; none of them may reach Komma. */
const HOSTILE_HOST_CSS = `
html { font-size: 40px !important; }
* {
  font: italic 30px/3 serif !important;
  color: red !important;
  background: yellow !important;
  letter-spacing: 5px !important;
  word-spacing: 9px !important;
  text-transform: uppercase !important;
  text-align: right !important;
  margin: 13px !important;
  padding: 17px !important;
  border: 4px dotted green !important;
  box-sizing: content-box !important;
  visibility: visible !important;
  cursor: wait !important;
}
button { display: none !important; }
input, [role='tab'], ul, li, h1, header { display: inline !important; width: 10px !important; }
`;

/** What a user would see change if host styles leaked in: box geometry and text styling. */
async function measureKomma(page: Page) {
  return page.locator('komma-assistant').evaluate((host) => {
    const root = host.shadowRoot!;
    const selectors = [
      '.komma-dock',
      '.komma-header',
      '.komma-header__title',
      '[role="tab"][aria-selected="true"]',
      '#komma-search',
      '.komma-result__button',
      '.komma-result__title',
      'h1',
    ];
    return selectors.map((selector) => {
      const element = root.querySelector(selector);
      if (!element) return { selector, missing: true };
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      return {
        selector,
        box: [box.x, box.y, box.width, box.height].map(Math.round),
        style: [style.fontFamily, style.fontSize, style.fontStyle, style.lineHeight, style.color, style.letterSpacing, style.textTransform, style.display],
      };
    });
  });
}

let browser: Browser;
let demo: DemoServer;

/** A fresh context per test (its own storage on the demo origin); axe needs one from newContext. */
async function newPage(options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext(options);
  return context.newPage();
}

async function closePage(page: Page) {
  await page.context().close();
}

test.beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: QUIET_ARGS });
  demo = await startDemoServer({ port: 0 });
});

test.afterAll(async () => {
  await demo?.close();
  await browser?.close();
});

test.describe('<komma-assistant> in the demo case system', () => {
  test('renders in the page under a strict CSP, and finds knowledge while typing', async () => {
    const page = await newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    const demoPage = new DemoCaseSystem(page);
    await demoPage.goto(demo.url);
    await expect(page.getByRole('heading', { name: 'Zaakoverzicht', level: 1 })).toBeVisible();
    await expect(page.getByText('Demo – fictieve gegevens.')).toBeVisible();

    await demoPage.open();
    await expect(demoPage.assistant).toHaveAttribute('open', '');
    // The host said the user is an inkomensconsulent: no role question, straight to that area.
    await expect(demoPage.tab('Gesprek')).toHaveAttribute('aria-selected', 'true');
    await expect(demoPage.assistant.getByText('Voorbeeldstad')).toBeVisible();

    await demoPage.search('erfenis');
    await expect(demoPage.results().first()).toContainText(/erfenis/i);
    await demoPage.results().filter({ hasText: /Erfenis/ }).first().getByRole('button').click();
    await expect(demoPage.assistant.locator('#komma-article-title')).toBeFocused();

    await demoPage.assistant.getByRole('button', { name: 'Komma sluiten' }).click();
    await expect(demoPage.launcher()).toBeFocused();
    await expect(demoPage.assistant).not.toHaveAttribute('open', '');

    // No CSP violation (inline style or eval) and no script error anywhere on the way.
    expect(problems).toEqual([]);
    await closePage(page);
  });

  test('the host configures Komma through attributes: a remote pack loads, a bad value becomes a warning', async () => {
    const page = await newPage();
    try {
      const demoPage = new DemoCaseSystem(page);
      await demoPage.goto(demo.url);
      await demoPage.open();
      const settings = page.locator('#demo-instellingen');
      await page.getByText('Demo-instellingen (voor beheerders)').click();
      const packRequest = page.waitForResponse((response) => response.url().endsWith('/pack.json'));
      await settings.getByLabel(/Adres van een kennispakket/).fill(new URL('/pack.json', demo.url).href);
      await settings.getByRole('button', { name: 'Toepassen' }).click();
      expect((await packRequest).status()).toBe(200);
      await demoPage.search('erfenis');
      await expect(demoPage.results().first()).toBeVisible();
      await expect(demoPage.assistant.getByText(/wordt genegeerd/)).toHaveCount(0);

      await settings.getByLabel(/Adres van een kennispakket/).fill('ftp://kennis.example/pack.json');
      await settings.getByRole('button', { name: 'Toepassen' }).click();
      await expect(
        demoPage.assistant.getByText(/Adres van het kennispakket uit de configuratie van deze webapplicatie wordt genegeerd/),
      ).toBeVisible();
      await expect(demoPage.searchBox()).toBeVisible();
    } finally {
      await closePage(page);
    }
  });

  test('a hostile host stylesheet changes nothing in Komma’s layout or text', async () => {
    const page = await newPage({ viewport: { width: 1280, height: 900 } });
    const demoPage = new DemoCaseSystem(page);
    const show = async () => {
      await demoPage.goto(demo.url);
      await demoPage.open();
      await demoPage.search('erfenis');
      await expect(demoPage.results().first()).toBeVisible();
    };
    await show();
    const clean = await measureKomma(page);
    expect(clean.filter((entry) => 'missing' in entry)).toEqual([]);

    // Served as the host's own stylesheet (the page's CSP forbids inline styles, as a host's may).
    await page.route('**/demo.css', async (route) => {
      const original = await route.fetch();
      await route.fulfill({ response: original, body: `${await original.text()}\n${HOSTILE_HOST_CSS}` });
    });
    await show();
    // The hostile rules did apply to the host page itself…
    await expect(page.getByRole('heading', { name: 'Zaakoverzicht' })).toHaveCSS('font-size', '30px');
    // …and not to anything inside Komma.
    expect(await measureKomma(page)).toEqual(clean);
    await closePage(page);
  });

  test('the page with the assistant open passes an axe-core WCAG 2.1 A/AA scan', async () => {
    const page = await newPage();
    const demoPage = new DemoCaseSystem(page);
    const scan = async (view: string, include?: string) => {
      const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
      if (include) builder.include(include);
      const result = await builder.analyze();
      const found = result.violations.map((violation) => [violation.id, violation.nodes.map((node) => node.target)]);
      expect(result.violations, `${view}: ${JSON.stringify(found)}`).toEqual([]);
    };
    await demoPage.goto(demo.url);
    await scan('collapsed');
    await demoPage.open();
    await scan('open', 'komma-assistant');
    await demoPage.search('kostendelersnorm');
    await expect(demoPage.results().first()).toBeVisible();
    await scan('search results', 'komma-assistant');
    await demoPage.results().first().getByRole('button').click();
    await scan('article');
    await demoPage.tab('Signalen').click();
    await demoPage.assistant.getByRole('button', { name: 'Nieuw signaal' }).click();
    await demoPage.assistant.getByLabel(/Wat gaat er mis/).fill('Bij BSN 111222333 duurt de beslissing te lang');
    await expect(demoPage.assistant.getByText('Dit signaal kan zo niet worden verstuurd.')).toBeVisible();
    await scan('signal form with a blocked finding', 'komma-assistant');
    await closePage(page);
  });

  test('a signal made offline waits in the page and reaches the inbox once, after the connection is back', async () => {
    const token = 'komma_submit_e2e-embed-0123456789abcdef';
    const received: { key: string | undefined; auth: string | undefined; body: { id: string; summary: string } }[] = [];
    let demoOrigin = '';
    const inbox = await startLocalServer((request, response) => {
      // A cross-origin POST with Authorization: the browser asks first (CORS preflight).
      const cors = {
        'access-control-allow-origin': demoOrigin,
        'access-control-allow-headers': 'authorization, content-type, idempotency-key',
        'access-control-allow-methods': 'GET, POST',
      };
      if (request.method === 'OPTIONS') {
        response.writeHead(204, cors).end();
        return;
      }
      if (request.method === 'GET') {
        response.writeHead(200, { ...cors, 'content-type': 'application/json' }).end('{"statuses":[]}');
        return;
      }
      let text = '';
      request.on('data', (chunk: Buffer) => (text += chunk.toString()));
      request.on('end', () => {
        const body = JSON.parse(text) as { id: string; summary: string };
        received.push({ key: request.headers['idempotency-key'] as string, auth: request.headers.authorization, body });
        const entry = { id: body.id, status: 'nieuw', updatedAt: new Date().toISOString() };
        response.writeHead(201, { ...cors, 'content-type': 'application/json' }).end(JSON.stringify(entry));
      });
    });
    const tokens = mkdtempSync(path.join(tmpdir(), 'komma-embed-tokens-'));
    writeFileSync(path.join(tokens, 'tokens.json'), JSON.stringify([{ token, scope: 'submit', team: 'E2E' }]));
    const demoWithInbox = await startDemoServer({ port: 0, inbox: inbox.url, tokensPath: path.join(tokens, 'tokens.json') });
    demoOrigin = new URL(demoWithInbox.url).origin;
    const page = await newPage();
    try {
      const demoPage = new DemoCaseSystem(page);
      await demoPage.goto(demoWithInbox.url);
      // What a host app would do with the events; the details carry ids only.
      await page.evaluate(() => {
        const seen: { type: string; detail: unknown }[] = [];
        (window as unknown as { kommaEvents: typeof seen }).kommaEvents = seen;
        for (const type of ['komma-signal-queued', 'komma-signal-delivered']) {
          document.addEventListener(type, (event) => seen.push({ type, detail: (event as CustomEvent).detail }));
        }
      });
      const events = () => page.evaluate(() => (window as unknown as { kommaEvents: { type: string; detail: unknown }[] }).kommaEvents);
      expect(await demoPage.assistant.evaluate((element) => element.outerHTML)).not.toContain(token);

      await demoPage.open();
      await page.context().setOffline(true);
      const komma = demoPage.assistant;
      await komma.getByRole('button', { name: 'Signaal' }).click();
      await komma.getByLabel('Waar gaat het over?').selectOption({ label: 'Lokaal beleid of verordening' });
      // Pasted from the case on the page: the privacy guard stops it.
      await komma.getByLabel(/Wat gaat er mis/).fill('Mevrouw Jansen (BSN 111222333) moet een erfenis melden die er nog niet is');
      await komma.getByRole('radio', { name: 'Structureel' }).check();
      await expect(komma.getByText('Dit signaal kan zo niet worden verstuurd.')).toBeVisible();
      const send = komma.getByRole('button', { name: 'Versturen' });
      await expect(send).toBeDisabled();
      await komma.getByRole('button', { name: 'Alles vervangen' }).click();
      await expect(komma.getByText('Dit signaal kan zo niet worden verstuurd.')).toBeHidden();
      await expect(send).toBeEnabled();
      expect(await events()).toEqual([]);
      await send.click();

      await expect(komma.getByText('Wacht op verbinding')).toBeVisible();
      const [queued] = await events();
      expect(queued).toMatchObject({ type: 'komma-signal-queued', detail: { category: 'lokaal-beleid' } });
      expect(received).toEqual([]);

      await page.context().setOffline(false);
      await expect(komma.getByText('Verzonden', { exact: true })).toBeVisible({ timeout: 15_000 });
      const id = (queued?.detail as { id: string }).id;
      expect(received).toHaveLength(1);
      expect(received[0]).toMatchObject({ key: id, auth: `Bearer ${token}`, body: { id } });
      expect(received[0]?.body.summary).not.toMatch(/111222333|Jansen/);
      await expect.poll(events).toEqual([queued, { type: 'komma-signal-delivered', detail: { id } }]);

      // A reload (the page's "restart") sends nothing twice.
      await page.reload();
      await demoPage.launcher().waitFor();
      await page.waitForTimeout(1000);
      expect(received).toHaveLength(1);
    } finally {
      await closePage(page);
      await demoWithInbox.close();
      await inbox.close();
      rmSync(tokens, { recursive: true, force: true });
    }
  });
});
