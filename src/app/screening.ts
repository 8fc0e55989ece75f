import { z } from 'zod';
import { AppError } from '../core/errors.js';
import { createRanker, estimateStillStands, type Label, type Ranker, type RankerState, type RemainingEstimate } from '../core/ranking/index.js';
import { prismaCounts, prismaRecordsFromState, prismaSvg, type PrismaCounts, type PrismaSource } from '../core/reports/prisma/index.js';
import {
  agreementRows,
  canResolve,
  conflictQueue,
  decisionHistory,
  highlight,
  nextForReviewer,
  parseScreeningEvent,
  recordScreening,
  resolvedConflicts,
  screeningSettings,
  screeningState,
  stageAgreement,
  validateEvent,
  visibleHistory,
  visibleStageState,
  type ConflictItem,
  type ResolvedConflict,
  type HighlightSpan,
  type ScreeningEvent,
  type ScreeningSettings,
  type ScreeningSettingsInput,
  type ScreeningStage,
  type ScreeningState,
  type StageAgreement,
  type Viewer,
} from '../core/screening/index.js';
import { eventsRepo, projectsRepo, recordsRepo, searchesRepo, usersRepo, type Role, type StoredRecord } from '../store/index.js';
import { requireRole, type Actor } from './actors.js';
import { audit, withProjectLock } from './audit.js';
import type { App } from './context.js';
import { foldCache } from './fold-cache.js';
import { currentGroups } from './dedup.js';
import { resolveProject } from './projects.js';
import { parseInput } from './validate.js';
import { workbench } from './workbench.js';

/**
 * Screening use-cases. Every decision is a `screening.event` row holding a core `ScreeningEvent`;
 * the state is always the fold `screeningState(events, settings)`. Blinding is applied here, on the
 * server side, through the core's `visible*` views: no endpoint returns another reviewer's decision
 * to someone the policy hides it from.
 */
const EVENT = 'screening.event';
const SNAPSHOT = 'ranking.snapshot';

export type KeywordSettings = Readonly<{ include: readonly string[]; exclude: readonly string[] }>;

type ProjectScreening = Readonly<{
  projectId: string;
  role: Role;
  settings: ScreeningSettings;
  keywords: KeywordSettings;
  /** Records that are screened: one per de-duplication group (its first record) and every singleton. */
  recordIds: readonly string[];
  /** Records by id, read from the store when asked for (a request needs a few, or all for new features). */
  records(ids: readonly string[]): Promise<ReadonlyMap<string, StoredRecord>>;
  otherMethods: ReadonlySet<string>;
  events: readonly ScreeningEvent[];
  /** The seq of the last event in `events` (0 when none): where a writer looks for newer ones. */
  seq: number;
  state: ScreeningState;
}>;

const settingsOf = (raw: Record<string, unknown>): { settings: ScreeningSettings; keywords: KeywordSettings } => {
  const s = (raw['screening'] ?? {}) as ScreeningSettingsInput;
  const k = (raw['keywords'] ?? {}) as Partial<KeywordSettings>;
  return { settings: screeningSettings(s), keywords: { include: k.include ?? [], exclude: k.exclude ?? [] } };
};

/**
 * The project's screening events, cached per app and brought up to date by reading only the rows after
 * the last one seen (see fold-cache.ts; `append` holds the project's row lock). A decision used to read
 * every earlier decision again: with two reviewers on 10,000 records that is 20,000 rows per click.
 */
const eventCache = foldCache<Readonly<{ seq: number; events: readonly ScreeningEvent[] }>>();

async function screeningEvents(app: App, projectId: string): Promise<Readonly<{ seq: number; events: readonly ScreeningEvent[] }>> {
  const cached = eventCache.get(app, projectId) ?? { seq: 0, events: [] };
  const rows = await eventsRepo.listEvents(app.store.db, { projectId, types: [EVENT], afterSeq: cached.seq });
  if (rows.length === 0) return cached;
  const next = { seq: rows[rows.length - 1]!.seq, events: [...cached.events, ...rows.map((e) => e.payload['event'] as ScreeningEvent)] };
  eventCache.set(app, projectId, next);
  return next;
}

