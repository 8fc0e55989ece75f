import type { Page } from 'playwright-core';
import { beforeEach } from 'vitest';
import { screenshot } from './browser.js';
import type { TestServer } from './server.js';

/**
 * A journey's steps share one page and run in order, so once a step fails every later one would fail
 * too, each after a full timeout: the report then ends with a dozen secondary failures and the one that
 * matters scrolls out of sight. Call this inside the journey's `describe`: after the first failure the
 * remaining steps are skipped, and the failing step leaves what is needed to see why — a screenshot in
 * e2e/artifacts, the browser's console errors and the end of the server's log on stderr.
 */
export function stopAtFirstFailure(journey: string, scene: () => Readonly<{ page?: Page; server?: TestServer; consoleErrors?: readonly string[] }>): void {
  let failedStep: string | undefined;
  beforeEach((context) => {
    if (failedStep !== undefined) {
      context.skip(`an earlier step failed: "${failedStep}"`);
      return;
    }
    context.onTestFailed(async () => {
      failedStep = context.task.name;
      const { page, server, consoleErrors } = scene();
      if (page && !page.isClosed()) {
        await screenshot(page, `failed-${journey}`).catch(() => undefined);
        process.stderr.write(`\n[${journey}] "${failedStep}" failed on ${page.url()}; screenshot: e2e/artifacts/failed-${journey}.png\n`);
      }
      if (consoleErrors?.length) process.stderr.write(`[${journey}] the browser's console errors:\n${consoleErrors.join('\n')}\n`);
      if (server) process.stderr.write(`[${journey}] the server's log ends with:\n${server.log()}\n`);
    });
  });
}
