import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { repoRoot } from './server.js';

/** Debian's Chromium; override with CHROMIUM_PATH where it lives elsewhere. */
const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const artifactsDir = join(repoRoot, 'e2e', 'artifacts');

// --disable-dev-shm-usage: containers often give /dev/shm only 64 MB, where Chromium's pages crash.
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/**
 * A page the size of a common laptop screen, in British English, collecting console errors. It has
 * loaded the app once already: a fresh machine's first Chromium start and first page (font caches, a
 * cold server) can take far longer than a step's timeout, so that cost falls in the setup hook.
 */
export async function openPage(browser: Browser, baseURL: string): Promise<{ page: Page; consoleErrors: string[] }> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1440, height: 900 }, locale: 'en-GB', acceptDownloads: true });
  // A busy CI machine can take longer than playwright's 30 s for a step; a real hang still fails.
  context.setDefaultTimeout(60_000);
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.goto('/', { timeout: 100_000 });
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 100_000 });
  return { page, consoleErrors };
}

/**
 * Full-page screenshots go to e2e/artifacts (git-ignored), to be looked at when judging the design. The
 * window is scrolled to the top first: the top bar and the project nav are sticky, and a page captured
 * while scrolled shows them stuck half-way down the picture. `fullPage: false` takes the viewport only.
 */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  mkdirSync(artifactsDir, { recursive: true });
  const fullPage = options.fullPage ?? true;
  if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(artifactsDir, `${name}.png`), fullPage });
}