async function load(app: App, actor: Actor, projectRef: string, minimum: Role = 'viewer'): Promise<ProjectScreening> {
  const project = await resolveProject(app, actor, projectRef, minimum);
  const { settings, keywords } = settingsOf(project.settings);
  const [{ seq, events }, groups, searches] = await Promise.all([
    screeningEvents(app, project.id),
    currentGroups(app, project.id),
    searchesRepo.listSearches(app.store.db, project.id),
  ]);
  const otherSearches = new Set(searches.filter((s) => s.kind === 'other').map((s) => s.id));
  const duplicateOf = new Set<string>();
  for (const g of groups) for (const id of g.slice(1)) duplicateOf.add(id);
  const recordIds: string[] = [];
  const otherMethods = new Set<string>();
  // Ids and searches only: a decision on a project of 10,000 records must not read 10,000 records.
  for (const r of await recordsRepo.listRecordKeys(app.store.db, project.id)) {
    if (duplicateOf.has(r.id)) continue;
    recordIds.push(r.id);
    if (otherSearches.has(r.searchId)) otherMethods.add(r.id);
  }
  const state = screeningState(events, settings, { otherMethods });
  const records = async (ids: readonly string[]): Promise<ReadonlyMap<string, StoredRecord>> => {
    if (ids.length <= 1000) return new Map((await recordsRepo.findRecords(app.store.db, project.id, ids)).map((r) => [r.id, r]));
    // Many (the ranker's features need every record): pages in import order beat long id lists.
    const wanted = new Set(ids);
    const out = new Map<string, StoredRecord>();
    for await (const page of recordsRepo.iterateRecords(app.store.db, project.id)) for (const r of page) if (wanted.has(r.id)) out.set(r.id, r);
    return out;
  };
  return { projectId: project.id, role: project.role, settings, keywords, recordIds, records, otherMethods, events, seq, state };
}

const viewerOf = (actor: Actor, role: Role): Viewer => ({ id: actor.userId, role });

/** Settings: reviewers per record per stage, blinding, exclusion reasons, criteria, keyword lists. */
export const screeningSettingsSchema = z.object({
  reviewersPerRecord: z.object({ 'title-abstract': z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(), 'full-text': z.union([z.literal(1), z.literal(2), z.literal(3)]).optional() }).optional(),
  blinded: z.boolean().optional(),
  exclusionReasons: z.array(z.object({ code: z.string().trim().min(1).max(80), label: z.string().trim().min(1).max(300), stages: z.array(z.enum(['title-abstract', 'full-text'])).optional() })).max(100).optional(),
  reasonRequiredAtTitleAbstract: z.boolean().optional(),
  eligibilityCriteria: z.string().max(20_000).optional(),
  resolverIds: z.array(z.string()).max(20).optional(),
  keywords: z.object({ include: z.array(z.string().max(200)).max(500), exclude: z.array(z.string().max(200)).max(500) }).optional(),
});

export async function getScreeningSettings(app: App, actor: Actor, projectRef: string): Promise<{ settings: ScreeningSettings; keywords: KeywordSettings }> {
  const project = await resolveProject(app, actor, projectRef);
  return settingsOf(project.settings);
}

export async function updateScreeningSettings(app: App, actor: Actor, projectRef: string, input: z.input<typeof screeningSettingsSchema>): Promise<{ settings: ScreeningSettings; keywords: KeywordSettings }> {
  const project = await resolveProject(app, actor, projectRef, 'owner');
  const { keywords, ...rest } = parseInput(screeningSettingsSchema, input);
  const before = settingsOf(project.settings);
  const merged: ScreeningSettingsInput = { ...((project.settings['screening'] ?? {}) as ScreeningSettingsInput), ...rest };
  screeningSettings(merged); // validates; throws INVALID_ARGUMENT naming the field
  const next = { ...project.settings, screening: merged, ...(keywords ? { keywords } : {}) };
  await app.store.db.transaction().execute(async (trx) => {
    await projectsRepo.updateProjectFields(trx, project.id, { settings: next });
    await audit(app, trx, actor, { projectId: project.id, type: 'screening.settings', entityType: 'project', entityId: project.id, payload: { before, after: { screening: merged, keywords } } });
  });
  return settingsOf(next);
}

/**
 * Appends the event that `build` makes from the log as it stands under the project's lock, after
 * checking it there. `load` read the log before the lock: another request (a double click, a second
 * tab, a co-reviewer's resolution) may have written since, and an event judged on that older state
 * could record a second first decision or retract a decision already retracted. Returns the event
 * and the log with it.
 */
