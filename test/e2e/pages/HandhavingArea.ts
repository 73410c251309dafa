import type { Page } from '@playwright/test';
import { ChecklistArea } from './ChecklistArea';

export class HandhavingArea extends ChecklistArea {
  constructor(page: Page) {
    super(page, 'Nieuwe afweging');
  }

  measure(label: string) {
    return this.page.getByRole('radio', { name: new RegExp(`^${label}`) });
  }

  letOp(title: string) {
    return this.page.getByRole('complementary', { name: `Let op: ${title}` });
  }

  reverseTest(label: string) {
    return this.page.getByRole('textbox', { name: label });
  }

  conclusion(label: string) {
    return this.page.getByRole('radio', { name: label, exact: true });
  }

  weighingText() {
    return this.page.getByRole('region', { name: 'Voorbeeld van de afwegingstekst' });
  }
}
