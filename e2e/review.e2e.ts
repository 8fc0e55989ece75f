import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderTextPdf } from '../src/app/fulltext/index.js';
import { CerqualPage } from './page-models/cerqual-page.js';
import { GridPage } from './page-models/grid-page.js';
import { ProjectNav } from './page-models/project-nav.js';
import { ProjectsPage } from './page-models/projects-page.js';
import { ReportPage } from './page-models/report-page.js';
import { ScreeningPage } from './page-models/screening-page.js';
import { StudiesPage } from './page-models/studies-page.js';
import { StudyWorkspace } from './page-models/study-workspace.js';
import { SynthesisPage } from './page-models/synthesis-page.js';
import { TranslationsPage } from './page-models/translations-page.js';
import { launchBrowser, openPage, screenshot } from './support/browser.js';
import { repoRoot, startServer, type TestServer } from './support/server.js';
import { stopAtFirstFailure } from './support/journey.js';
import { waitForText } from './support/wait.js';

const fixture = join(repoRoot, 'e2e', 'fixtures', 'img-return-search.ris');

/** The two on-topic records of the fixture, and the studies screening turns them into. */
const mensahTitle = /^Coming home to practise/;
const reyesTitle = /^Why we went back/;
const mensah = 'Mensah 2019';
const reyes = 'Reyes 2021';

/** The passages the journey codes, as they are printed in the test PDFs. */
const participantQuote = 'My mother was ageing and I was her only son.';
const authorsTheme = 'Family obligations were the main reason participants gave for coming home.';
const reyesTheme = 'Returnees framed coming home as a duty to the family that had paid for their schooling.';

const firstOrder = 'Her only son';
const secondOrder = 'Family obligations as the main pull';
const reyesSecondOrder = 'Return as a family debt';
const concept = 'Family obligations';
const thirdOrder = 'Family as the reason to return';

/** The value shown under a <dt> of a stats list. */
const stat = (scope: Locator, term: string): Locator => scope.locator('div').filter({ has: scope.page().locator('dt', { hasText: new RegExp(`^${term}$`) }) }).locator('dd');

/**
 * A review team's whole path through metaethno, in the browser: a new project imports a small RIS search,
 * removes its duplicate, screens with one reviewer per record (title/abstract, then full text), turns the
 * included reports into studies, reads and codes their PDFs, builds the grid, translates the studies into
 * one another, writes a third-order construct and traces it to its quote, judges it with GRADE-CERQual and
 * downloads the report as HTML, Word and PDF. Steps share one server, browser and page, and run in order.
 */
