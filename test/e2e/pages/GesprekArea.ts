import type { Page } from '@playwright/test';
import { ChecklistArea } from './ChecklistArea';

export class GesprekArea extends ChecklistArea {
  constructor(page: Page) {
    super(page, 'Nieuw gesprek');
  }

  agreementWhat() {
    return this.page.getByRole('textbox', { name: 'Wat moet er gebeuren?' });
  }

  agreementDue() {
    return this.page.getByLabel('Vóór welke datum?');
  }

  agreements() {
    return this.page.getByRole('list', { name: 'Genoteerde afspraken' }).getByRole('listitem');
  }

  letterText() {
    return this.page.getByRole('region', { name: 'Voorbeeld van de tekst' });
  }
}
