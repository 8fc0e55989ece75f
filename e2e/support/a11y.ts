import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);

/** axe-core's browser bundle, read once. */
let axeSource: string | undefined;

export type AxeViolation = Readonly<{ page: string; id: string; impact: string; help: string; targets: readonly string[] }>;

/**
 * Run axe-core on the page as it is and return its violations of the given impacts. The script is
 * evaluated through the DevTools protocol rather than added as a <script> tag: the app's Content
 * Security Policy (no inline scripts) rightly refuses the tag.
 */
export async function axeViolations(page: Page, label: string, impacts: readonly string[] = ['serious', 'critical']): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact ?? 'unknown', help: v.help, targets: v.nodes.map((n) => n.target.map(String).join(' ')) }));
  });
  return violations.filter((v) => impacts.includes(v.impact)).map((v) => ({ page: label, ...v }));
}