async function append(
  app: App,
  actor: Actor,
  s: ProjectScreening,
  build: (state: ScreeningState, events: readonly ScreeningEvent[]) => ScreeningEvent,
): Promise<Readonly<{ event: ScreeningEvent; events: readonly ScreeningEvent[] }>> {
  return withProjectLock(app, s.projectId, async (trx) => {
    const newer = await eventsRepo.listEvents(trx, { projectId: s.projectId, types: [EVENT], afterSeq: s.seq });
    const events = newer.length === 0 ? s.events : [...s.events, ...newer.map((e) => e.payload['event'] as ScreeningEvent)];
    const state = newer.length === 0 ? s.state : screeningState(events, s.settings, { otherMethods: s.otherMethods });
    const event = build(state, events);
    validateEvent(state, event);
    await audit(app, trx, actor, { projectId: s.projectId, type: EVENT, entityType: 'record', entityId: event.recordId, payload: { event } });
    return { event, events: [...events, event] };
  });
}

const ensureRecord = (s: ProjectScreening, recordId: string): void => {
  if (!s.recordIds.includes(recordId)) throw new AppError('RECORD_NOT_FOUND', `Record "${recordId}" is not among the records to screen (unknown, or merged into a duplicate group).`, { recordId });
};

export const decisionSchema = z.object({
  recordId: z.string().min(1),
  stage: z.enum(['title-abstract', 'full-text']),
  decision: z.enum(['include', 'exclude', 'maybe']),
  reasonCode: z.string().max(80).optional(),
  note: z.string().max(5000).optional(),
  /** The ranking snapshot that put the record in front of the reviewer, and its rank there. */
  snapshotId: z.string().max(100).optional(),
  rank: z.number().int().min(0).optional(),
});

/** Record (or change) the actor's decision on a record at a stage. */
/** Returns the stage as the actor may now see it (`status` is withheld while blinded). */
export async function decide(app: App, actor: Actor, projectRef: string, input: z.input<typeof decisionSchema>): Promise<{ status: string | null }> {
  const v = parseInput(decisionSchema, input);
  const s = await load(app, actor, projectRef, 'reviewer');
  ensureRecord(s, v.recordId);
  let ranking: { snapshotId: string; model?: string; trainingSetSize?: number; rank?: number } | undefined;
  if (v.snapshotId) {
    const snap = (await eventsRepo.listEvents(app.store.db, { projectId: s.projectId, types: [SNAPSHOT], entityId: v.snapshotId, limit: 1 }))[0];
    if (!snap) throw new AppError('ENTITY_NOT_FOUND', `No ranking snapshot "${v.snapshotId}".`);
    const st = snap.payload['state'] as RankerState;
    ranking = { snapshotId: v.snapshotId, model: st.config.model, trainingSetSize: st.training.length, ...(v.rank !== undefined ? { rank: v.rank } : {}) };
  }
  const at = app.now();
  const { events } = await append(app, actor, s, (state) => {
    // A first decision or a change of one: judged on the log under the lock, so that two quick
    // submissions of the same first decision become a decision and a change, never two decisions.
    const stage = recordScreening(state, v.recordId)[v.stage === 'title-abstract' ? 'titleAbstract' : 'fullText'];
    const has = stage.decisions.some((d) => d.reviewerId === actor.userId);
    return parseScreeningEvent({
      type: has ? 'decision-change' : 'decision',
      recordId: v.recordId,
      stage: v.stage,
      reviewerId: actor.userId,
      decision: v.decision,
      ...(v.reasonCode ? { reasonCode: v.reasonCode } : {}),
      ...(v.note ? { note: v.note } : {}),
      at,
      ...(ranking ? { ranking } : {}),
    });
  });
  const after = screeningState(events, s.settings, { otherMethods: s.otherMethods });
  return { status: visibleStageState(after, v.recordId, v.stage, viewerOf(actor, s.role), s.settings).status ?? null };
}

