import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, the way a keyboard user walks a page; fails if
 * it is not reached within `max` presses, which means it is not in the tab order.
 */
export async function tabTo(page: Page, target: Locator, { max = 250, backwards = false } = {}) {
  for (let presses = 0; presses < max; presses++) {
    if (await target.evaluate((element) => element === element.ownerDocument.activeElement).catch(() => false)) {
      return;
    }
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  await expect(target, `not reached with ${max} presses of ${backwards ? 'Shift+Tab' : 'Tab'}`).toBeFocused();
}

/** Types a date into a focused `<input type="date">` in the field order of the browser's locale. */
export async function typeDate(page: Page, isoDate: string) {
  const [year, month, day] = isoDate.split('-');
  const order = await page.evaluate(() =>
    new Intl.DateTimeFormat(navigator.language)
      .formatToParts(new Date(2026, 11, 4))
      .map((part) => part.type)
      .filter((type) => type === 'day' || type === 'month' || type === 'year'),
  );
  const parts: Record<string, string> = { year: year!, month: month!, day: day! };
  for (const type of order) await page.keyboard.type(parts[type]!);
}
