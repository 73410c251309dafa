import { expect, type BrowserContext, type Page } from '@playwright/test';
import { KommaUi } from './KommaUi';

/** Page object for the side panel, opened as a tab (the real side-panel container needs a user gesture). */
export class SidePanel extends KommaUi {
  constructor(readonly page: Page) {
    super(page);
  }

  static async open(context: BrowserContext, extensionId: string): Promise<SidePanel> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    return new SidePanel(page);
  }

  async chooseRole(label: string) {
    await this.page.getByRole('radio', { name: new RegExp(label, 'i') }).check();
    await this.page.getByRole('button', { name: 'Verder' }).click();
  }

  /**
   * Searches until an article of a remote pack shows up: the worker fetches the pack after the
   * address is saved, and the panel reads it when it opens, so reload until it is there.
   */
  async searchUntilFound(query: string, title: string) {
    await expect(async () => {
      await this.page.reload();
      await this.search(query);
      await expect(this.results().first()).toContainText(title, { timeout: 1000 });
    }).toPass({ timeout: 15_000 });
  }

  articleHeading() {
    return this.page.locator('#komma-article-title');
  }
}