/** Undo the actor's last decision at a stage (the decision beneath it, if any, becomes current again). */
export async function undoLastDecision(app: App, actor: Actor, projectRef: string, stage: ScreeningStage): Promise<{ recordId: string }> {
  const s = await load(app, actor, projectRef, 'reviewer');
  const { event } = await append(app, actor, s, (_state, events) => {
    // The reviewer's latest decision or change at this stage that has not been retracted since, in the
    // log as it is under the lock (two quick undos retract two decisions, not one twice).
    const mine = events.filter((e): e is Extract<ScreeningEvent, { reviewerId: string }> => 'reviewerId' in e && e.reviewerId === actor.userId && e.stage === stage);
    const pending: Extract<ScreeningEvent, { reviewerId: string }>[] = [];
    for (const e of mine) {
      if (e.type === 'decision-retraction') {
        const i = pending.map((p) => p.recordId).lastIndexOf(e.recordId);
        if (i >= 0) pending.splice(i, 1);
      } else pending.push(e);
    }
    const last = pending[pending.length - 1];
    if (!last) throw new AppError('NOTHING_TO_UNDO', 'You have no decision at this stage left to undo.');
    return { type: 'decision-retraction', recordId: last.recordId, stage, reviewerId: actor.userId, at: app.now() };
  });
  return { recordId: event.recordId };
}

export const resolutionSchema = z.object({
  recordId: z.string().min(1),
  stage: z.enum(['title-abstract', 'full-text']),
  decision: z.enum(['include', 'exclude']),
  reasonCode: z.string().max(80).optional(),
  note: z.string().max(5000).optional(),
  method: z.enum(['third-reviewer', 'consensus']).default('third-reviewer'),
  /** For consensus: user ids of everyone who took part (the actor is always included). */
  with: z.array(z.string()).max(10).optional(),
});

export async function resolveConflict(app: App, actor: Actor, projectRef: string, input: z.input<typeof resolutionSchema>): Promise<void> {
  const v = parseInput(resolutionSchema, input);
  const s = await load(app, actor, projectRef, 'reviewer');
  if (!canResolve(viewerOf(actor, s.role), s.settings)) throw new AppError('AUTH_FORBIDDEN', 'Only owners and designated resolvers can resolve conflicts.');
  ensureRecord(s, v.recordId);
  await append(app, actor, s, () => ({
    type: 'resolution',
    recordId: v.recordId,
    stage: v.stage,
    decision: v.decision,
    ...(v.reasonCode ? { reasonCode: v.reasonCode } : {}),
    ...(v.note ? { note: v.note } : {}),
    method: v.method,
    resolverIds: [...new Set([actor.userId, ...(v.with ?? [])])],
    at: app.now(),
  }));
}

export async function recordRetrieval(app: App, actor: Actor, projectRef: string, input: { recordId: string; outcome: 'retrieved' | 'not-retrieved'; note?: string }): Promise<void> {
  const s = await load(app, actor, projectRef, 'reviewer');
  ensureRecord(s, input.recordId);
  if (input.outcome !== 'retrieved' && input.outcome !== 'not-retrieved') throw new AppError('INVALID_ARGUMENT', 'outcome is retrieved or not-retrieved.');
  await append(app, actor, s, () => ({ type: 'retrieval', recordId: input.recordId, outcome: input.outcome, actorId: actor.userId, ...(input.note ? { note: input.note } : {}), at: app.now() }));
}

export type RetrievalItem = Readonly<{ recordId: string; title: string | null; authors: string; year: number | null; journal: string | null; doi: string | null; status: string }>;

/**
 * Reports sought for retrieval (PRISMA): records included at title/abstract (or found by other methods)
 * whose full text has not been recorded as retrieved or not retrieved yet, then those already recorded.
 */
export async function retrievalList(app: App, actor: Actor, projectRef: string): Promise<{ pending: RetrievalItem[]; recorded: RetrievalItem[] }> {
  const s = await load(app, actor, projectRef, 'reviewer');
  const pending: RetrievalItem[] = [];
  const recorded: RetrievalItem[] = [];
  const sought = s.recordIds.filter((id) => recordScreening(s.state, id).retrieval.status !== 'not-sought');
  const records = await s.records(sought);
  for (const id of sought) {
    const status = recordScreening(s.state, id).retrieval.status;
    const r = records.get(id)!.record;
    const item = { recordId: id, title: r.title ?? null, authors: r.authors.map((a) => a.literal ?? a.family).join(', '), year: r.year ?? null, journal: r.journal ?? null, doi: r.doi ?? null, status };
    (status === 'pending' ? pending : recorded).push(item);
  }
  return { pending, recorded };
}

