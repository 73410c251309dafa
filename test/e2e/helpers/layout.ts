import type { Page } from '@playwright/test';

const INTERACTIVE = [
  'a[href]',
  'button',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  'summary',
  '[tabindex]',
  '[contenteditable="true"]',
].join(', ');

/**
 * What a user at this width or zoom cannot use: the page scrolls sideways (WCAG 1.4.10), or an
 * interactive element sticks out of the viewport or is cut off by an ancestor that hides overflow,
 * or its own text is cut off. One line per problem, naming the element; empty when all is well.
 */
export function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const problems: string[] = [];
    const root = document.scrollingElement!;
    const width = root.clientWidth;
    if (root.scrollWidth > width) problems.push(`the page scrolls sideways: ${root.scrollWidth} px in ${width} px`);

    const describe = (element: Element) => {
      const name =
        element.getAttribute('aria-label') ??
        (element as HTMLInputElement).labels?.[0]?.textContent ??
        element.textContent ??
        '';
      return `<${element.tagName.toLowerCase()}> "${name.replace(/\s+/g, ' ').trim().slice(0, 50)}"`;
    };
    // Text fields scroll what is typed in them by design; everything else must show its content whole.
    const typesText = (element: Element) =>
      element instanceof HTMLTextAreaElement ||
      (element instanceof HTMLInputElement && !['button', 'submit', 'reset'].includes(element.type));
    // checkVisibility also sees the content of a closed <details>, which still has boxes in Chromium.
    const shown = (element: Element) => element.checkVisibility({ visibilityProperty: true });
    const outside = (
      inner: DOMRect,
      outer: { left: number; right: number; top: number; bottom: number },
      axis: 'x' | 'y',
    ) =>
      axis === 'x'
        ? inner.left < outer.left - 1 || inner.right > outer.right + 1
        : inner.top < outer.top - 1 || inner.bottom > outer.bottom + 1;

    for (const element of document.querySelectorAll(selector)) {
      if (!shown(element) || element.closest('[inert], .komma-visually-hidden')) continue;
      // A visually hidden input (custom radio, segmented control) is seen and clicked as its label.
      const own = element.getBoundingClientRect();
      const target =
        own.width <= 1 && own.height <= 1 ? ((element as HTMLInputElement).labels?.[0] ?? element) : element;
      const box = target.getBoundingClientRect();
      if (outside(box, { left: 0, right: width, top: -Infinity, bottom: Infinity }, 'x')) {
        problems.push(
          `${describe(element)} sticks out of the viewport (${Math.round(box.left)}–${Math.round(box.right)} of ${width} px)`,
        );
      }
      const style = getComputedStyle(target);
      if (style.overflowX !== 'visible' && target.scrollWidth > target.clientWidth + 1 && !typesText(target)) {
        problems.push(
          `${describe(element)} cuts off its own content (${target.scrollWidth} px in ${target.clientWidth} px)`,
        );
      }
      for (
        let ancestor = target.parentElement;
        ancestor && ancestor !== document.body;
        ancestor = ancestor.parentElement
      ) {
        const around = getComputedStyle(ancestor);
        const frame = ancestor.getBoundingClientRect();
        if (['auto', 'scroll'].includes(around.overflowX) && ancestor.scrollWidth > ancestor.clientWidth + 1) {
          problems.push(`${describe(element)} sits in a box that scrolls sideways (${describe(ancestor)})`);
        }
        for (const axis of ['x', 'y'] as const) {
          const overflow = axis === 'x' ? around.overflowX : around.overflowY;
          if (['hidden', 'clip'].includes(overflow) && outside(box, frame, axis)) {
            problems.push(`${describe(element)} is cut off by ${describe(ancestor)} (${axis})`);
          }
        }
      }
    }
    return [...new Set(problems)];
  }, INTERACTIVE);
}

/**
 * Walks the page with Tab from the top and returns every control it never reached, or that was
 * out of view sideways when it had focus. A radio group and a tab list count as one stop each (arrows
 * move inside them). A native control taken out of the tab order with tabindex="-1" counts as
 * unreachable; other elements with tabindex="-1" are focus targets for scripts, not controls.
 */
export async function unreachableByTab(page: Page): Promise<string[]> {
  const expected = await page.evaluate((selector) => {
    const stops: Record<string, string> = {};
    const native = 'a[href], button, input, select, textarea, summary';
    let index = 0;
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      const disabled = (element as HTMLButtonElement).disabled;
      const shown = element.checkVisibility({ visibilityProperty: true });
      const control = element.tabIndex >= 0 || element.matches(native);
      if (disabled || !shown || !control || element.closest('[inert]')) continue;
      const radio = element instanceof HTMLInputElement && element.type === 'radio' && element.name;
      const tabList = element.getAttribute('role') === 'tab' && element.closest('[role="tablist"]');
      const stop = radio
        ? `radio:${element.name}`
        : tabList
          ? `tablist:${[...document.querySelectorAll('[role="tablist"]')].indexOf(tabList)}`
          : `stop:${index++}`;
      element.dataset.layoutStop = stop;
      const label =
        element.getAttribute('aria-label') ??
        (element as HTMLInputElement).labels?.[0]?.textContent ??
        element.textContent ??
        '';
      stops[stop] = `<${element.tagName.toLowerCase()}> "${label.replace(/\s+/g, ' ').trim().slice(0, 50)}"`;
    }
    (document.activeElement as HTMLElement | null)?.blur();
    return stops;
  }, INTERACTIVE);

  const missing = new Set(Object.keys(expected));
  const offscreen = new Set<string>();
  const presses = missing.size * 2 + 10;
  for (let press = 0; press < presses && missing.size > 0; press++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement | null;
      if (!active?.dataset.layoutStop) return undefined;
      const own = active.getBoundingClientRect();
      const seen = own.width <= 1 && own.height <= 1 ? ((active as HTMLInputElement).labels?.[0] ?? active) : active;
      const box = seen.getBoundingClientRect();
      return {
        stop: active.dataset.layoutStop,
        inView: box.left >= -1 && box.right <= document.documentElement.clientWidth + 1,
      };
    });
    if (!focused) continue;
    missing.delete(focused.stop);
    if (!focused.inView) offscreen.add(focused.stop);
  }
  return [
    ...[...missing].map((stop) => `${expected[stop]} is never reached with Tab`),
    ...[...offscreen].map((stop) => `${expected[stop]} is out of view when it has focus`),
  ];
}
