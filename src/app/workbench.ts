import { AppError } from '../core/errors.js';
import {
  applyWorkbenchEvents,
  compileScript,
  emptyWorkbenchState,
  invertWorkbenchEvent,
  isPutDoc,
  undoStacks,
  applyWorkbenchEvent,
  type HistoryEntry,
  type ScriptStep,
  type WorkbenchEvent,
  type WorkbenchState,
} from '../core/workbench/index.js';
import { eventsRepo, filesRepo, projectsRepo, type Q, type Role, type StoredEvent } from '../store/index.js';
import type { Actor } from './actors.js';
import type { App } from './context.js';
import { foldCache } from './fold-cache.js';
import { resolveProject, type Project } from './projects.js';

/**
 * The reading and synthesis of a project (studies, excerpts, constructs, grid, translations, third-order
 * constructs, appraisals, characteristics, CERQual, report texts) as one append-only log of actions. An
 * action is the list of core events one request made; its state is the fold of every action, undo and redo
 * in log order. Undo appends the inverse of the actor's latest action; redo appends the action again.
 */
export const ACTION = 'workbench.action';
export const UNDO = 'workbench.undo';
export const REDO = 'workbench.redo';
const TYPES = [ACTION, UNDO, REDO];

type Loaded = Readonly<{ seq: number; state: WorkbenchState; log: readonly HistoryEntry[]; rows: readonly StoredEvent[] }>;

// The fold is cached per app and project, and brought up to date by reading only newer rows (see fold-cache.ts).
const cache = foldCache<Loaded>();

async function loadState(app: App, db: Q, projectId: string): Promise<Loaded> {
  const cached = cache.get(app, projectId) ?? { seq: 0, state: emptyWorkbenchState, log: [], rows: [] };
  const rows = await eventsRepo.listEvents(db, { projectId, types: TYPES, afterSeq: cached.seq });
  if (rows.length === 0) return cached;
  let state = cached.state;
  const log = [...cached.log];
  const seqOf = new Map(cached.rows.map((r) => [r.id, r.seq]));
  for (const row of rows) {
    state = applyWorkbenchEvents(state, eventsOf(row));
    seqOf.set(row.id, row.seq);
    // Undo and redo name their action by its event id, not its seq, so that a project archive imported
    // into another store (where seqs differ) keeps its undo history.
    const target = seqOf.get(String(row.payload['target']));
    log.push(
      row.type === ACTION
        ? { seq: row.seq, actor: row.actorId, kind: 'action' }
        : { seq: row.seq, actor: row.actorId, kind: row.type === UNDO ? 'undo' : 'redo', target: target ?? -1 },
    );
  }
  const next: Loaded = { seq: rows[rows.length - 1]!.seq, state, log, rows: [...cached.rows, ...rows] };
  cache.set(app, projectId, next);
  return next;
}

const eventsOf = (row: StoredEvent): WorkbenchEvent[] => row.payload['events'] as WorkbenchEvent[];

export type WorkbenchView = Readonly<{
  project: Project;
  state: WorkbenchState;
  seq: number;
  canUndo: boolean;
  canRedo: boolean;
  /** What undo and redo would take back or do again (the action's label), so buttons can say so. */
  undoLabel?: string;
  redoLabel?: string;
}>;

/** The project's reading and synthesis state, for any member. */
export async function workbench(app: App, actor: Actor, projectRef: string): Promise<WorkbenchView> {
  const project = await resolveProject(app, actor, projectRef);
  const loaded = await loadState(app, app.store.db, project.id);
  const stacks = undoStacks(loaded.log, actor.userId);
  const labelOf = (seq: number | undefined): string | undefined => {
    const row = seq === undefined ? undefined : loaded.rows.find((r) => r.seq === seq);
    return row ? describeLabel(row) : undefined;
  };
  const undoLabel = labelOf(stacks.undo.at(-1));
  const redoLabel = labelOf(stacks.redo.at(-1));
  return {
    project,
    state: loaded.state,
    seq: loaded.seq,
    canUndo: stacks.undo.length > 0,
    canRedo: stacks.redo.length > 0,
    ...(undoLabel ? { undoLabel } : {}),
    ...(redoLabel ? { redoLabel } : {}),
  };
}