// ---- the reviewer's queue, ordered by the active-learning ranker -----------------------------------

type CachedRanker = { key: string; ranker: Ranker };
const rankers = new Map<string, CachedRanker>();

/** Features are extracted once per set of records (TF-IDF over titles and abstracts), then refitted per request. */
async function rankerFor(s: ProjectScreening): Promise<Ranker> {
  const key = `${s.recordIds.length}:${s.recordIds[0] ?? ''}:${s.recordIds[s.recordIds.length - 1] ?? ''}:${s.keywords.include.join('|')}:${s.keywords.exclude.join('|')}`;
  let cached = rankers.get(s.projectId);
  if (!cached || cached.key !== key) {
    const records = await s.records(s.recordIds);
    const docs = s.recordIds.map((id) => {
      const r = records.get(id)?.record;
      return { id, ...(r?.title ? { title: r.title } : {}), ...(r?.abstract ? { abstract: r.abstract } : {}) };
    });
    cached = { key, ranker: createRanker(docs, { includeTerms: [...s.keywords.include], excludeTerms: [...s.keywords.exclude] }) };
    rankers.set(s.projectId, cached);
  }
  return cached.ranker;
}

type CachedEstimate = Readonly<{ labels: ReadonlyMap<string, Label>; estimate: RemainingEstimate }>;
const estimates = new WeakMap<Ranker, Map<string, CachedEstimate>>();

/**
 * The stopping aid for one reviewer at one stage, reused while it still stands (estimateStillStands:
 * at 10,000 records it costs 0.8-0.9 s, four times the refit and re-rank). `decisions` says how many
 * decisions it was computed from.
 */
function stoppingEstimate(ranker: Ranker, key: string, labels: ReadonlyMap<string, Label>): RemainingEstimate & Readonly<{ decisions: number }> {
  let perRanker = estimates.get(ranker);
  if (perRanker === undefined) estimates.set(ranker, (perRanker = new Map<string, CachedEstimate>()));
  const cached = perRanker.get(key);
  if (cached !== undefined && estimateStillStands(cached.labels, labels)) return { ...cached.estimate, decisions: cached.labels.size };
  const estimate = ranker.estimateRemainingRelevant(labels);
  perRanker.set(key, { labels: new Map(labels), estimate });
  return { ...estimate, decisions: labels.size };
}

export type QueueItem = Readonly<{
  recordId: string;
  rank: number;
  title: string | null;
  abstract: string | null;
  authors: string;
  year: number | null;
  journal: string | null;
  highlights: Readonly<{ title: readonly HighlightSpan[]; abstract: readonly HighlightSpan[] }>;
}>;

export type ScreeningQueue = Readonly<{
  stage: ScreeningStage;
  items: readonly QueueItem[];
  snapshotId: string;
  progress: Readonly<{ total: number; decidedByMe: number; leftForMe: number }>;
  /**
   * Stopping aid: estimated relevant records among those this reviewer has not screened, computed
   * from `decisions` of their decisions (see stoppingEstimate).
   */
  estimate: Readonly<{ estimate: number; low: number; high: number; method: string; decisions: number }>;
  criteria: string;
  reasons: ScreeningSettings['exclusionReasons'];
  reviewersPerRecord: number;
  blinded: boolean;
}>;

