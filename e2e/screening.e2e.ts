import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProjectsPage } from './page-models/projects-page.js';
import { AccountMenu, ScreeningPage, type Decision } from './page-models/screening-page.js';
import { SearchLogPage } from './page-models/search-log-page.js';
import { launchBrowser, openPage, screenshot } from './support/browser.js';
import { repoRoot, startServer, type TestServer } from './support/server.js';
import { stopAtFirstFailure } from './support/journey.js';
import { waitForText } from './support/wait.js';

const fixture = join(repoRoot, 'e2e', 'fixtures', 'screening-dedup.ris');

/** The record the two reviewers disagree on, and the one both exclude. */
const disputed = /Night-time care/;
const offTopic = /osteoarthritis/;

/**
 * A review team screens in pairs: the owner imports a search, removes duplicates, sets two blinded
 * reviewers per record and creates their accounts; alice and bob screen in their own browsers (separate
 * cookies) and disagree on one record; the owner resolves the conflict and the PRISMA counts follow.
 */
describe('screening journey', () => {
  let server: TestServer;
  let browser: Browser;
  let owner: Page;
  let projectUrl = '';
  const errors: string[][] = [];

  const count = async (page: Page, label: string): Promise<string> =>
    ((await page.getByTestId('prisma-counts').getByRole('row').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) }).getByRole('cell').textContent()) ?? '').trim();

  stopAtFirstFailure('screening', () => ({ page: owner, server, consoleErrors: errors.flat() }));

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const opened = await openPage(browser, server.url);
    owner = opened.page;
    errors.push(opened.consoleErrors);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('imports a search with duplicates', async () => {
    const projects = await new ProjectsPage(owner).goto();
    const log = await projects.createProject({ name: 'Night-time caring', question: 'How do carers of people with dementia experience caring?' });
    projectUrl = owner.url().replace(/\/searches$/, '');
    await log.addSearch({ kind: 'Database', source: 'CINAHL', platform: 'EBSCOhost', hitsReported: 6 });
    const importPage = await new SearchLogPage(owner).openImport('CINAHL');
    const result = await importPage.chooseFiles(fixture);
    expect(await result.textContent()).toContain('Imported 6 records');
  });

  it('runs de-duplication and decides the possible pair', async () => {
    const nav = new SearchLogPage(owner).nav;
    await nav.open('De-duplication');
    await screenshot(owner, '20-dedup-before-run');
    await owner.getByRole('button', { name: 'Run de-duplication' }).click();
    const summary = owner.getByTestId('dedup-summary');
    await waitForText(summary, 'Unique records');
    // The DOI pair is merged automatically: one duplicate at least, listed with its canonical record.
    const groups = owner.getByRole('region', { name: 'Duplicate groups' });
    await waitForText(groups, 'respite services');
    const pairs = owner.getByRole('heading', { level: 2, name: /^Possible duplicates/ });
    const heading = (await pairs.textContent()) ?? '';
    if (/pair 1 of/.test(heading)) {
      await owner.getByTestId('compare-title').waitFor();
      expect(await owner.getByTestId('compare-title').textContent()).toMatch(/differs|same/);
      expect(await owner.locator('.kbd-hint').first().textContent()).toContain('confirm duplicate');
      await screenshot(owner, '21-dedup-pair');
      // Keyboard: `n` says the two are not duplicates (a narrative study and its longer report).
      await owner.keyboard.press('n');
      await waitForText(owner.getByRole('region', { name: /Possible duplicates/ }), 'No pairs left to decide');
    }
    await screenshot(owner, '22-dedup-done');
  });

  it('sets two blinded reviewers and adds alice and bob', async () => {
    const screening = new ScreeningPage(owner);
    await screening.nav.open('Screening');
    const settings = owner.getByRole('form', { name: 'Screening settings' });
    await settings.getByLabel('Reviewers per record at title and abstract').selectOption('2');
    await settings.getByLabel('Blind reviewers to each other’s decisions').check();
    await settings.getByLabel('Eligibility criteria').fill('Include: qualitative studies of family carers of people with dementia.\nExclude: trials, and studies of paid care staff.');
    await settings.getByLabel('Exclusion reasons').fill('design: Not a qualitative study\npopulation: Not family carers');
    await settings.getByLabel('Include keywords').fill('carers\ninterviews');
    await settings.getByLabel('Exclude keywords').fill('randomised');
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await waitForText(settings.getByRole('status'), 'Settings saved.');

    const members = owner.getByRole('form', { name: 'Add a member' });
    for (const [name, display] of [
      ['alice', 'Alice'],
      ['bob', 'Bob'],
    ] as const) {
      await members.getByLabel('User name').fill(name);
      await members.getByLabel('Display name').fill(display);
      await members.getByLabel('Password').fill(`${name}-secret-1`);
      await members.getByRole('button', { name: 'Add member' }).click();
      await waitForText(members.getByRole('status'), `${display} was added as reviewer.`);
    }
    const team = owner.getByRole('region', { name: 'Review team' });
    // The table is reloaded after the confirmation: wait for it rather than read it once.
    await waitForText(team.getByRole('table'), 'Bob');
    expect(await team.getByRole('table').textContent()).toMatch(/Alice.*Bob|Bob.*Alice/);
    await screenshot(owner, '23-screening-owner-settings');
  });

  async function reviewer(name: string, display: string, choose: (title: string) => Decision, useKeyboard: boolean): Promise<{ page: Page; titles: string[] }> {
    const opened = await openPage(browser, server.url);
    errors.push(opened.consoleErrors);
    const page = opened.page;
    await page.goto(`${projectUrl}/screening`);
    await new AccountMenu(page).signIn(name, `${name}-secret-1`, display);
    const screening = new ScreeningPage(page);
    await screening.recordsLeft.waitFor();
    // Keyword highlights are <mark> elements built from the server's offsets.
    expect(await screening.record.locator('mark.keyword').count()).toBeGreaterThan(0);
    await screenshot(page, `24-screening-${name}`);
    const titles = await screening.screenAll(choose, useKeyboard);
    return { page, titles };
  }

  it('alice and bob screen the same records and disagree on one', async () => {
    const alice = await reviewer('alice', 'Alice', (t) => (offTopic.test(t) ? 'Exclude' : 'Include'), false);
    const bob = await reviewer('bob', 'Bob', (t) => (offTopic.test(t) || disputed.test(t) ? 'Exclude' : 'Include'), true);
    expect([...bob.titles].sort()).toEqual([...alice.titles].sort());
    expect(alice.titles.some((t) => disputed.test(t))).toBe(true);
    await screenshot(bob.page, '25-screening-bob-done');
    // Blinded: nothing on bob's page names alice or her decisions, and he may not see the conflicts.
    expect(await bob.page.locator('body').textContent()).not.toContain('Alice');
    await bob.page.goto(`${projectUrl}/conflicts`);
    await waitForText(bob.page.getByRole('alert'), 'Only owners and designated resolvers');
    expect(await bob.page.locator('body').textContent()).not.toContain('Alice');
    await bob.page.goto(`${projectUrl}/agreement`);
    await waitForText(bob.page.getByRole('alert'), 'owners only');
    await screenshot(bob.page, '26-agreement-blinded');
  });

  it('the owner resolves the conflict and the PRISMA counts follow', async () => {
    await owner.goto(`${projectUrl}/prisma`);
    await owner.getByTestId('prisma-counts').waitFor();
    expect(await count(owner, 'Records excluded at screening')).toBe('1');
    expect(await count(owner, 'Duplicates removed')).not.toBe('0');
    await screenshot(owner, '27-prisma-before');

    await owner.goto(`${projectUrl}/conflicts`);
    const conflict = owner.getByTestId('conflict');
    await waitForText(conflict, 'Night-time care');
    expect(await conflict.count()).toBe(1);
    const text = (await conflict.textContent()) ?? '';
    expect(text).toContain('Alice: Include');
    expect(text).toContain('Bob: Exclude');
    await screenshot(owner, '28-conflicts');
    await conflict.getByLabel('Method').selectOption('consensus');
    await conflict.getByLabel(/Reason if excluded/).selectOption('population');
    await conflict.getByRole('button', { name: 'Resolve as exclude' }).click();
    await waitForText(owner.locator('main'), 'No conflicts to resolve');
    // The settled conflict stays on record: both calls, the outcome, the method and who settled it.
    const settled = owner.getByRole('region', { name: 'Resolved conflicts (1)' });
    const record = await waitForText(settled, 'Night-time care');
    expect(record).toContain('Alice: Include');
    expect(record).toContain('Bob: Exclude');
    expect(record).toMatch(/Exclude \(.+\)/);
    expect(record).toContain('Consensus: ');
    await screenshot(owner, '28b-conflicts-resolved');

    await owner.goto(`${projectUrl}/agreement`);
    const table = owner.getByRole('region', { name: 'Agreement by stage' });
    await waitForText(table, 'Title and abstract');
    expect(await owner.getByRole('link', { name: 'Download CSV' }).getAttribute('href')).toContain('format=csv');
    await screenshot(owner, '29-agreement');

    await owner.goto(`${projectUrl}/prisma`);
    await owner.getByTestId('prisma-counts').waitFor();
    await waitForText(owner.getByTestId('prisma-counts'), 'Records excluded at screening');
    expect(await count(owner, 'Records excluded at screening')).toBe('2');
    const img = owner.getByRole('img', { name: /PRISMA 2020 flow diagram/ });
    expect(await img.getAttribute('src')).toContain('prisma?format=svg');
    await owner.waitForFunction(() => Array.from(document.images).every((i) => i.complete && i.naturalWidth > 0));
    await screenshot(owner, '30-prisma-after');
  });

  it('logged no errors in any browser console', () => {
    // Bob's refused requests (403: blinded, not a resolver) are expected; nothing else may be logged.
    expect(errors.flat().filter((e) => !/status of 403/.test(e))).toEqual([]);
  });
});
