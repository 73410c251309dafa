import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { SidePanel } from './pages/SidePanel';
import type { Page } from '@playwright/test';

/** Presses Tab until the condition holds in the page (at most 15 times), like a keyboard user would. */
async function tabUntil(page: Page, condition: () => boolean) {
  for (let i = 0; i < 15; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(condition)) return;
  }
  throw new Error(`Tab never reached the element: ${condition.toString()}`);
}

test.describe('Kennisbank in the built extension', () => {
  test('first use asks for a role; the role decides the first area', async ({ context, extensionId }) => {
    const panel = await SidePanel.open(context, extensionId);
    await expect(panel.page.getByRole('heading', { name: 'Welkom bij Komma' })).toBeVisible();
    await panel.chooseRole('Handhaver');
    await expect(panel.tab('Handhaving')).toHaveAttribute('aria-selected', 'true');

    // The choice is remembered: a new panel opens in the same area without asking again.
    const again = await SidePanel.open(context, extensionId);
    await expect(again.tab('Handhaving')).toHaveAttribute('aria-selected', 'true');
  });

  test('finds an article while typing, with typos and without accents, and opens it', async ({ context, extensionId }) => {
    const panel = await SidePanel.open(context, extensionId);
    await panel.chooseRole('Inkomensconsulent');
    await panel.search('kostendelersnrom');
    await expect(panel.results().first()).toContainText(/kostendelersnorm/i);

    await panel.searchBox().fill('beeindiging');
    await expect(panel.results().first()).toContainText(/beëindig/i);

    await panel.searchBox().fill('art 18 lid 2');
    await expect(panel.results().first()).toContainText(/maatregel|verlaging/i);
    await panel.results().first().getByRole('button').click();
    await expect(panel.articleHeading()).toBeFocused();
    await expect(panel.page.getByRole('heading', { name: 'Waarom (de bedoeling)' })).toBeVisible();
  });

  test('an internal "Zie ook" link opens the other article in the panel', async ({ context, extensionId }) => {
    const panel = await SidePanel.open(context, extensionId);
    await panel.chooseRole('Handhaver');
    await panel.search('dringende redenen terugvordering');
    await panel.results().first().getByRole('button').click();
    const firstTitle = await panel.articleHeading().textContent();
    const seeAlso = panel.page.locator('.komma-article-body a[data-article-id]').first();
    await seeAlso.click();
    await expect(panel.articleHeading()).not.toHaveText(firstTitle ?? '');
    expect(panel.page.url()).toContain('sidepanel.html');
  });

  test('a search without results says so and offers to report missing knowledge', async ({ context, extensionId }) => {
    const panel = await SidePanel.open(context, extensionId);
    await panel.chooseRole('Beleidsmedewerker');
    await panel.search('xylofoonles');
    await expect(panel.page.getByText('Geen artikelen gevonden voor "xylofoonles".')).toBeVisible();
    await panel.page.getByRole('button', { name: 'Meld ontbrekende kennis' }).click();
    await expect(panel.tab('Signalen')).toHaveAttribute('aria-selected', 'true');
  });

  test('the whole panel works by keyboard alone', async ({ context, extensionId }) => {
    const panel = await SidePanel.open(context, extensionId);
    const page = panel.page;
    await expect(page.getByRole('heading', { name: 'Welkom bij Komma' })).toBeVisible();
    // Role picker: Tab into the radio group, arrow to a role, Tab to "Verder", Enter.
    await tabUntil(page, () => document.activeElement?.getAttribute('type') === 'radio');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await tabUntil(page, () => document.activeElement?.textContent === 'Verder');
    await page.keyboard.press('Enter');
    // Tabs: arrow keys move between areas.
    await page.getByRole('tab', { selected: true }).focus();
    await page.keyboard.press('End');
    await expect(panel.tab('Signalen')).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(panel.tab('Kennisbank')).toHaveAttribute('aria-selected', 'true');
    await tabUntil(page, () => document.activeElement?.id === 'komma-search');
    await page.keyboard.type('erfenis');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(panel.articleHeading()).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(page.locator('.komma-result__button').first()).toBeFocused();
  });

  test('every view passes an axe-core WCAG 2.1 A/AA scan', async ({ context, extensionId }) => {
    const panel = await SidePanel.open(context, extensionId);
    const scan = async (view: string) => {
      const result = await new AxeBuilder({ page: panel.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(result.violations, `${view}: ${JSON.stringify(result.violations.map((v) => [v.id, v.nodes.map((n) => n.target)]))}`).toEqual([]);
    };
    await scan('role picker');
    await panel.chooseRole('Inkomensconsulent');
    for (const area of ['Gesprek', 'Handhaving', 'Signalen', 'Kennisbank']) {
      await panel.tab(area).click();
      await scan(area);
    }
    await panel.search('erfenis');
    await scan('search results');
    await panel.results().first().getByRole('button').click();
    await scan('article');
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.getByRole('heading', { name: 'Instellingen van Komma' })).toBeVisible();
    const result = await new AxeBuilder({ page: options }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(result.violations).toEqual([]);
  });
});
