import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { navHeadings, ProjectNav, type NavLabel } from './page-models/project-nav.js';
import { ProjectsPage } from './page-models/projects-page.js';
import { ReportPage } from './page-models/report-page.js';
import { StudyWorkspace } from './page-models/study-workspace.js';
import { SynthesisPage } from './page-models/synthesis-page.js';
import { axeViolations, type AxeViolation } from './support/a11y.js';
import { launchBrowser, openPage, screenshot } from './support/browser.js';
import { stopAtFirstFailure } from './support/journey.js';
import { startServer, type TestServer } from './support/server.js';
import { waitForSettled, waitForText } from './support/wait.js';

const exampleName = 'IMG return migration (example)';
const overarching = 'Social and cultural connection to home countries';
const thirdOrder = 'Family as the anchor of return';
const quotedStudy = 'Gaviria 1975';

const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * The example review, as a newcomer meets it: the projects list marks it as an illustrative example and
 * every page of it says so; a third-order construct of its synthesis is followed down its evidence chain
 * to a quote, highlighted in the study's PDF. Then every page of the project is visited on a 1366×768
 * screen (no horizontal scrolling, no console error, no serious accessibility violation) and the report is
 * downloaded. Creating the example takes a while, hence the longer start.
 */
describe('example journey: from a third-order construct down to its quote', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let consoleErrors: string[];
  let work = '';
  const a11y: AxeViolation[] = [];

  const banner = (): Locator => page.getByRole('note').filter({ hasText: 'Illustrative example.' });

  /** What shows that a page's content has arrived, where it comes in several requests. */
  const readyOf: Partial<Record<NavLabel, () => Locator>> = {
    Records: () => page.getByRole('grid', { name: 'Records' }).locator('[role="row"][data-record-id]').first(),
    Studies: () => page.getByRole('link', { name: quotedStudy, exact: true }),
    Grid: () => page.getByRole('grid', { name: 'Juxtaposition grid' }),
    Synthesis: () => page.getByRole('tree', { name: 'Third-order constructs' }),
    'GRADE-CERQual': () => page.getByRole('region', { name: 'Summary of Qualitative Findings' }).getByRole('table'),
    'PRISMA diagram': () => page.getByRole('img', { name: /PRISMA 2020 flow diagram/ }),
    Report: () => page.getByRole('article', { name: 'Report preview' }),
  };

  /** The checks every page of the example passes: the banner, no horizontal overflow at 1366 px. */
  async function checkPage(label: string): Promise<void> {
    await waitForSettled(page);
    expect(await banner().isVisible(), `the illustrative-example banner on ${label}`).toBe(true);
    const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(scrollWidth, `the page width of ${label} (horizontal overflow)`).toBeLessThanOrEqual(innerWidth);
    a11y.push(...(await axeViolations(page, label)));
  }

  stopAtFirstFailure('example', () => ({ page, server, consoleErrors }));

  beforeAll(async () => {
    server = await startServer({ example: true });
    browser = await launchBrowser();
    ({ page, consoleErrors } = await openPage(browser, server.url));
    await page.setViewportSize({ width: 1366, height: 768 });
    work = mkdtempSync(join(tmpdir(), 'metaethno-example-e2e-'));
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('lists the example with its badge, and every page of it carries the banner', async () => {
    const projects = await new ProjectsPage(page).goto();
    const row = projects.row(exampleName);
    await waitForText(row, 'Illustrative example');
    expect(await row.locator('.example-badge').textContent()).toBe('Illustrative example');
    // The banner belongs to the example's pages, not to the list.
    expect(await banner().count()).toBe(0);
    await waitForSettled(page);
    a11y.push(...(await axeViolations(page, 'Projects')));
    await screenshot(page, '50-example-projects');

    await projects.openProject(exampleName);
    expect(await banner().textContent()).toContain('must not be cited');
  });

  it('follows a third-order construct down its evidence chain to the quote in the PDF', async () => {
    const synthesis = await new SynthesisPage(page).open();
    // The overarching construct's chain nests the constructs within it; each opens and closes.
    const parent = await synthesis.select(overarching);
    const child = parent.locator('details.synth-evidence-child').filter({ has: page.locator('summary', { hasText: thirdOrder }) });
    const concept = child.getByRole('region', { name: 'Concept Family ties and obligations' });
    expect(await child.getAttribute('open')).not.toBeNull();
    await child.locator('summary').click();
    expect(await concept.isVisible()).toBe(false);
    await child.locator('summary').click();
    await concept.waitFor();

    // The construct itself: what it rests on, and its quotes with their pages.
    const details = await synthesis.select(thirdOrder);
    expect(page.url()).toContain('construct=');
    await waitForText(details, /Rests on \d+ studies, \d+ constructs and \d+ quotes/);
    const chain = synthesis.evidenceConcept(thirdOrder, 'Family ties and obligations');
    const links = synthesis.quoteLinks(chain);
    expect(await links.count()).toBeGreaterThan(1);
    // Each quote link is named by its study, page and passage ("Gaviria 1975, p. 2: open “…” in the study").
    const item = chain.locator('.synth-quotes > li').filter({ has: page.getByRole('link', { name: new RegExp(`^${quotedStudy}, p\\. \\d+`) }) });
    const quote = ((await item.locator('blockquote').textContent()) ?? '').trim();
    expect(quote.length).toBeGreaterThan(10);
    const link = item.getByRole('link');
    const page1 = /, p\. (\d+)/.exec((await link.textContent()) ?? '')?.[1];
    await screenshot(page, '51-example-evidence-chain');

    await link.click();
    const workspace = await new StudyWorkspace(page, quotedStudy).waitUntilOpen();
    expect(page.url()).toMatch(/\/studies\/[^/?]+\?excerpt=/);
    await workspace.waitForText();
    expect(await workspace.document.locator('canvas.pdf-canvas').first().evaluate((c) => (c as HTMLCanvasElement).width)).toBeGreaterThan(0);
    expect(await workspace.document.getByLabel('Page', { exact: true }).inputValue()).toBe(page1);
    const highlight = workspace.highlights(undefined, true);
    await highlight.first().waitFor();
    expect(await workspace.isInView(highlight)).toBe(true);
    const highlighted = await workspace.selectedHighlightText();
    expect(highlighted.replace(/\s+/g, ' ')).toContain(quote.replace(/\s+/g, ' '));
    // The construct the quote belongs to is selected beside the PDF.
    const selected = workspace.panel.locator('.construct-card.is-selected');
    await selected.waitFor();
    expect(await selected.textContent()).toContain('p. ');
    await checkPage(`study ${quotedStudy}`);
    await screenshot(page, '52-example-quote-in-pdf', { fullPage: false });
  });

  it('shows every page of the project without horizontal scrolling at 1366×768', async () => {
    const nav = new ProjectNav(page);
    const labels = (await nav.labels()) as NavLabel[];
    expect(labels).toContain('Report');
    for (const label of labels) {
      await nav.open(label, navHeadings[label] ?? label);
      await readyOf[label]?.().waitFor({ timeout: 30_000 });
      await checkPage(label);
      await screenshot(page, `50-example-${slug(label)}`);
    }
  });

  it('tells the owner, who is not one of its two reviewers, why no record waits for them in screening', async () => {
    await new ProjectNav(page).open('Screening');
    await waitForText(page.locator('main'), /All \d+ records at this stage already have their 2 reviewers’ decisions, so none is waiting for you/);
  });

  it('downloads the report as HTML', async () => {
    const report = await new ReportPage(page).open();
    await report.waitForPreview('Illustrative example');
    const html = await report.download('HTML', work);
    expect(html.name).toMatch(/\.html$/);
    expect(html.size).toBeGreaterThan(10_000);
    expect(html.head.toString('utf8').toLowerCase()).toMatch(/^<!doctype html/);
  });

  it('has no serious or critical accessibility violations (axe-core)', () => {
    expect(a11y).toEqual([]);
  });

  it('logged no errors in the browser console', () => {
    expect(consoleErrors).toEqual([]);
  });
});