export type ApplyResult = Readonly<{ seq: number; events: readonly WorkbenchEvent[]; state: WorkbenchState }>;

function describeAction(events: readonly WorkbenchEvent[]): { entityType: string; entityId: string } {
  const first = events[0];
  if (!first) return { entityType: 'workbench', entityId: '-' };
  if (isPutDoc(first)) return { entityType: first.doc, entityId: first.key };
  if (first.type === 'create' || first.type === 'update') return { entityType: first.kind, entityId: first.value.id };
  if (first.type === 'delete' || first.type === 'move') return { entityType: first.kind, entityId: first.id };
  return { entityType: first.type, entityId: '-' };
}

async function append(app: App, db: Q, actor: Actor, projectId: string, type: string, events: readonly WorkbenchEvent[], extra: Record<string, unknown>): Promise<number> {
  await eventsRepo.appendEvents(db, [
    { id: app.newId('evt'), projectId, actorId: actor.userId, at: app.now(), type, ...describeAction(events), payload: { events, ...extra } },
  ]);
  const [last] = await eventsRepo.listEvents(db, { projectId, types: [type], newestFirst: true, limit: 1 });
  return last!.seq;
}

/**
 * Applies script steps as ONE action (undone as one): each step is checked against the state so far and
 * the first bad one fails the whole request, naming the step; nothing is stored then. Needs the reviewer role.
 */
export async function applySteps(app: App, actor: Actor, projectRef: string, steps: readonly ScriptStep[], options: { label?: string } = {}): Promise<ApplyResult> {
  if (!Array.isArray(steps) || steps.length === 0) throw new AppError('INVALID_ARGUMENT', 'Send at least one step.');
  if (steps.length > 20_000) throw new AppError('INVALID_ARGUMENT', 'At most 20,000 steps per request.');
  const project = await resolveProject(app, actor, projectRef, 'reviewer');
  const pageTexts = await pageTextsFor(app, project.id, steps);
  return app.store.db.transaction().execute(async (trx) => {
    await projectsRepo.lockProject(trx, project.id);
    const loaded = await loadState(app, trx, project.id);
    const meta = { actor: actor.name, at: app.now() };
    const { events, state } = compileScript(loaded.state, steps, { meta, pages: (fileId) => pageTexts.get(fileId) });
    const inverse = inverseOf(loaded.state, events);
    const seq = await append(app, trx, actor, project.id, ACTION, events, { inverse, ...(options.label ? { label: options.label } : {}) });
    return { seq, events, state };
  });
}

/** The extracted texts of the pages that `excerpt` steps quote, read before the transaction. */
async function pageTextsFor(app: App, projectId: string, steps: readonly ScriptStep[]): Promise<Map<string, string[]>> {
  const fileIds = [...new Set(steps.flatMap((s) => (s.type === 'excerpt' ? [s.fileId] : [])))];
  const out = new Map<string, string[]>();
  for (const fileId of fileIds) {
    const file = await filesRepo.getFile(app.store.db, projectId, fileId);
    if (!file) throw new AppError('ENTITY_NOT_FOUND', `No full-text file ${fileId} in this project.`, { fileId });
    if (file.status !== 'extracted') {
      throw new AppError('FILE_NOT_READY', `The text of ${file.name} is ${file.status === 'failed' ? 'not extractable' : 'still being extracted'}.`, { fileId, status: file.status });
    }
  }
  const pages = await filesRepo.pages(app.store.db, fileIds);
  for (const [fileId, list] of pages) out.set(fileId, list.map((p) => p.text));
  return out;
}

