import type { Locator, Page } from '@playwright/test';

/** Page object for the Triage view inside the Signalen area. */
export class TriagePage {
  constructor(readonly page: Page) {}

  nav() {
    return this.page.getByRole('navigation', { name: 'Onderdelen van Signalen' });
  }

  groups() {
    return this.page.getByRole('list', { name: 'Groepen van signalen' }).getByRole('listitem');
  }

  group(title: string | RegExp): Locator {
    return this.groups().filter({ has: this.page.getByRole('button', { name: title }) });
  }

  members() {
    return this.page.getByRole('list', { name: 'Signalen in deze groep' }).getByRole('listitem');
  }

  groupHeading() {
    return this.page.getByRole('heading', { level: 2 }).last();
  }

  statusForm(): Locator {
    return this.page.getByRole('form', { name: /^Status en antwoord:/ });
  }

  answer() {
    return this.statusForm().getByRole('textbox', { name: /Antwoord aan de melder/ });
  }

  articleId() {
    return this.statusForm().getByRole('combobox', { name: /Kennisartikel/ });
  }

  notice() {
    return this.page.getByRole('status').filter({ hasText: 'opgeslagen voor' });
  }
}
