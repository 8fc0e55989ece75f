import {
  applyDedupEvents,
  canonicalWithProvenance,
  confirmPossibleEvent,
  deduplicate,
  mergeEvent,
  rejectPossibleEvent,
  undoEvent,
  unmergeEvent,
  type DedupEvent,
  type DedupRecord,
  type DedupResult,
  type DedupState,
  type PairVerdict,
} from '../core/dedup/index.js';
import { AppError } from '../core/errors.js';
import type { BibRecord } from '../core/records/record.js';
import { eventsRepo, recordsRepo, searchesRepo, type StoredRecord } from '../store/index.js';
import type { Actor } from './actors.js';
import { auditLocked } from './audit.js';
import type { App } from './context.js';
import { foldCache } from './fold-cache.js';
import { resolveProject } from './projects.js';

/**
 * De-duplication of a project. An automatic run is stored as one `dedup.run` event (its groups,
 * links and possible pairs with their evidence); every human decision (merge, unmerge, confirm or
 * reject a possible pair, undo) is a `dedup.decision` event. The current groups are always
 * `applyDedupEvents(latest run, all decisions)`: no record is ever deleted, and undo restores the
 * exact previous state.
 */
const RUN = 'dedup.run';
const DECISION = 'dedup.decision';

export type DedupRunSummary = Readonly<{ records: number; groups: number; duplicates: number; possible: number; seconds: number; at: string }>;

async function loadRecords(app: App, projectId: string): Promise<StoredRecord[]> {
  const out: StoredRecord[] = [];
  for await (const page of recordsRepo.iterateRecords(app.store.db, projectId)) out.push(...page);
  return out;
}

const toDedup = (r: StoredRecord): DedupRecord => ({ ...r.record, id: r.id });

export async function runDedup(app: App, actor: Actor, projectRef: string): Promise<DedupRunSummary> {
  const project = await resolveProject(app, actor, projectRef, 'owner');
  const records = await loadRecords(app, project.id);
  // A database or register search lists each item once: its records carry the search as their export,
  // which keeps two same-export records without locators apart (see DedupRecord.origin). Hand searches,
  // citation chasing and reference-manager libraries can list an item twice, so theirs carry none.
  const listsOnce = new Set(
    (await searchesRepo.listSearches(app.store.db, project.id)).filter((s) => s.kind === 'database' || s.kind === 'register').map((s) => s.id),
  );
  const t = performance.now();
  const result = deduplicate(records.map((r) => (listsOnce.has(r.searchId) ? { ...toDedup(r), origin: r.searchId } : toDedup(r))));
  const seconds = (performance.now() - t) / 1000;
  const summary: DedupRunSummary = {
    records: records.length,
    groups: result.groups.length,
    duplicates: result.groups.reduce((n, g) => n + g.length - 1, 0),
    possible: result.possible.length,
    seconds: Number(seconds.toFixed(2)),
    at: app.now(),
  };
  await auditLocked(app, actor, { projectId: project.id, type: RUN, entityType: 'project', entityId: project.id, payload: { summary, result: { groups: result.groups, links: result.links, possible: result.possible } } });
  return summary;
}

type Folded = Readonly<{
  runSeq: number;
  auto: DedupResult;
  run: DedupRunSummary | null;
  seq: number;
  events: readonly DedupEvent[];
  state: DedupState;
}>;

/**
 * The current de-duplication state, cached per app and project (see fold-cache.ts). Screening asks for
 * the groups on every request, and the latest run's payload (every link with its evidence) is large: it
 * is read again only when a newer run exists, and decisions only after the last seq seen.
 */
const folds = foldCache<Folded>();

/** The latest automatic run, read whole (its payload is the large part). */
async function latestRun(app: App, projectId: string): Promise<Pick<Folded, 'runSeq' | 'auto' | 'run'>> {
  const latest = (await eventsRepo.listEvents(app.store.db, { projectId, types: [RUN], newestFirst: true, limit: 1 }))[0];
  if (latest === undefined) return { runSeq: 0, auto: { groups: [], links: [], possible: [] }, run: null };
  return { runSeq: latest.seq, auto: latest.payload['result'] as DedupResult, run: latest.payload['summary'] as DedupRunSummary };
}

async function currentState(app: App, projectId: string): Promise<Folded> {
  const cached = folds.get(app, projectId);
  const [runSeq, rows] = await Promise.all([
    eventsRepo.latestSeq(app.store.db, projectId, [RUN]),
    eventsRepo.listEvents(app.store.db, { projectId, types: [DECISION], afterSeq: cached?.seq ?? 0 }),
  ]);
  if (cached !== undefined && cached.runSeq === runSeq && rows.length === 0) return cached;
  const base = cached !== undefined && cached.runSeq === runSeq ? cached : await latestRun(app, projectId);
  const events = [...(cached?.events ?? []), ...rows.map((e) => e.payload['event'] as DedupEvent)];
  const seq = rows.at(-1)?.seq ?? cached?.seq ?? 0;
  const next: Folded = { runSeq: base.runSeq, auto: base.auto, run: base.run, seq, events, state: applyDedupEvents(base.auto, events) };
  folds.set(app, projectId, next);
  return next;
}

