import { randomBytes } from 'node:crypto';
import { AppError } from '../../core/errors.js';
import { addMember, createUser } from '../accounts.js';
import { actorByName, type Actor } from '../actors.js';
import type { App } from '../context.js';
import { currentGroups, decideDuplicates, dedupOverview, runDedup } from '../dedup.js';
import { importFiles } from '../imports.js';
import { createProject } from '../projects.js';
import { getRecord, listRecords } from '../records.js';
import { decide, recordRetrieval, resolveConflict, updateScreeningSettings } from '../screening.js';
import { addSearch } from '../searches.js';
import { defaultExampleDir, readExampleData, readExampleFile, type ExampleData, type ExampleVote } from './files.js';

export type LoadExampleOptions = Readonly<{
  /** The folder of the example's files; defaults to the `examples/img-return-migration/` the package ships. */
  dir?: string | undefined;
}>;

export type LoadedExample = Readonly<{
  projectId: string;
  /**
   * Per included study (its key in `works.json`, e.g. `motlhatlhedi-2018`), the ids of the records
   * included at full text as its reports: the record that stands for the study's de-duplication group
   * in screening. The group's other members (the same report from other databases) stay linked to it
   * through de-duplication.
   */
  includedRecordIds: Record<string, string[]>;
}>;

/**
 * Builds the front half of the example review through the app's own use-cases, exactly as a review team
 * would: the project (marked as the example), its two reviewers, the search log, one import per search,
 * de-duplication (the automatic run, then the lead reviewer's decisions on the possible pairs), the
 * screening settings, and every screening decision, conflict resolution and retrieval outcome.
 *
 * `actor` creates and owns the project (in personal mode, the local owner). The reviewers named in
 * `project.json` (ana, the lead, and ben) are created as accounts when they do not exist yet, with a
 * random password nobody knows, and added as members; the decisions are theirs.
 */
export async function loadExampleRecords(app: App, actor: Actor, options: LoadExampleOptions = {}): Promise<LoadedExample> {
  const data = await readExampleData(options.dir ?? defaultExampleDir);
  const { project: p } = data;

  const project = await createProject(app, actor, { name: p.name, title: p.title, question: p.question, isExample: true });
  const projectId = project.id;

  const reviewers = new Map<string, Actor>();
  for (const r of p.reviewers) reviewers.set(r.name, await ensureMember(app, actor, projectId, r));
  const reviewer = (name: string): Actor => {
    const found = reviewers.get(name);
    if (!found) throw new AppError('INVALID_ARGUMENT', `The example names a reviewer "${name}" that project.json does not list.`, { name });
    return found;
  };
  const lead = reviewer(p.reviewers[0]!.name);

  await updateScreeningSettings(app, actor, projectId, { ...p.screening });

  // Searches and imports, then where each export record landed.
  const recordOf = new Map<string, string>();
  for (const s of data.searches) {
    const { file, ...search } = s;
    const added = await addSearch(app, actor, projectId, search);
    const bytes = await readExampleFile(data.dir, file);
    await importFiles(app, actor, { projectId, searchId: added.id, files: [{ name: file, chunks: [bytes] }] });
    for (const [sourceKey, recordId] of await recordKeys(app, actor, projectId, added.id)) recordOf.set(`${file}\u0000${sourceKey}`, recordId);
  }
  const workOf = new Map<string, string>();
  const recordsOfWork = new Map<string, string[]>();
  for (const w of data.works) {
    const ids = w.records.map((r) => {
      const id = recordOf.get(`${r.file}\u0000${r.id}`);
      if (!id) throw new AppError('INVALID_ARGUMENT', `works.json names record ${r.id} of ${r.file}, which the import did not produce.`, { file: r.file, id: r.id, work: w.key });
      return id;
    });
    for (const id of ids) {
      if (workOf.has(id)) throw new AppError('INVALID_ARGUMENT', `works.json assigns record ${id} to two works.`, { work: w.key });
      workOf.set(id, w.key);
    }
    recordsOfWork.set(w.key, ids);
  }

  await deduplicate(app, actor, lead, projectId, workOf, recordsOfWork);

  // The record that stands for each work in screening: the first of its de-duplication group.
  const merged = new Set((await currentGroups(app, projectId)).flatMap((g) => g.slice(1)));
  const representative = new Map<string, string>();
  for (const [work, ids] of recordsOfWork) {
    const id = ids.find((x) => !merged.has(x));
    if (id) representative.set(work, id);
  }
  const recordFor = (work: string): string => {
    const id = representative.get(work);
    if (!id) throw new AppError('INVALID_ARGUMENT', `screening.json names a work "${work}" that works.json does not list.`, { work });
    return id;
  };

  const s = data.screening;
  const vote = async (stage: 'title-abstract' | 'full-text', work: string, name: string, v: ExampleVote): Promise<void> => {
    await decide(app, reviewer(name), projectId, {
      recordId: recordFor(work),
      stage,
      decision: v.decision,
      ...(v.reason ? { reasonCode: v.reason } : {}),
      ...(v.note ? { note: v.note } : {}),
    });
  };
  // Blinded, independent screening: each reviewer works through the whole set on their own.
  const screen = async (stage: 'title-abstract' | 'full-text', rows: ExampleData['screening']['titleAbstract']): Promise<void> => {
    for (const r of p.reviewers) {
      for (const row of rows) {
        const v = row[r.name];
        if (v && typeof v === 'object') await vote(stage, row.work, r.name, v);
      }
    }
  };
  const resolve = async (stage: 'title-abstract' | 'full-text', rows: ExampleData['screening']['titleAbstractResolutions']): Promise<void> => {
    for (const row of rows) {
      await resolveConflict(app, reviewer(row.by), projectId, {
        recordId: recordFor(row.work),
        stage,
        decision: row.decision,
        method: row.method,
        ...(row.reason ? { reasonCode: row.reason } : {}),
        ...(row.note ? { note: row.note } : {}),
        ...(row.with ? { with: row.with.map((name) => reviewer(name).userId) } : {}),
      });
    }
  };

  await screen('title-abstract', s.titleAbstract);
  await resolve('title-abstract', s.titleAbstractResolutions);
  for (const row of s.retrieval) {
    await recordRetrieval(app, reviewer(row.by), projectId, { recordId: recordFor(row.work), outcome: row.outcome, ...(row.note ? { note: row.note } : {}) });
  }
  await screen('full-text', s.fullText);
  await resolve('full-text', s.fullTextResolutions);

  const includedRecordIds: Record<string, string[]> = {};
  for (const w of data.works) if (w.study) includedRecordIds[w.key] = [recordFor(w.key)];
  return { projectId, includedRecordIds };
}

