import type { Locator, Page } from '@playwright/test';
import { KommaUi } from './KommaUi';

/**
 * Page object for the demo case system with <komma-assistant> embedded. Playwright's role
 * locators pierce open shadow roots, so Komma is used the way a user sees it.
 */
export class DemoCaseSystem extends KommaUi {
  readonly assistant: Locator;

  constructor(readonly page: Page) {
    const assistant = page.locator('komma-assistant');
    super(assistant);
    this.assistant = assistant;
  }

  async goto(url: string) {
    await this.page.goto(url);
    await this.launcher().waitFor();
  }

  launcher() {
    return this.assistant.getByRole('button', { name: 'Komma openen' });
  }

  dock() {
    return this.assistant.getByRole('complementary', { name: 'Komma' });
  }

  async open() {
    await this.launcher().click();
    await this.dock().waitFor();
  }
}
