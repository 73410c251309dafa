import type { Page, TestInfo } from '@playwright/test';
import { gesprek } from '../fixtures/checklists';
import { expect, test } from './fixtures';
import { layoutProblems, unreachableByTab } from './helpers/layout';
import { GesprekArea } from './pages/GesprekArea';
import { HandhavingArea } from './pages/HandhavingArea';
import { SidePanel } from './pages/SidePanel';
import { SignalsPage } from './pages/SignalsPage';

/**
 * Every area of Komma at the two sizes WCAG asks for:
 * - 320 CSS px wide: content reflows into one column without sideways scrolling (1.4.10);
 * - 200 % zoom (1.4.4): a 1280 px wide window at 200 % is a 640 CSS px viewport at device pixel
 *   ratio 2, which is what the browser's own zoom produces.
 * In each view nothing scrolls sideways, no control is cut off, and Tab reaches every control.
 * Screenshots of every view are kept in the test's output folder.
 */
const SIZES = [
  { name: '320 px', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
  { name: '200 % zoom', viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
] as const;

type Size = (typeof SIZES)[number];

async function checkView(page: Page, size: Size, view: string, testInfo: TestInfo) {
  // At a wrong size every check below would pass without testing anything.
  expect(await page.evaluate(() => [document.documentElement.clientWidth, devicePixelRatio])).toEqual([
    size.viewport.width,
    size.deviceScaleFactor,
  ]);
  await page.screenshot({ path: testInfo.outputPath(`${view}.png`), fullPage: true });
  // Content squeezed into a sliver neither scrolls nor cuts off a control, so check the width it gets.
  const mainWidth = await page.locator('main').first().evaluate((main) => main.getBoundingClientRect().width);
  expect.soft(mainWidth, `${view}: width of the content`).toBeGreaterThan(size.viewport.width * 0.8);
  expect.soft(await layoutProblems(page), `${view}: layout`).toEqual([]);
  expect.soft(await unreachableByTab(page), `${view}: keyboard`).toEqual([]);
}

for (const size of SIZES) {
  test.describe(`at ${size.name}`, () => {
    test.use({ viewport: size.viewport, deviceScaleFactor: size.deviceScaleFactor });

    test('every area reflows, shows its controls whole and reaches them with Tab', async ({
      context,
      extensionId,
    }, testInfo) => {
      // Fourteen views, each walked with Tab.
      test.setTimeout(240_000);
      const panel = await SidePanel.open(context, extensionId);
      const { page } = panel;
      const check = (view: string) => checkView(page, size, view, testInfo);
      await expect(page.getByRole('button', { name: 'Verder' })).toBeVisible();
      await check('rol-kiezen');

      await panel.chooseRole('Inkomensconsulent');
      const conversation = new GesprekArea(page);
      for (const phase of gesprek.phases) {
        await conversation
          .stepper()
          .getByRole('button', { name: new RegExp(phase.title) })
          .click();
        await expect(conversation.phaseHeading()).toContainText(phase.title);
        await check(`gesprek-${phase.id}`);
      }

      await panel.tab('Handhaving').click();
      const consequences = new HandhavingArea(page);
      await consequences.measure('Terugvordering').check();
      for (const step of ['Besluit', 'Vragen', 'Omgekeerde toets', 'Conclusie']) {
        await consequences
          .stepper()
          .getByRole('button', { name: new RegExp(`^${step}`) })
          .click();
        await expect(consequences.currentStep()).toContainText(step);
        await check(`handhaving-${step.toLowerCase().replace(' ', '-')}`);
      }

      await panel.search('kostendeler');
      await expect(panel.results().first()).toBeVisible();
      await check('kennisbank-zoeken');
      await panel.results().first().getByRole('button').click();
      await expect(panel.articleHeading()).toBeVisible();
      await check('kennisbank-artikel');

      await panel.tab('Signalen').click();
      const signals = new SignalsPage(page);
      await signals.startNew();
      await page
        .getByRole('combobox', { name: /Waar gaat het over/ })
        .selectOption({ label: 'Brieven en communicatie' });
      await signals.summary().fill('Mevrouw Jansen (06-12345678) begreep de brief over de terugvordering niet');
      await page.getByText('Meer vertellen').click();
      await expect(signals.preview().locator('mark')).not.toHaveCount(0);
      await check('signaal-formulier');
      await signals.summary().fill('De brief over de terugvordering is niet te begrijpen');
      await signals.sendButton().click();
      await expect(signals.entry('De brief over de terugvordering')).toBeVisible();
      await check('mijn-signalen');

      await page.goto(`chrome-extension://${extensionId}/options.html`);
      await expect(page.getByRole('button', { name: 'Opslaan' })).toBeVisible();
      await check('instellingen');
    });
  });
}