/** The reviewer as a member of the project, creating the account when there is none by that name. */
async function ensureMember(app: App, owner: Actor, projectId: string, r: ExampleData['project']['reviewers'][number]): Promise<Actor> {
  let existing: Actor | undefined;
  try {
    existing = await actorByName(app, r.name);
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'MEMBER_NOT_FOUND') throw error;
  }
  if (!existing) {
    // An example account: nobody knows the password, so it can act only through this loader.
    await createUser(app, owner, { name: r.name, ...(r.displayName ? { displayName: r.displayName } : {}), password: randomBytes(24).toString('base64url') });
  }
  await addMember(app, owner, projectId, { name: r.name, role: r.role });
  return existing ?? actorByName(app, r.name);
}

/**
 * Every record of a search by the id its database gave it: the accession number (Embase, ProQuest,
 * Scopus EID), the PMID, or the RIS `ID` (CINAHL, a reference manager's label).
 */
async function recordKeys(app: App, actor: Actor, projectId: string, searchId: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let offset = 0; ; ) {
    const page = await listRecords(app, actor, projectId, { searchId, offset, limit: 500, sort: 'seq' });
    for (const item of page.items) {
      const r = await getRecord(app, actor, projectId, item.id);
      for (const key of [r.record.accession, r.record.pmid, r.sourceId]) if (key) out.set(key, r.id);
    }
    offset += page.items.length;
    if (page.items.length === 0 || offset >= page.total) return out;
  }
}

/**
 * The automatic run, then the lead reviewer's decisions: each possible pair is confirmed when both
 * records report the same work and rejected otherwise. Should a future change of the de-duplication
 * rules merge two works or split one, the lead reviewer's merge and unmerge decisions put the groups
 * right, so the example always screens one record per work.
 */
async function deduplicate(
  app: App,
  actor: Actor,
  lead: Actor,
  projectId: string,
  workOf: ReadonlyMap<string, string>,
  recordsOfWork: ReadonlyMap<string, readonly string[]>,
): Promise<void> {
  await runDedup(app, actor, projectId);
  const overview = await dedupOverview(app, actor, projectId, { groupLimit: 0 });
  for (const pair of overview.queue) {
    const same = workOf.get(pair.a) !== undefined && workOf.get(pair.a) === workOf.get(pair.b);
    await decideDuplicates(app, lead, projectId, { action: same ? 'confirm' : 'reject', a: pair.a, b: pair.b });
  }

  // The app unmerges two or more records at a time (they leave together); one record of another work
  // alone in a group cannot be taken out this way, and would stay.
  for (const group of await currentGroups(app, projectId)) {
    const parts = new Map<string, string[]>();
    for (const id of group) parts.set(workOf.get(id) ?? id, [...(parts.get(workOf.get(id) ?? id) ?? []), id]);
    if (parts.size < 2) continue;
    for (const part of parts.values()) if (part.length >= 2) await decideDuplicates(app, lead, projectId, { action: 'unmerge', records: part });
  }
  const groupOf = new Map<string, number>();
  (await currentGroups(app, projectId)).forEach((g, i) => g.forEach((id) => groupOf.set(id, i)));
  for (const ids of recordsOfWork.values()) {
    if (ids.length < 2) continue;
    const places = new Set(ids.map((id) => groupOf.get(id) ?? id));
    if (places.size > 1) await decideDuplicates(app, lead, projectId, { action: 'merge', records: ids });
  }
}
