import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { tabTo } from '../helpers/keyboard';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** What the Gesprek and Handhaving areas share: phases, answer groups, pause points, copy, "Nieuw". */
export class ChecklistArea {
  constructor(
    readonly page: Page,
    private readonly resetLabel: string,
  ) {}

  phaseHeading() {
    return this.page.getByRole('heading', { level: 2 }).first();
  }

  stepper() {
    return this.page.getByRole('navigation');
  }

  currentStep() {
    return this.stepper().locator('[aria-current="step"]');
  }

  group(label: string) {
    return this.page.getByRole('group', { name: label, exact: true });
  }

  answer(label: string, value: string) {
    return this.group(label).getByRole('radio', { name: value, exact: true });
  }

  pausePoint() {
    return this.page.getByRole('region', { name: /^Pauzemoment/ });
  }

  copyStatus() {
    return this.page.getByRole('status').filter({ hasText: /Gekopieerd|niet gelukt/ });
  }

  /** By keyboard: Tab to the group's first radio, then arrow to the answer (arrows also select). */
  async answerByKeyboard(label: string, value: string) {
    const radios = this.group(label).getByRole('radio');
    const names = await radios.evaluateAll((inputs) =>
      inputs.map((input) => (input as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? ''),
    );
    const target = names.indexOf(value);
    if (target < 0) throw new Error(`no answer "${value}" in "${label}" (${names.join(', ')})`);
    const checked = await radios.evaluateAll((inputs) =>
      inputs.findIndex((input) => (input as HTMLInputElement).checked),
    );
    await tabTo(this.page, checked >= 0 ? radios.nth(checked) : radios.first());
    const from = checked >= 0 ? checked : 0;
    if (checked < 0 && target === 0) await this.page.keyboard.press('Space');
    for (let step = from; step < target; step++) await this.page.keyboard.press('ArrowRight');
    for (let step = from; step > target; step--) await this.page.keyboard.press('ArrowLeft');
    await expect(radios.nth(target)).toBeChecked();
  }

  /** By keyboard: Tab to a button and press Enter. */
  async pressButton(name: string | RegExp) {
    const button = this.page.getByRole('button', { name, exact: typeof name === 'string' });
    await tabTo(this.page, button);
    await this.page.keyboard.press('Enter');
  }

  /** "Nieuw …" by keyboard: the dialog opens on "Annuleren"; Tab to the confirm button, Enter. */
  async startOverByKeyboard() {
    await this.pressButton(this.resetLabel);
    const dialog = this.page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Annuleren' })).toBeFocused();
    await this.page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Ja, alles wissen' })).toBeFocused();
    await this.page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
  }

  /** axe-core over the whole panel, WCAG 2.1 A and AA. */
  async expectAccessible() {
    const results = await new AxeBuilder({ page: this.page }).withTags(AXE_TAGS).analyze();
    expect(
      results.violations.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((n) => n.target) })),
    ).toEqual([]);
  }

  /** WCAG 1.4.10: at 320 CSS px (200 % zoom of a 640 px panel) nothing scrolls sideways. */
  async expectNoHorizontalScroll() {
    const overflow = await this.page.evaluate(() => {
      const root = document.scrollingElement!;
      return root.scrollWidth - root.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
  }
}