export async function screeningQueue(app: App, actor: Actor, projectRef: string, stage: ScreeningStage, limit = 20): Promise<ScreeningQueue> {
  const s = await load(app, actor, projectRef, 'reviewer');
  const ranker = await rankerFor(s);
  // Train on what this reviewer may see: their own decisions, and finals reached by resolution that the
  // blinding policy shows them. Other reviewers' votes never steer their order.
  const labels = new Map<string, Label>();
  for (const id of s.recordIds) {
    const st = recordScreening(s.state, id)[stage === 'title-abstract' ? 'titleAbstract' : 'fullText'];
    const mine = st.decisions.find((d) => d.reviewerId === actor.userId);
    if (mine && mine.decision !== 'maybe') labels.set(id, mine.decision === 'include' ? 1 : 0);
  }
  ranker.fit(labels);
  const state = ranker.state();
  const snapshotId = `rs_${state.vocabularyHash.slice(0, 8)}_${state.training.length}_${hashTraining(state)}`;
  const existing = await eventsRepo.listEvents(app.store.db, { projectId: s.projectId, types: [SNAPSHOT], entityId: snapshotId, limit: 1 });
  if (existing.length === 0) {
    await app.store.db.transaction().execute((trx) => audit(app, trx, actor, { projectId: s.projectId, type: SNAPSHOT, entityType: 'ranking', entityId: snapshotId, payload: { state } }));
  }
  const ordered = ranker.order(new Set(labels.keys()));
  const next = nextForReviewer(s.state, actor.userId, stage, ordered, limit);
  const terms = { include: s.keywords.include, exclude: s.keywords.exclude };
  const records = await s.records(next);
  const items = next.map((id) => {
    const r = records.get(id)!.record;
    return {
      recordId: id,
      rank: ordered.indexOf(id),
      title: r.title ?? null,
      abstract: r.abstract ?? null,
      authors: r.authors.map((a) => a.literal ?? a.family).join(', '),
      year: r.year ?? null,
      journal: r.journal ?? null,
      highlights: { title: r.title ? highlight(r.title, terms) : [], abstract: r.abstract ? highlight(r.abstract, terms) : [] },
    };
  });
  const open = nextForReviewer(s.state, actor.userId, stage, s.recordIds).length;
  const stageOf = (id: string) => recordScreening(s.state, id)[stage === 'title-abstract' ? 'titleAbstract' : 'fullText'];
  // Progress counts the records that have reached this stage, not every record of the project.
  const atStage = s.recordIds.filter((id) => !['not-open', 'skipped'].includes(stageOf(id).status));
  const decided = atStage.filter((id) => stageOf(id).decisions.some((d) => d.reviewerId === actor.userId)).length;
  // With nothing left for this reviewer there is nothing to estimate (the model's estimate would be about others' records).
  const estimate =
    open === 0
      ? { estimate: 0, low: 0, high: 0, method: 'nothing left to screen', decisions: labels.size }
      : stoppingEstimate(ranker, `${stage}:${actor.userId}`, labels);
  return {
    stage,
    items,
    snapshotId,
    progress: { total: atStage.length, decidedByMe: decided, leftForMe: open },
    estimate,
    criteria: s.settings.eligibilityCriteria,
    reasons: s.settings.exclusionReasons.filter((r) => !r.stages || r.stages.includes(stage)),
    reviewersPerRecord: s.settings.reviewersPerRecord[stage],
    blinded: s.settings.blinded,
  };
}

function hashTraining(state: RankerState): string {
  let h = 2166136261;
  for (const [id, label] of state.training) {
    for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
    h = Math.imul(h ^ label, 16777619);
  }
  return (h >>> 0).toString(36);
}

/** One record as the actor may see it: their own decision, and others' only where blinding allows. */
export async function screeningRecord(app: App, actor: Actor, projectRef: string, recordId: string, stage: ScreeningStage) {
  const s = await load(app, actor, projectRef, 'viewer');
  ensureRecord(s, recordId);
  const viewer = viewerOf(actor, s.role);
  const record = (await s.records([recordId])).get(recordId);
  const terms = { include: s.keywords.include, exclude: s.keywords.exclude };
  return {
    record: record!.record,
    state: visibleStageState(s.state, recordId, stage, viewer, s.settings),
    history: visibleHistory(decisionHistory(s.events, recordId, stage), s.state, recordId, stage, viewer, s.settings),
    highlights: { title: record!.record.title ? highlight(record!.record.title, terms) : [], abstract: record!.record.abstract ? highlight(record!.record.abstract, terms) : [] },
  };
}

/** The conflict queue (owners and resolvers only: it exists to be resolved). */
/** The project's screening for someone who may see and settle conflicts: owners and designated resolvers. */
async function loadForResolver(app: App, actor: Actor, projectRef: string): Promise<{ s: ProjectScreening; viewer: Viewer }> {
  const s = await load(app, actor, projectRef, 'reviewer');
  const viewer = viewerOf(actor, s.role);
  if (!canResolve(viewer, s.settings)) throw new AppError('AUTH_FORBIDDEN', 'Only owners and designated resolvers see the conflict queue.');
  return { s, viewer };
}

