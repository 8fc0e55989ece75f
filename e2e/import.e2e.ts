import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportPage } from './page-models/import-page.js';
import { ProjectsPage } from './page-models/projects-page.js';
import { RecordsPage } from './page-models/records-page.js';
import { SearchLogPage } from './page-models/search-log-page.js';
import { launchBrowser, openPage, screenshot } from './support/browser.js';
import { repoRoot, startServer, type TestServer } from './support/server.js';
import { stopAtFirstFailure } from './support/journey.js';
import { waitForText } from './support/wait.js';

const fixture = (name: string): string => join(repoRoot, 'e2e', 'fixtures', name);

/**
 * The first journey of a review team: create a project, log a MEDLINE search, import its RIS export,
 * find the records and read one; then try a broken export and see that it is refused with its line
 * and that nothing changed. Steps share one server, browser and page, and run in order.
 */
describe('import journey', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let consoleErrors: string[];

  stopAtFirstFailure('import', () => ({ page, server, consoleErrors }));

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    ({ page, consoleErrors } = await openPage(browser, server.url));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('creates a project', async () => {
    const projects = await new ProjectsPage(page).goto();
    await screenshot(page, '01-projects-empty');
    const log = await projects.createProject({
      name: 'Carers of people with dementia',
      title: 'Family carers’ experiences of dementia: a meta-ethnography',
      question: 'How do family carers make sense of caring for a relative with dementia?',
    });
    expect(page.url()).toMatch(/\/projects\/[^/]+\/searches$/);
    expect(await log.nav.labels()).toEqual([
      'Search log',
      'Import',
      'Records',
      'De-duplication',
      'Screening',
      'Conflicts',
      'Agreement',
      'Studies',
      'Grid',
      'Translations',
      'Synthesis',
      'GRADE-CERQual',
      'Journal',
      'PRISMA diagram',
      'Report',
    ]);
    await screenshot(page, '02-search-log-empty');
  });

  it('logs a database search', async () => {
    const log = new SearchLogPage(page);
    const form = await log.openAddSearchForm();
    await log.fillSearch(form, {
      kind: 'Database',
      source: 'MEDLINE',
      platform: 'Ovid',
      dateRun: '2024-03-15',
      hitsReported: 6,
      query: '1. exp Dementia/\n2. (carer* or caregiver*).ti,ab.\n3. exp Qualitative Research/\n4. 1 and 2 and 3',
      limits: 'English or French; 2000 to current',
      filters: 'Qualitative filter (ISSG, 2023)',
    });
    await screenshot(page, '03-add-search-form');
    await log.submitSearch(form, 'MEDLINE');
    const row = log.row('MEDLINE');
    expect(await row.textContent()).toContain('Ovid');
    expect(await row.textContent()).toContain('15 Mar 2024');
    await screenshot(page, '04-search-log');
  });

  it('imports a RIS export with its progress and per-file result', async () => {
    const importPage = await new SearchLogPage(page).openImport('MEDLINE');
    await screenshot(page, '05-import-empty');
    const result = await importPage.chooseFiles(fixture('medline-ovid-carers.ris'));
    const text = (await result.textContent()) ?? '';
    expect(text).toContain('Imported 5 records from 1 file');
    expect(text).toContain('RIS');
    expect(text.toLowerCase()).toContain('utf-8');
    await waitForText(importPage.recordsImported, '5');
    // The database reported 6 hits and the file held 5: the page says so.
    expect(text).toContain('MEDLINE reported 6 hits but 5 records were imported');
    await screenshot(page, '06-import-result');
  });

  it('shows the count mismatch in the search log', async () => {
    const importPage = new ImportPage(page);
    await importPage.nav.open('Search log');
    const log = new SearchLogPage(page);
    await waitForText(log.row('MEDLINE'), '5');
    expect(await log.mismatchWarning().textContent()).toContain('MEDLINE reported 6 hits but 5 records were imported (-1)');
    await log.row('MEDLINE').getByRole('button', { name: /Show details/ }).click();
    await waitForText(log.table, 'medline-ovid-carers.ris');
    await screenshot(page, '07-search-log-after-import');
  });

  it('lists the records and opens one with its abstract, provenance and source fields', async () => {
    await new SearchLogPage(page).nav.open('Records');
    const records = await new RecordsPage(page).waitUntilOpen();
    await records.waitForCount('5 records');
    await records.row('Living with uncertainty').waitFor();
    expect(await records.rows().count()).toBe(5);
    await screenshot(page, '08-records');

    await records.search('Hernández');
    await records.waitForCount('1 record matches');
    const detail = await records.openRecord('Living with uncertainty');
    const text = (await detail.textContent()) ?? '';
    expect(text).toContain('Hernández-García, Lucía');
    expect(text).toContain('Ó Súilleabháin, Pádraig');
    expect(text).toContain('at last someone named it');
    expect(text).toContain('10.5555/qhr.2019.0412');
    const provenance = (await detail.getByTestId('provenance').textContent()) ?? '';
    expect(provenance).toContain('MEDLINE · Ovid');
    expect(provenance).toContain('medline-ovid-carers.ris');
    expect(provenance).toMatch(/1 of 5 in the file, from line 1(?!\d)/);
    const raw = await records.rawFields();
    expect(raw).toContainEqual(['AU', 'Müller, Jürgen']);
    expect(raw).toContainEqual(['DB', 'Ovid MEDLINE(R) ALL']);
    expect(page.url()).toContain('record=');
    await screenshot(page, '09-record-detail');
    await records.scrollDetailToEnd();
    await screenshot(page, '09b-record-detail-provenance');

    // The French record: accents in the title survive the round trip to the table.
    await records.search('');
    await records.waitForCount('5 records');
    const french = await records.openRecord('Les aidants familiaux face à l');
    expect(await french.textContent()).toContain('Family carers facing a relative');
    expect(await records.exportLink('RIS').getAttribute('href')).toMatch(/\/records\/export\?format=ris$/);
  });

  it('refuses a broken export with its line and imports nothing', async () => {
    await new RecordsPage(page).nav.open('Import');
    const importPage = await new ImportPage(page).waitUntilOpen();
    const failure = await importPage.dropFiles(fixture('scopus-unterminated-quote.csv'));
    const text = (await failure.textContent()) ?? '';
    expect(text).toContain('Nothing was imported');
    expect(text).toContain('scopus-unterminated-quote.csv');
    expect(text).toMatch(/Line 3\b/);
    expect(await failure.getAttribute('role')).toBe('alert');
    await waitForText(importPage.recordsImported, '5');
    await screenshot(page, '10-import-error');

    await importPage.nav.open('Records');
    await new RecordsPage(page).waitForCount('5 records');
  });

  it('lists the project with its record count', async () => {
    const projects = await new ProjectsPage(page).goto();
    await waitForText(projects.recordCount('Carers of people with dementia'), /^5$/);
    await screenshot(page, '11-projects');
    // The failed upload answers 400, which Chromium logs; anything else in the console is a bug.
    expect(consoleErrors.filter((e) => !/status of 400/.test(e))).toEqual([]);
  });
});