async function undoOrRedo(app: App, actor: Actor, projectRef: string, which: 'undo' | 'redo'): Promise<ApplyResult & { target: number }> {
  const project = await resolveProject(app, actor, projectRef, 'reviewer');
  return app.store.db.transaction().execute(async (trx) => {
    await projectsRepo.lockProject(trx, project.id);
    const loaded = await loadState(app, trx, project.id);
    const stacks = undoStacks(loaded.log, actor.userId);
    const target = which === 'undo' ? stacks.undo.at(-1) : stacks.redo.at(-1);
    if (target === undefined) {
      throw new AppError(which === 'undo' ? 'NOTHING_TO_UNDO' : 'NOTHING_TO_REDO', which === 'undo' ? 'Nothing of yours to undo.' : 'Nothing of yours to redo.');
    }
    const original = loaded.rows.find((r) => r.seq === target);
    if (!original) throw new AppError('INTERNAL', `Action ${target} is missing from the log.`);
    const meta = { actor: actor.name, at: app.now() };
    const source = which === 'undo' ? (original.payload['inverse'] as WorkbenchEvent[]) : eventsOf(original);
    const events = source.map((e) => ({ ...e, ...meta }));
    let state = loaded.state;
    try {
      for (const e of events) state = applyWorkbenchEvent(state, e);
    } catch (error) {
      // Someone (or a later action of yours that was not undone first) changed what this action touched.
      if (error instanceof AppError) {
        throw new AppError('UNDO_CONFLICT', `Cannot ${which} "${describeLabel(original)}": ${error.message}`, { target, cause: error.code });
      }
      throw error;
    }
    const seq = await append(app, trx, actor, project.id, which === 'undo' ? UNDO : REDO, events, { target: original.id });
    return { seq, events, state, target };
  });
}

/** The events that take back `parts` applied to `before`: each part inverted against the state it met, in reverse. */
function inverseOf(before: WorkbenchState, parts: readonly WorkbenchEvent[]): WorkbenchEvent[] {
  const inverses: WorkbenchEvent[] = [];
  let state = before;
  for (const part of parts) {
    inverses.push(invertWorkbenchEvent(state, part));
    state = applyWorkbenchEvent(state, part);
  }
  return inverses.reverse();
}

const describeLabel = (row: StoredEvent): string => (typeof row.payload['label'] === 'string' ? row.payload['label'] : `${row.entityType} ${row.entityId}`);

export const undoWorkbench = (app: App, actor: Actor, projectRef: string) => undoOrRedo(app, actor, projectRef, 'undo');
export const redoWorkbench = (app: App, actor: Actor, projectRef: string) => undoOrRedo(app, actor, projectRef, 'redo');

export type HistoryItem = Readonly<{ seq: number; kind: 'action' | 'undo' | 'redo'; actor: string; at: string; label: string; events: number; undone: boolean; target?: number }>;

/** The log, newest first, with which actions are currently undone. */
export async function workbenchHistory(app: App, actor: Actor, projectRef: string, limit = 200): Promise<HistoryItem[]> {
  const project = await resolveProject(app, actor, projectRef);
  const loaded = await loadState(app, app.store.db, project.id);
  const undone = new Set<number>();
  for (const entry of loaded.log) {
    if (entry.kind === 'undo') undone.add(entry.target);
    if (entry.kind === 'redo') undone.delete(entry.target);
  }
  return loaded.rows
    .slice(-limit)
    .reverse()
    .map((row) => ({
      seq: row.seq,
      kind: row.type === ACTION ? 'action' : row.type === UNDO ? 'undo' : 'redo',
      actor: row.actorId,
      at: row.at,
      label: describeLabel(row),
      events: eventsOf(row).length,
      undone: undone.has(row.seq),
      ...(row.payload['target'] !== undefined ? { target: loaded.rows.find((r) => r.id === row.payload['target'])?.seq ?? -1 } : {}),
    }));
}

export type { Role };