/** Conflict items with their record's title and the reviewers' decisions as the blinding policy shows them. */
async function withDecisions<T extends Readonly<{ recordId: string; stage: ScreeningStage }>>(s: ProjectScreening, viewer: Viewer, items: readonly T[]): Promise<(T & { title: string | null; decisions: unknown })[]> {
  const records = await s.records([...new Set(items.map((item) => item.recordId))]);
  return items.map((item) => ({
    ...item,
    title: records.get(item.recordId)?.record.title ?? null,
    decisions: visibleStageState(s.state, item.recordId, item.stage, viewer, s.settings).decisions,
  }));
}

export async function conflicts(app: App, actor: Actor, projectRef: string, stage?: ScreeningStage): Promise<(ConflictItem & { title: string | null; decisions: unknown })[]> {
  const { s, viewer } = await loadForResolver(app, actor, projectRef);
  return withDecisions(s, viewer, conflictQueue(s.state, stage));
}

/**
 * The conflicts already settled, newest first, with each record's title, the reviewers' decisions (as
 * the blinding policy shows them to this person) and the resolution in force: who settled it, how and
 * when. For the same people as the conflict queue.
 */
export async function settledConflicts(app: App, actor: Actor, projectRef: string, stage?: ScreeningStage): Promise<(ResolvedConflict & { title: string | null; decisions: unknown })[]> {
  const { s, viewer } = await loadForResolver(app, actor, projectRef);
  return withDecisions(s, viewer, resolvedConflicts(s.state, stage));
}

/** Agreement per stage. While blinded, only owners see it (the statistics summarise others' calls). */
export async function agreement(app: App, actor: Actor, projectRef: string): Promise<{ stages: StageAgreement[]; csv: string[][] }> {
  const s = await load(app, actor, projectRef, 'viewer');
  if (s.settings.blinded && s.role !== 'owner') throw new AppError('BLINDED', 'Agreement statistics are shown to owners only while screening is blinded.');
  const stages = (['title-abstract', 'full-text'] as const).map((st) => stageAgreement(s.state, st));
  const members = await usersRepo.listMembers(app.store.db, s.projectId);
  const names = new Map(members.map((m) => [m.id, m.name]));
  return { stages, csv: agreementRows(stages, { reviewerName: (id: string) => names.get(id) ?? id }) };
}

/** The PRISMA 2020 flow: every count computed from the search log, de-duplication and screening. */
export async function prisma(app: App, actor: Actor, projectRef: string): Promise<{ counts: PrismaCounts; svg: string }> {
  const s = await load(app, actor, projectRef, 'viewer');
  if (s.settings.blinded && s.role !== 'owner') await requireRole(app, s.projectId, actor, 'owner');
  // Reports grouped into studies count once in "studies included".
  const { state: reading } = await workbench(app, actor, s.projectId);
  const studyOf = new Map(reading.synthesis.studies.flatMap((st) => st.reportIds.map((r) => [r, st.id] as const)));
  const [searches, bySearch, total] = await Promise.all([
    searchesRepo.listSearches(app.store.db, s.projectId),
    searchesRepo.countRecordsBySearch(app.store.db, s.projectId),
    recordsRepo.countRecords(app.store.db, s.projectId),
  ]);
  const sources: PrismaSource[] = searches.map((x) => ({ name: x.source, kind: x.kind, ...(x.platform ? { platform: x.platform } : {}), records: bySearch.get(x.id) ?? 0 }));
  const counts = prismaCounts({
    sources,
    removedBeforeScreening: { duplicates: total - s.recordIds.length },
    records: prismaRecordsFromState(s.state, s.recordIds, (id) => studyOf.get(id)),
    reasons: s.settings.exclusionReasons.map((r) => ({ code: r.code, label: r.label })),
  });
  return { counts, svg: prismaSvg(counts) };
}

/** The records included at full text (the reports that go on to reading and synthesis), in import order. */
export async function includedRecords(app: App, actor: Actor, projectRef: string): Promise<StoredRecord[]> {
  const p = await load(app, actor, projectRef);
  const included = p.recordIds.filter((id) => p.state.records.get(id)?.fullText.final?.decision === 'include');
  const records = await p.records(included);
  return included.map((id) => records.get(id)!);
}