describe('review journey: from import to the downloaded report', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let consoleErrors: string[];
  let work = '';
  const included: string[] = [];

  stopAtFirstFailure('review', () => ({ page, server, consoleErrors }));

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    ({ page, consoleErrors } = await openPage(browser, server.url));
    work = mkdtempSync(join(tmpdir(), 'metaethno-review-e2e-'));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('creates a project and imports a RIS search', async () => {
    const log = await new ProjectsPage(page).goto().then((p) =>
      p.createProject({
        name: 'Returning home',
        title: 'Returning home: international medical graduates who go back, a meta-ethnography',
        question: 'How do international medical graduates experience returning to practise in their home country?',
      }),
    );

    await log.addSearch({ kind: 'Database', source: 'MEDLINE', platform: 'Ovid', dateRun: '2024-05-02', hitsReported: 6, query: '1. exp Foreign Medical Graduates/\n2. (return* adj3 (home or country)).ti,ab.\n3. 1 and 2' });
    await screenshot(page, '30-review-search-log');
    const importPage = await log.openImport('MEDLINE');
    const result = await importPage.chooseFiles(fixture);
    expect(await result.textContent()).toContain('Imported 6 records from 1 file');
    await screenshot(page, '31-review-import');
  });

  it('removes the duplicate', async () => {
    const nav = new ProjectNav(page);
    await nav.open('De-duplication');
    await page.getByRole('button', { name: 'Run de-duplication' }).click();
    const summary = page.getByTestId('dedup-summary');
    await waitForText(summary, 'Unique records');
    expect(await stat(summary, 'Records').textContent()).toBe('6');
    expect(await stat(summary, 'Duplicates').textContent()).toBe('1');
    expect(await stat(summary, 'Unique records').textContent()).toBe('5');
    expect(await stat(summary, 'Pairs to decide').textContent()).toBe('0');
    await waitForText(page.getByRole('region', { name: 'Duplicate groups' }), 'Coming home to practise');
    await screenshot(page, '32-review-dedup');
  });

  it('sets one reviewer per record and screens titles and abstracts alone', async () => {
    const screening = new ScreeningPage(page);
    await screening.nav.open('Screening');
    const settings = page.getByRole('form', { name: 'Screening settings' });
    await settings.getByLabel('Reviewers per record at title and abstract').selectOption('1');
    await settings.getByLabel('Reviewers per record at full text').selectOption('1');
    await settings.getByLabel('Eligibility criteria').fill('Include: qualitative studies of international medical graduates who returned to practise in their home country.\nExclude: surveys, policy reviews, other professions.');
    await settings.getByLabel('Exclusion reasons').fill('design: Not a qualitative study\npopulation: Not returning doctors');
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await waitForText(settings.getByRole('status'), 'Settings saved.');
    await screening.recordsLeft.waitFor();
    await waitForText(page.getByRole('region', { name: 'Progress' }), /Reviewers per record\s*1/);
    await screenshot(page, '33-review-screening-settings');

    // The ids of the records included, as the page sends them: full text is sought for these.
    const onRequest = (request: { url: () => string; method: () => string; postDataJSON: () => unknown }): void => {
      if (request.method() !== 'POST' || !request.url().endsWith('/screening/decisions')) return;
      const body = request.postDataJSON() as { recordId: string; decision: string; stage: string };
      if (body.stage === 'title-abstract' && body.decision === 'include') included.push(body.recordId);
    };
    page.on('request', onRequest);
    const titles = await screening.screenAll((t) => (mensahTitle.test(t) || reyesTitle.test(t) ? 'Include' : 'Exclude'));
    page.off('request', onRequest);
    // Five unique records: the duplicate is not screened.
    expect(titles).toHaveLength(5);
    expect(included).toHaveLength(2);
    await waitForText(page.locator('main'), 'Nothing left for you to screen at this stage');
    await screenshot(page, '34-review-screening-title-abstract-done');
  });

  it('retrieves the two reports and includes them at full text', async () => {
    // Between the stages: record that each included report's full text was retrieved (PRISMA "sought").
    await page.getByRole('radio', { name: 'Full text' }).check();
    const retrieval = page.getByRole('region', { name: /Full texts to retrieve/ });
    await waitForText(retrieval, 'Full texts to retrieve (2)');
    for (let left = 2; left > 0; left--) {
      await retrieval.getByRole('button', { name: 'Retrieved', exact: true }).first().click();
      await waitForText(retrieval, `Full texts to retrieve (${left - 1})`);
    }
    expect(included).toHaveLength(2);
    const screening = new ScreeningPage(page);
    await waitForText(screening.recordsLeft, '2');
    expect(await screening.record.getByRole('group', { name: 'Decide this record' }).isVisible()).toBe(true);
    expect(await page.locator('label[for="exclusion-reason"]').textContent()).not.toContain('optional');
    await screenshot(page, '35-review-screening-full-text');
    const titles = await screening.screenAll(() => 'Include');
    expect(titles.some((t) => mensahTitle.test(t))).toBe(true);
    expect(titles.some((t) => reyesTitle.test(t))).toBe(true);
  });

  it('creates studies from the included reports', async () => {
    const studies = await new StudiesPage(page).open();
    await waitForText(page.locator('main'), 'No studies yet');
    await studies.createFromIncluded(2);
    await studies.row(mensah).waitFor();
    expect(await studies.rowValues(mensah)).toMatchObject({ Study: mensah, Year: '2019', Reports: '1', 'Full text': 'No PDF yet', 'First-order': '0', 'Second-order': '0' });
    expect(await studies.rowValues(reyes)).toMatchObject({ Study: reyes, Year: '2021', Reports: '1' });
    await screenshot(page, '36-review-studies');
  });

  it('uploads a PDF, selects a participant’s words in it and codes them as a first-order construct', async () => {
    const pdf = join(work, 'mensah-2019.pdf');
    writeFileSync(
      pdf,
      await renderTextPdf({
        title: 'Coming home to practise: Ghanaian doctors’ accounts of return',
        authors: 'Ama Mensah, Kwabena Owusu',
        source: 'Human Resources for Health 17: 101-112',
        note: 'Invented full text written for the metaethno browser tests.',
        sections: [
          { heading: 'Methods', paragraphs: ['We interviewed 19 doctors who had returned to Ghana after specialist training in the United Kingdom.'] },
          { heading: 'Findings', paragraphs: [authorsTheme, `A paediatrician explained: "${participantQuote}"`, 'Poor equipment and slow promotion tested the resolve of many returnees.'] },
        ],
      }),
    );
    const workspace = await new StudiesPage(page).openStudy(mensah);
    expect(await workspace.page.locator('.workspace-reports').textContent()).toMatch(mensahTitle);
    await waitForText(workspace.document, 'Drop the study’s full text here');
    await screenshot(page, '37-review-workspace-empty');
    await workspace.uploadPdf(pdf);
    await waitForText(workspace.document.locator('.file-bar'), 'mensah-2019.pdf');
    await waitForText(workspace.panel, 'Nothing coded yet');
    await screenshot(page, '38-review-workspace-pdf');

    await workspace.dragSelect(participantQuote);
    expect((await workspace.selectedText()).trim()).toBe(participantQuote);
    await screenshot(page, '39-review-workspace-selection');
    const form = await workspace.codeSelection('first');
    // The draft quotes the selection and proposes it as the label.
    expect(await form.locator('blockquote').textContent()).toContain(participantQuote);
    expect(await form.getByLabel('Label').inputValue()).toBe(participantQuote);
    expect(await form.locator('blockquote footer').textContent()).toBe('Page 1');
    const card = await workspace.saveConstruct(form, 'first', { label: firstOrder, memo: 'Only child: no sibling could take his place.' });
    expect(await card.textContent()).toContain(participantQuote);
    expect(await card.getByRole('button', { name: 'p. 1' }).isVisible()).toBe(true);
    await workspace.highlights('first').first().waitFor();
    await screenshot(page, '40-review-workspace-first-order');
  });

  it('codes the authors’ interpretation as a second-order construct', async () => {
    const workspace = new StudyWorkspace(page, mensah);
    await workspace.dragSelect(authorsTheme);
    const form = await workspace.codeSelection('second');
    // A second-order construct is named by the reviewer: no label is proposed, and one is required.
    expect(await form.getByLabel('Label').inputValue()).toBe('');
    await form.getByRole('button', { name: 'Add second-order construct' }).click();
    await waitForText(form, 'Name the theme, concept or metaphor.');
    const card = await workspace.saveConstruct(form, 'second', { label: secondOrder });
    expect(await card.textContent()).toContain(authorsTheme);
    await workspace.highlights('second').first().waitFor();
    await waitForText(workspace.panel, '1 first-order construct · 1 second-order construct · 2 excerpts');
    await screenshot(page, '41-review-workspace-second-order');

    const studies = new StudiesPage(page);
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Studies' }).click();
    await studies.heading.waitFor();
    await studies.row(mensah).waitFor();
    await waitForText(studies.row(mensah), 'PDF, 1 page');
    expect(await studies.rowValues(mensah)).toMatchObject({ 'First-order': '1', 'Second-order': '1' });
  });

  it('codes the second study from a typed quote', async () => {
    const pdf = join(work, 'reyes-2021.pdf');
    writeFileSync(
      pdf,
      await renderTextPdf({
        title: 'Why we went back: Filipino physicians returning from the United States',
        authors: 'Maria Luisa Reyes, Paolo Santos',
        note: 'Invented full text written for the metaethno browser tests.',
        sections: [{ heading: 'Findings', paragraphs: [reyesTheme, 'Several spoke of parents who had sold land to pay for medical school.'] }],
      }),
    );
    const workspace = await new StudiesPage(page).openStudy(reyes);
    await workspace.uploadPdf(pdf);
    const card = await workspace.addTypedConstruct('second', reyesTheme, reyesSecondOrder);
    expect(await card.getByRole('button', { name: 'p. 1' }).isVisible()).toBe(true);
    await workspace.highlights('second').first().waitFor();
    await screenshot(page, '42-review-workspace-typed-quote');
  });

  it('adds a concept to the grid and places the constructs with the keyboard', async () => {
    const grid = await new GridPage(page).open();
    await waitForText(page.locator('main'), 'No concepts yet');
    await grid.addConcept(concept);
    await grid.showStudy(mensah);
    await grid.placeWithKeyboard(secondOrder, concept);
    await grid.placeWithKeyboard(firstOrder, concept);
    await grid.showStudy(reyes);
    await grid.placeWithKeyboard(reyesSecondOrder, concept);
    await grid.waitForFooter('2 studies · 1 concept · 3 of 3 constructs placed');
    const mensahCell = grid.grid.getByRole('row', { name: new RegExp(`^${mensah}`) }).getByRole('gridcell');
    expect(await mensahCell.textContent()).toContain(secondOrder);
    expect(await mensahCell.textContent()).toContain(firstOrder);
    expect(await grid.grid.getByRole('row', { name: new RegExp(`^${reyes}`) }).getByRole('gridcell').textContent()).toContain(reyesSecondOrder);
    await waitForText(grid.palette, 'The one construct of this study is placed.');
    await screenshot(page, '43-review-grid');
  });

  it('translates the two studies into one another with a reciprocal link', async () => {
    const translations = await new TranslationsPage(page).open();
    const detail = await translations.selectConcept(concept);
    await waitForText(detail, 'How the studies express it');
    expect(await detail.locator('dl.synth-expressed').textContent()).toMatch(new RegExp(`${mensah}.*${reyes}|${reyes}.*${mensah}`));
    const link = await translations.addLink(concept, {
      kind: 'Reciprocal',
      from: mensah,
      to: reyes,
      fromConstructs: [secondOrder],
      toConstructs: [reyesSecondOrder],
      rationale: 'Both studies describe return as answering what the family asked of the doctor: care for an ageing parent, or repayment of schooling.',
    });
    const text = (await link.textContent()) ?? '';
    expect(text).toContain('Reciprocal');
    expect(text).toMatch(new RegExp(`${mensah} → to\\s+${reyes}`));
    expect(text).toContain(`“${secondOrder}” compared with “${reyesSecondOrder}”`);
    await translations.writeSummary(concept, 'Doctors returned because their families needed them or had invested in them.');
    await waitForText(translations.concepts, '1 reciprocal · 0 refutational');
    await screenshot(page, '44-review-translations');
  });

  it('creates a third-order construct on the concept and follows its evidence chain to the quote', async () => {
    const synthesis = await new SynthesisPage(page).open();
    const details = await synthesis.addOverarching(thirdOrder, 'Doctors came home because their families needed them, or had paid for the training that took them abroad.');
    await waitForText(details, 'Nothing is linked yet');
    await synthesis.linkConcept(thirdOrder, concept);
    await waitForText(details, 'Rests on 2 studies, 3 constructs and 3 quotes');
    const chain = synthesis.evidenceConcept(thirdOrder, concept);
    const chainText = (await chain.textContent()) ?? '';
    for (const s of [mensah, reyes, firstOrder, secondOrder, reyesSecondOrder, participantQuote, authorsTheme, reyesTheme]) expect(chainText).toContain(s);
    const quote = chain.locator('.synth-quotes > li').filter({ has: page.locator('blockquote', { hasText: participantQuote }) });
    const link = quote.getByRole('link');
    expect(await link.textContent()).toMatch(new RegExp(`^${mensah}, p\\. 1: open “My mother`));
    expect(await link.getAttribute('href')).toMatch(/\/studies\/[^/?]+\?excerpt=/);
    await screenshot(page, '45-review-synthesis');

    // The link opens the passage in the study's PDF, highlighted and in view.
    await link.click();
    const workspace = await new StudyWorkspace(page, mensah).waitUntilOpen();
    await workspace.waitForText();
    await workspace.highlights(undefined, true).first().waitFor();
    expect(await workspace.selectedHighlightText()).toContain(participantQuote);
    expect(await workspace.isInView(workspace.highlights(undefined, true))).toBe(true);
    await screenshot(page, '46-review-quote-in-study');
  });

  it('judges the finding with GRADE-CERQual and sees it in the Summary of Qualitative Findings', async () => {
    const cerqual = await new CerqualPage(page).open();
    const panel = await cerqual.selectFinding(thirdOrder);
    await waitForText(panel, '2 contributing studies');
    await cerqual.assess(thirdOrder, {
      components: {
        'Methodological limitations': { concerns: 'Minor concerns', explanation: 'Neither study has been appraised yet; both describe their sampling and analysis.' },
        Coherence: { concerns: 'No or very minor concerns', explanation: 'Both studies tell the same story, and no contradiction is recorded.' },
        Adequacy: { concerns: 'Moderate concerns', explanation: 'Two studies and three constructs: thin data.' },
        Relevance: { concerns: 'Minor concerns', explanation: 'Two countries only (Ghana and the Philippines).' },
      },
      overall: { confidence: 'Moderate confidence', explanation: 'Downgraded for adequacy (two studies) and minor concerns about methods and relevance.' },
    });
    await waitForText(cerqual.findings, 'Moderate confidence');
    const row = cerqual.soqfRow(thirdOrder);
    await waitForText(row, 'Moderate confidence');
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells[1]).toContain('Doctors came home because their families needed them');
    expect(cells[3]).toContain('Downgraded for adequacy');
    expect(cells[4]).toBe('1, 2');
    await screenshot(page, '47-review-cerqual');
  });

  it('previews the report, checks eMERGe and downloads it as HTML, Word and PDF', async () => {
    const report = await new ReportPage(page).open();
    await report.waitForPreview(thirdOrder);
    const preview = (await report.preview.textContent()) ?? '';
    expect(preview).toContain('Returning home: international medical graduates who go back, a meta-ethnography');
    expect(preview).toContain(participantQuote);
    expect(preview).toContain('Moderate confidence');
    await screenshot(page, '48-review-report-preview');
    await screenshot(page, '48b-review-report-preview-first-screen', { fullPage: false });

    await report.showTab('eMERGe and ENTREQ');
    const emerge = report.checklist('eMERGe');
    await emerge.waitFor();
    expect(await emerge.getByRole('row').count()).toBe(20);
    expect(await report.checklist('ENTREQ').isVisible()).toBe(true);
    await screenshot(page, '49-review-report-emerge');

    const html = await report.download('HTML', work);
    expect(html.name).toMatch(/\.html$/);
    expect(html.size).toBeGreaterThan(0);
    expect(html.head.toString('utf8').toLowerCase()).toMatch(/^<!doctype html/);
    const docx = await report.download('Word', work);
    expect(docx.name).toMatch(/\.docx$/);
    expect(docx.size).toBeGreaterThan(0);
    expect(docx.head.subarray(0, 2).toString('latin1')).toBe('PK');
    const pdf = await report.download('PDF', work);
    expect(pdf.name).toMatch(/\.pdf$/);
    expect(pdf.size).toBeGreaterThan(0);
    expect(pdf.head.subarray(0, 4).toString('latin1')).toBe('%PDF');
  });

  it('logged no errors in the browser console', () => {
    expect(consoleErrors).toEqual([]);
  });
});
