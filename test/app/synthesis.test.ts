import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applySteps,
  constructEvidence,
  excerptAnchors,
  listFullTexts,
  reanchorExcerpts,
  redoWorkbench,
  reextractFullText,
  runJobs,
  synthesisTables,
  thirdOrderEvidence,
  undoWorkbench,
  uploadFullText,
  workbench,
  workbenchHistory,
  createUser,
  addMember,
  actorByName,
  type Actor,
} from '../../src/app/index.js';
import { renderTextPdf } from '../../src/app/fulltext/index.js';
import { appraisalTableToMarkdown } from '../../src/core/appraisal/index.js';
import { soqfToMarkdown, evidenceProfilesToMarkdown } from '../../src/core/cerqual/index.js';
import { characteristicsSummaryToMarkdown } from '../../src/core/characteristics/index.js';
import { evidenceChainToMarkdown, gridToMarkdown, refutationRegisterToMarkdown, translationTableToMarkdown } from '../../src/core/synthesis/index.js';
import { eventsRepo } from '../../src/store/index.js';
import { articleOf, buildSevenStudiesProject, sevenStudies } from '../support/seven-studies-project.js';
import { failure } from '../support/failure.js';
import { testApp, type TestApp } from '../support/store.js';

/** `UPDATE_GOLDEN=1` rewrites the golden files; review the diff by eye before committing. */
function expectGolden(name: string, actual: string): void {
  const path = join(import.meta.dirname, 'golden', name);
  if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(path, actual);
  expect(existsSync(path), `${name} is missing: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
const coreGolden = (folder: string, name: string): string => readFileSync(new URL(`../../src/core/${folder}/golden/${name}`, import.meta.url), 'utf8');


const example = sevenStudies;

describe('a seven-study meta-ethnography built through the app layer', () => {
  let app: TestApp;
  let owner: Actor;
  let projectId: string;
  const fileOf = new Map<string, string>();

  beforeAll(async () => {
    app = await testApp();
    const built = await buildSevenStudiesProject(app);
    owner = built.owner;
    projectId = built.projectId;
    for (const [k, v] of built.fileOf) fileOf.set(k, v);
  }, 120_000);
  afterAll(async () => app?.dispose());

  it('extracted every PDF and anchored every excerpt in it', async () => {
    const files = await listFullTexts(app, owner, projectId);
    expect(files).toHaveLength(7);
    expect(files.every((f) => f.status === 'extracted' && (f.pageCount ?? 0) >= 1)).toBe(true);
    const anchors = await excerptAnchors(app, owner, projectId);
    expect(anchors).toHaveLength(example.state.excerpts.length);
    expect(anchors.filter((a) => a.result.orphan)).toEqual([]);
  });

  it('holds ten third-order constructs under three overarching ones', async () => {
    const { state } = await workbench(app, owner, projectId);
    const top = state.synthesis.thirdOrders.filter((t) => t.parentId === undefined);
    expect(top).toHaveLength(3);
    expect(state.synthesis.thirdOrders.filter((t) => t.parentId !== undefined)).toHaveLength(10);
    expect(state.synthesis.constructs.some((c) => c.order === 1) && state.synthesis.constructs.some((c) => c.order === 2)).toBe(true);
    const kinds = new Set(state.synthesis.translations.flatMap((t) => t.links.map((l) => l.kind)));
    expect(kinds).toEqual(new Set(['reciprocal', 'refutational']));
  });

  it('derives the tables the reviewed golden files show', async () => {
    const t = await synthesisTables(app, owner, projectId);
    // The same entities as the pure fixture, so the core's reviewed golden tables must come out unchanged.
    expect(`${gridToMarkdown(t.grid)}`).toBe(coreGolden('synthesis', 'seven-studies.grid.expected.md'));
    expect(`## Translations\n\n${translationTableToMarkdown(t.translations)}\n## Refutation register\n\n${refutationRegisterToMarkdown(t.refutations)}`).toBe(
      coreGolden('synthesis', 'seven-studies.translations.expected.md'),
    );
    expect(soqfToMarkdown(t.soqf)).toBe(coreGolden('cerqual', 'seven-studies.soqf.expected.md'));
    expect(evidenceProfilesToMarkdown(t.profiles)).toBe(coreGolden('cerqual', 'seven-studies.evidence-profiles.expected.md'));
    expect(t.soqf.rows).toHaveLength(10);
    expect(t.characteristics.participants?.total).toBe(128);
    expectGolden(
      'seven-studies.tables.md',
      [
        `# Characteristics (translation order)\n\n${characteristicsSummaryToMarkdown(t.characteristics)}`,
        `# Appraisal\n\n${appraisalTableToMarkdown(t.appraisal)}`,
        `# Grid\n\n${gridToMarkdown(t.grid)}`,
        `# Translations\n\n${translationTableToMarkdown(t.translations)}`,
        `# SoQF\n\n${soqfToMarkdown(t.soqf)}`,
      ].join('\n'),
    );
  });

  it('traces a third-order construct down to quotes and the PDF pages they are on', async () => {
    const chain = await thirdOrderEvidence(app, owner, projectId, 'o-social');
    const md = evidenceChainToMarkdown(chain);
    expectGolden('seven-studies.evidence-o-social.md', md);
    type Chain = typeof chain;
    const quotesOf = (c: Chain): Chain['constructs'][number]['excerpts'][number][] => [
      ...c.concepts.flatMap((k) => k.cells.flatMap((cell) => cell.constructs.flatMap((x) => x.excerpts))),
      ...c.constructs.flatMap((x) => x.excerpts),
      ...c.children.flatMap(quotesOf),
    ];
    const quotes = quotesOf(chain);
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.every((q) => q.page !== undefined && q.page >= 1 && q.fileId !== undefined)).toBe(true);
    const construct = await constructEvidence(app, owner, projectId, example.state.constructs[0]!.id);
    expect(construct.excerpts.length).toBeGreaterThan(0);
  });

  it('keeps excerpts anchored when the same PDF is extracted again', async () => {
    const before = await excerptAnchors(app, owner, projectId);
    await reextractFullText(app, owner, projectId, fileOf.get('s-gaviria')!);
    await runJobs(app);
    const after = await excerptAnchors(app, owner, projectId);
    expect(after).toEqual(before);
    expect(after.every((a) => !a.result.orphan && a.result.method === 'position')).toBe(true);
  });

  it('flags excerpts as orphans when a new version of the PDF lacks their text, and moves the rest', async () => {
    const studyId = 's-gaviria';
    const pages = example.documents[studyId]!;
    const gone = pages[1]!;
    const v2 = await uploadFullText(app, owner, projectId, { name: 'gaviria-v2.pdf', bytes: await renderTextPdf(articleOf(studyId, pages, gone)), studyId });
    await runJobs(app);
    const mine = example.state.excerpts.filter((e) => e.studyId === studyId);
    const report = await reanchorExcerpts(app, owner, projectId, { fromFileId: fileOf.get(studyId)!, toFileId: v2.id });
    const expectedOrphans = mine.filter((e) => gone.includes(e.text)).map((e) => e.id);
    expect(expectedOrphans.length).toBeGreaterThan(0);
    expect([...report.orphans].sort()).toEqual(expectedOrphans.sort());
    expect(report.moved.length + report.orphans.length).toBe(mine.length);
    await undoWorkbench(app, owner, projectId);
    const { state } = await workbench(app, owner, projectId);
    expect(state.synthesis.excerpts.filter((e) => e.studyId === studyId).every((e) => e.fileId === fileOf.get(studyId))).toBe(true);
  });

  it('audits every edit and deletion and undoes and redoes them exactly', async () => {
    const before = (await workbench(app, owner, projectId)).state;
    const concept = before.synthesis.concepts[0]!;
    await applySteps(app, owner, projectId, [{ type: 'update', kind: 'concept', value: { ...concept, label: 'Renamed concept' } }]);
    await applySteps(app, owner, projectId, [{ type: 'delete-cascade', kind: 'concept', id: concept.id }]);
    await applySteps(app, owner, projectId, [{ type: 'put', doc: 'text', key: 'reflexivity', value: 'Both reviewers trained abroad.' }]);
    const changed = (await workbench(app, owner, projectId)).state;
    expect(changed.synthesis.concepts.some((k) => k.id === concept.id)).toBe(false);
    for (let i = 0; i < 3; i++) await undoWorkbench(app, owner, projectId);
    expect((await workbench(app, owner, projectId)).state).toEqual(before);
    for (let i = 0; i < 3; i++) await redoWorkbench(app, owner, projectId);
    expect((await workbench(app, owner, projectId)).state).toEqual(changed);
    expect((await failure(redoWorkbench(app, owner, projectId))).code).toBe('NOTHING_TO_REDO');
    // Each change is a row of the append-only log, with who and when.
    const rows = await eventsRepo.listEvents(app.store.db, { projectId, typePrefix: 'workbench.' });
    expect(rows.slice(-9).map((r) => r.type)).toEqual([
      'workbench.action', 'workbench.action', 'workbench.action',
      'workbench.undo', 'workbench.undo', 'workbench.undo',
      'workbench.redo', 'workbench.redo', 'workbench.redo',
    ]);
    expect(rows.every((r) => r.actorId === owner.userId && r.at)).toBe(true);
    const history = await workbenchHistory(app, owner, projectId, 9);
    expect(history[0]!.kind).toBe('redo');
  });

  it('refuses a stale document edit and an undo that later work depends on; undo is per person', async () => {
    await createUser(app, owner, { name: 'ben', displayName: 'Ben', password: 'ben-password-1' });
    await addMember(app, owner, projectId, { name: 'ben', role: 'reviewer' });
    const ben = await actorByName(app, 'ben');
    await applySteps(app, owner, projectId, [{ type: 'put', doc: 'text', key: 'discussion', value: 'First draft.' }]);
    const stale = await failure(applySteps(app, ben, projectId, [{ type: 'put', doc: 'text', key: 'discussion', value: 'Ben’s draft', previous: 'an older text' }]));
    expect(stale.code).toBe('EDIT_CONFLICT');
    expect((await failure(undoWorkbench(app, ben, projectId))).code).toBe('NOTHING_TO_UNDO');
    await applySteps(app, owner, projectId, [{ type: 'create', kind: 'concept', value: { id: 'k-new', label: 'New concept' } as never }]);
    const construct = (await workbench(app, owner, projectId)).state.synthesis.constructs[0]!;
    await applySteps(app, ben, projectId, [{ type: 'link', relation: 'grid', conceptId: 'k-new', constructId: construct.id } as never]);
    const conflict = await failure(undoWorkbench(app, owner, projectId));
    expect(conflict.code).toBe('UNDO_CONFLICT');
    await undoWorkbench(app, ben, projectId);
    await undoWorkbench(app, owner, projectId);
    expect((await workbench(app, owner, projectId)).state.synthesis.concepts.some((k) => k.id === 'k-new')).toBe(false);
  });

  it('names the failing step of a bad script and changes nothing', async () => {
    const before = await workbench(app, owner, projectId);
    const error = await failure(
      applySteps(app, owner, projectId, [
        { type: 'create', kind: 'concept', value: { id: 'k-ok', label: 'Fine' } as never },
        { type: 'excerpt', id: 'x-bad', studyId: 's-gaviria', fileId: fileOf.get('s-gaviria')!, quote: 'words that are nowhere in the text' },
      ]),
    );
    expect(error.message).toMatch(/^Step 2/);
    expect((await workbench(app, owner, projectId)).seq).toBe(before.seq);
  });
});
