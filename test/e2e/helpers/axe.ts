import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** An axe-core WCAG 2.1 A/AA scan of the page; the failure message names the view and the offending nodes. */
export async function expectNoAxeViolations(page: Page, view: string) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(
    result.violations,
    `${view}: ${JSON.stringify(result.violations.map((v) => [v.id, v.nodes.map((n) => n.target)]))}`,
  ).toEqual([]);
}
