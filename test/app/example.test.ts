import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureLocalOwner, excerptAnchors, listFullTexts, prisma, projectReport, renderProjectReport, reportChecklists, reportCsvFiles, synthesisTables, workbench, type Actor } from '../../src/app/index.js';
import { extractPdfText } from '../../src/app/fulltext/index.js';
import { chromiumPath } from '../../src/app/render/chromium.js';
import { reportFigures } from '../../src/core/reports/index.js';
import { unzip } from '../../src/core/test-support/unzip.js';
import { createExampleProject, findExampleProject } from '../../src/app/example/create-example.js';
import { testApp, type TestApp } from '../support/store.js';

describe('the built-in example review, created through the app', () => {
  let app: TestApp;
  let owner: Actor;
  let projectId: string;
  let seconds: number;
  beforeAll(async () => {
    app = await testApp();
    owner = await ensureLocalOwner(app);
    ({ projectId, seconds } = await createExampleProject(app, owner));
  }, 180_000);
  afterAll(async () => app?.dispose());

  it('is complete: seven studies with anchored PDFs, ten third-order constructs under three, CERQual for each', async () => {
    expect(await findExampleProject(app)).toBe(projectId);
    const { project, state } = await workbench(app, owner, projectId);
    expect(project.isExample).toBe(true);
    expect(state.synthesis.studies).toHaveLength(7);
    expect(state.synthesis.studies.every((s) => s.reportIds.length === 1)).toBe(true);
    expect(state.synthesis.thirdOrders.filter((t) => !t.parentId).map((t) => t.label)).toEqual([
      'Reflections on personal development',
      'Social and cultural connection to home countries',
      'Challenges associated with professional reintegration',
    ]);
    expect(state.synthesis.thirdOrders.filter((t) => t.parentId)).toHaveLength(10);
    const files = await listFullTexts(app, owner, projectId);
    expect(files.filter((f) => f.status === 'extracted')).toHaveLength(7);
    expect((await excerptAnchors(app, owner, projectId)).filter((a) => a.result.orphan)).toEqual([]);
    const tables = await synthesisTables(app, owner, projectId);
    expect(tables.soqf.rows).toHaveLength(10);
    expect(tables.soqf.rows.every((r) => r.confidence !== undefined)).toBe(true);
    expect(seconds).toBeGreaterThan(0);
  });

  it('counts seven included studies in its PRISMA flow and reports every eMERGe item', async () => {
    const { counts } = await prisma(app, owner, projectId);
    expect(counts.included.studies).toBe(7);
    const { emerge } = await reportChecklists(app, owner, projectId);
    expect(emerge).toHaveLength(19);
    expect(emerge.filter((i) => i.status !== 'reported').map((i) => `${i.item.number}: ${i.note}`)).toEqual([]);
  });
});

/** `UPDATE_GOLDEN=1` rewrites the golden files; review the diff by eye before committing. */
function expectGolden(name: string, actual: string): void {
  const path = join(import.meta.dirname, 'golden', name);
  if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(path, actual);
  expect(existsSync(path), `${name} is missing: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('the example review’s report, downloaded', () => {
  let app: TestApp;
  let owner: Actor;
  let projectId: string;
  beforeAll(async () => {
    // A fixed clock, so that the report (which prints when it was generated) can be compared with golden files.
    app = await testApp(() => new Date('2024-05-20T09:00:00Z'));
    owner = await ensureLocalOwner(app);
    ({ projectId } = await createExampleProject(app, owner));
  }, 180_000);
  afterAll(async () => app?.dispose());

  it('says plainly that it is an illustrative example, and its PRISMA figure shows the data’s counts', async () => {
    const md = new TextDecoder().decode((await renderProjectReport(app, owner, projectId, 'md')).bytes);
    expect(md).toMatch(/Illustrative example/);
    const { counts } = await prisma(app, owner, projectId);
    const model = await projectReport(app, owner, projectId);
    const figure = reportFigures(model).find((f) => f.id === 'prisma')!;
    for (const n of [counts.databases.identified.total, counts.databases.removed.duplicates, counts.databases.screened, counts.databases.screeningExcluded.total, counts.databases.sought, counts.databases.assessed, counts.included.studies]) {
      expect(figure.svg).toContain(`(n\u00a0=\u00a0${n})`);
    }
  });

  it('matches the reviewed golden Markdown and CSV files', async () => {
    const md = new TextDecoder().decode((await renderProjectReport(app, owner, projectId, 'md')).bytes);
    expect(md).not.toMatch(/undefined|NaN|\[object Object\]/);
    expectGolden('example.report.md', md);
    for (const file of await reportCsvFiles(app, owner, projectId)) {
      if (['search-log', 'characteristics', 'appraisal', 'soqf', 'translations'].some((id) => file.name.startsWith(id))) expectGolden(`example.${file.name}`, file.csv);
    }
  });

  it('downloads as DOCX with its text and tables', async () => {
    const docx = await renderProjectReport(app, owner, projectId, 'docx');
    const xml = unzip(docx.bytes).get('word/document.xml')!;
    for (const heading of ['Methods', 'Results', 'Confidence in the findings', 'Line of argument', 'Growth abroad as capital to bring home']) expect(xml).toContain(heading);
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBeGreaterThan(8);
  });

  it.skipIf(!chromiumPath())('downloads as PDF whose text holds its sections', async () => {
    const pdf = await renderProjectReport(app, owner, projectId, 'pdf');
    const text = (await extractPdfText(pdf.bytes)).pages.map((p) => p.text).join('\n').replace(/\s+/g, ' ');
    for (const heading of ['Illustrative example', 'Methods', 'Results', 'Discussion', 'References', 'eMERGe']) expect(text).toContain(heading);
  }, 60_000);
});
