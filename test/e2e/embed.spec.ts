import AxeBuilder from '@axe-core/playwright';
import { chromium, expect, test, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { startDemoServer, type DemoServer } from '../../scripts/serve-demo';
import { CHROMIUM, QUIET_ARGS } from './fixtures';
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
    await closePage(page);
  });
});
