import type { Locator, Page } from 'playwright-core';

/**
 * Wait until a locator's text contains (or matches) what is expected. playwright-core ships no
 * `expect`, so this is the one retrying assertion the journeys need; it fails with what it last saw.
 */
export async function waitForText(locator: Locator, expected: string | RegExp, timeout = 15_000): Promise<string> {
  const deadline = Date.now() + timeout;
  let last = '';
  for (;;) {
    const read = await locator
      .first()
      .textContent({ timeout: Math.max(100, deadline - Date.now()) })
      .catch(() => undefined);
    if (read !== undefined && read !== null) {
      last = read;
      const ok = typeof expected === 'string' ? last.includes(expected) : expected.test(last);
      if (ok) return last;
    }
    if (Date.now() > deadline) throw new Error(`Expected ${String(locator)} to contain ${String(expected)}; it last read: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Wait until a page has nothing left loading: no "Loading…" status in the main area, and no request to
 * the API in flight for a moment (pages fetch their parts separately).
 */
export async function waitForSettled(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(() => document.querySelector('main .loading') === null, undefined, { timeout });
  await page.waitForLoadState('networkidle', { timeout });
}

/**
 * Wait until a live region of the page (role="status") announces `text`. The synthesis pages show a
 * change at once and announce it when the server has saved it: wait for this before leaving the page.
 */
export async function waitForStatus(page: Page, text: string, timeout = 15_000): Promise<void> {
  await page.waitForFunction((wanted) => [...document.querySelectorAll('[role="status"]')].some((el) => (el.textContent ?? '').includes(wanted)), text, { timeout });
}
