import type { Locator, Page } from '@playwright/test';

/**
 * What Komma shows the same way in the side panel and embedded in a page. `scope` is the page
 * (side panel) or the <komma-assistant> element: role locators pierce its open shadow root.
 */
export class KommaUi {
  constructor(readonly scope: Page | Locator) {}

  tab(name: string) {
    return this.scope.getByRole('tab', { name });
  }

  searchBox() {
    return this.scope.getByRole('searchbox', { name: /Zoek op onderwerp/ });
  }

  async search(text: string) {
    await this.tab('Kennisbank').click();
    await this.searchBox().fill(text);
  }

  results() {
    return this.scope.getByRole('list', { name: 'Artikelen' }).getByRole('listitem');
  }
}
