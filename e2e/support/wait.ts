import type { Locator } from 'playwright-core';

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
