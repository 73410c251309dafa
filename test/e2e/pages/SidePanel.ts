import type { BrowserContext, Page } from '@playwright/test';

/** Page object for the side panel, opened as a tab (the real side-panel container needs a user gesture). */
export class SidePanel {
  constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<SidePanel> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    return new SidePanel(page);
  }

  async chooseRole(label: string) {
    await this.page.getByRole('radio', { name: new RegExp(label, 'i') }).check();
    await this.page.getByRole('button', { name: 'Verder' }).click();
  }

  tab(name: string) {
    return this.page.getByRole('tab', { name });
  }

  searchBox() {
    return this.page.getByRole('searchbox', { name: /Zoek op onderwerp/ });
  }

  async search(text: string) {
    await this.tab('Kennisbank').click();
    await this.searchBox().fill(text);
  }

  results() {
    return this.page.getByRole('list', { name: 'Artikelen' }).getByRole('listitem');
  }

  articleHeading() {
    return this.page.locator('#komma-article-title');
  }
}