export type DedupOverview = Readonly<{
  run: DedupRunSummary | null;
  records: number;
  groups: readonly { ids: readonly string[]; canonical: BibRecord }[];
  /** Possible duplicates nobody has decided yet: the review queue. */
  queue: readonly PairVerdict[];
  decided: number;
  /** Records left after merging each group to one: what screening sees. */
  unique: number;
}>;

export async function dedupOverview(app: App, actor: Actor, projectRef: string, options: { groupLimit?: number } = {}): Promise<DedupOverview> {
  const project = await resolveProject(app, actor, projectRef);
  const { state, run } = await currentState(app, project.id);
  const total = await recordsRepo.countRecords(app.store.db, project.id);
  const limit = options.groupLimit ?? 200;
  const groups: { ids: readonly string[]; canonical: BibRecord }[] = [];
  for (const ids of state.groups.slice(0, limit)) {
    const members: DedupRecord[] = [];
    for (const id of ids) {
      const r = await recordsRepo.findRecord(app.store.db, project.id, id);
      if (r) members.push(toDedup(r));
    }
    groups.push({ ids, canonical: canonicalWithProvenance(members).record });
  }
  const decided = new Set(state.decisions.map((d) => `${d.a}|${d.b}`));
  const queue = state.possible.filter((p) => !decided.has(`${p.a}|${p.b}`) && !decided.has(`${p.b}|${p.a}`));
  return {
    run,
    records: total,
    groups,
    queue,
    decided: state.decisions.length,
    unique: total - state.groups.reduce((n, g) => n + g.length - 1, 0),
  };
}

export type DedupDecisionInput =
  | Readonly<{ action: 'merge' | 'unmerge'; records: readonly string[] }>
  | Readonly<{ action: 'confirm' | 'reject'; a: string; b: string }>;

export async function decideDuplicates(app: App, actor: Actor, projectRef: string, input: DedupDecisionInput): Promise<DedupEvent> {
  const project = await resolveProject(app, actor, projectRef, 'reviewer');
  const ids = 'records' in input ? [...input.records] : [input.a, input.b];
  if (new Set(ids).size < 2) throw new AppError('DEDUP_SELF_MERGE', 'Name at least two different records.');
  for (const id of ids) {
    if (!(await recordsRepo.findRecord(app.store.db, project.id, id))) throw new AppError('RECORD_NOT_FOUND', `No record "${id}" in this project.`, { recordId: id });
  }
  const meta = { id: app.newId('dd'), actor: actor.userId, at: app.now() };
  const event =
    input.action === 'merge'
      ? mergeEvent(meta, ids)
      : input.action === 'unmerge'
        ? unmergeEvent(meta, ids)
        : input.action === 'confirm'
          ? confirmPossibleEvent(meta, ids[0]!, ids[1]!)
          : rejectPossibleEvent(meta, ids[0]!, ids[1]!);
  await auditLocked(app, actor, { projectId: project.id, type: DECISION, entityType: 'record', entityId: ids[0]!, payload: { event } });
  return event;
}

/** Undo the actor's most recent de-duplication decision that is still in effect. */
export async function undoDedupDecision(app: App, actor: Actor, projectRef: string): Promise<DedupEvent> {
  const project = await resolveProject(app, actor, projectRef, 'reviewer');
  const { state, events } = await currentState(app, project.id);
  const applied = new Set(state.applied);
  const target = [...events].reverse().find((e) => e.actor === actor.userId && e.type !== 'undo' && applied.has(e.id));
  if (!target) throw new AppError('NOTHING_TO_UNDO', 'You have no de-duplication decision left to undo.');
  const event = undoEvent({ id: app.newId('dd'), actor: actor.userId, at: app.now() }, target.id);
  await auditLocked(app, actor, { projectId: project.id, type: DECISION, entityType: 'record', entityId: target.id, payload: { event } });
  return event;
}

/** Group ids of every record (duplicates share their group's first record as representative). */
export async function currentGroups(app: App, projectId: string): Promise<readonly (readonly string[])[]> {
  return (await currentState(app, projectId)).state.groups;
}

export type PairComparison = Readonly<{ verdict: PairVerdict; a: StoredRecord; b: StoredRecord }>;

/** Side-by-side view of a possible pair for the review queue. */
export async function comparePair(app: App, actor: Actor, projectRef: string, a: string, b: string): Promise<PairComparison> {
  const project = await resolveProject(app, actor, projectRef);
  const [ra, rb] = await Promise.all([recordsRepo.findRecord(app.store.db, project.id, a), recordsRepo.findRecord(app.store.db, project.id, b)]);
  if (!ra || !rb) throw new AppError('RECORD_NOT_FOUND', 'One of the two records does not exist.', { a, b });
  const { state } = await currentState(app, project.id);
  const verdict = state.possible.find((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a));
  if (!verdict) throw new AppError('DEDUP_LINK_NOT_FOUND', 'These two records are not a possible-duplicate pair.', { a, b });
  return { verdict, a: ra, b: rb };
}
