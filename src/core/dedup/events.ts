/**
 * Manual de-duplication decisions as plain event values, and a pure fold that applies them on top of
 * an automatic result. The app layer stores the events (append-only, with actor and time); the
 * current groups are always recomputed as `applyDedupEvents(autoResult, events)`, so:
 *   - manual decisions override automatic ones, and keep doing so when the automatic result is
 *     recomputed after a new import;
 *   - undo is an event that cancels an earlier one (an undo of an undo restores it), and the state
 *     after undoing an event is exactly the state the remaining events give.
 */
import { AppError } from '../errors.js';
import type { DedupResult, PairVerdict } from './types.js';

type EventBase = Readonly<{
  /** Unique id of the event (the store's key; an undo names it). */
  id: string;
  actor: string;
  /** ISO 8601 time, passed in by the caller (core has no clock). */
  at: string;
  note?: string;
}>;

/** Put these records in one group (joining the groups they are in). */
export type MergeEvent = EventBase & Readonly<{ type: 'merge'; records: readonly string[] }>;
/** Take these records out of their groups; two or more of them stay together as a new group. */
export type UnmergeEvent = EventBase & Readonly<{ type: 'unmerge'; records: readonly string[] }>;
/** A possible pair is a duplicate: their groups are joined and the pair leaves the queue. */
export type ConfirmPossibleEvent = EventBase & Readonly<{ type: 'confirm-possible'; a: string; b: string }>;
/** A possible pair is not a duplicate: it leaves the queue; groups are unchanged. */
export type RejectPossibleEvent = EventBase & Readonly<{ type: 'reject-possible'; a: string; b: string }>;
/** Cancel an earlier event (an undo of an undo restores the event). */
export type UndoEvent = EventBase & Readonly<{ type: 'undo'; target: string }>;

export type DedupEvent = MergeEvent | UnmergeEvent | ConfirmPossibleEvent | RejectPossibleEvent | UndoEvent;

type Meta = Readonly<{ id: string; actor: string; at: string; note?: string }>;

const withNote = (meta: Meta): EventBase => (meta.note === undefined ? { id: meta.id, actor: meta.actor, at: meta.at } : { ...meta });

function distinctIds(records: readonly string[], what: string): string[] {
  const ids = [...new Set(records)];
  if (ids.length < records.length || ids.length < 2) {
    throw new AppError('DEDUP_SELF_MERGE', `A ${what} needs two or more different records.`, { records: [...records] });
  }
  return ids;
}

/** A merge event; throws DEDUP_SELF_MERGE for fewer than two different records. */
export function mergeEvent(meta: Meta, records: readonly string[]): MergeEvent {
  return { ...withNote(meta), type: 'merge', records: distinctIds(records, 'merge') };
}

/** An unmerge event for one or more records. */
export function unmergeEvent(meta: Meta, records: readonly string[]): UnmergeEvent {
  if (records.length === 0) throw new AppError('INVALID_ARGUMENT', 'An unmerge names at least one record.');
  return { ...withNote(meta), type: 'unmerge', records: [...new Set(records)] };
}

export function confirmPossibleEvent(meta: Meta, a: string, b: string): ConfirmPossibleEvent {
  distinctIds([a, b], 'decision on a pair');
  return { ...withNote(meta), type: 'confirm-possible', a, b };
}

export function rejectPossibleEvent(meta: Meta, a: string, b: string): RejectPossibleEvent {
  distinctIds([a, b], 'decision on a pair');
  return { ...withNote(meta), type: 'reject-possible', a, b };
}

export function undoEvent(meta: Meta, target: string): UndoEvent {
  return { ...withNote(meta), type: 'undo', target };
}

export type DedupDecision = Readonly<{ a: string; b: string; decision: 'confirmed' | 'rejected'; event: string; actor: string; at: string }>;

/** The current state: a DedupResult (same invariants) plus the decided pairs and the events used. */
export type DedupState = DedupResult &
  Readonly<{
    decisions: readonly DedupDecision[];
    /** Ids of the events in effect (not undone), in order. */
    applied: readonly string[];
    /** Ids of events that could not apply (an undo of an unknown event, a duplicate event id). */
    ignored: readonly string[];
  }>;

const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
const ordered = (a: string, b: string): [string, string] => (a < b ? [a, b] : [b, a]);

/** Events in effect: those not cancelled by an undo that is itself in effect. */
function activeEvents(events: readonly DedupEvent[]): { active: DedupEvent[]; ignored: string[] } {
  const ignored: string[] = [];
  const position = new Map<string, number>();
  events.forEach((e, i) => {
    if (position.has(e.id)) ignored.push(e.id);
    else position.set(e.id, i);
  });
  const cancelled = new Set<number>();
  // Walk backwards: when an undo is reached, every later undo that could cancel it is known.
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (!e || e.type !== 'undo' || cancelled.has(i) || position.get(e.id) !== i) continue;
    const t = position.get(e.target);
    if (t === undefined || t >= i) ignored.push(e.id);
    else cancelled.add(t);
  }
  const active = events.filter((e, i) => e.type !== 'undo' && !cancelled.has(i) && position.get(e.id) === i);
  return { active, ignored };
}

/** Mutable partition of record ids into groups, by group number. */
class Partition {
  private readonly groupOf = new Map<string, number>();
  private readonly members = new Map<number, Set<string>>();
  private next = 0;

  constructor(groups: readonly (readonly string[])[]) {
    for (const g of groups) this.add(g);
  }

  private add(ids: Iterable<string>): void {
    const n = this.next++;
    const set = new Set<string>();
    for (const id of ids) {
      set.add(id);
      this.groupOf.set(id, n);
    }
    this.members.set(n, set);
  }

  private detach(id: string): void {
    const g = this.groupOf.get(id);
    if (g === undefined) return;
    const set = this.members.get(g);
    set?.delete(id);
    this.groupOf.delete(id);
    if (set && set.size < 2) {
      for (const rest of set) this.groupOf.delete(rest);
      this.members.delete(g);
    }
  }

  same(a: string, b: string): boolean {
    const g = this.groupOf.get(a);
    return g !== undefined && g === this.groupOf.get(b);
  }

  /** Join the groups of these records (records in no group join as well). */
  merge(ids: readonly string[]): void {
    const all = new Set<string>();
    for (const id of ids) {
      const g = this.groupOf.get(id);
      if (g === undefined) all.add(id);
      else for (const m of this.members.get(g) ?? []) all.add(m);
    }
    for (const id of all) this.detach(id);
    if (all.size >= 2) this.add(all);
  }

  /** Take records out of their groups; two or more of them form a group of their own. */
  split(ids: readonly string[]): void {
    for (const id of ids) this.detach(id);
    if (ids.length >= 2) this.add(ids);
  }

  groups(): string[][] {
    return [...this.members.values()]
      .filter((s) => s.size >= 2)
      .map((s) => [...s].sort())
      .sort((x, y) => ((x[0] ?? '') < (y[0] ?? '') ? -1 : 1));
  }
}

const byPair = (x: Readonly<{ a: string; b: string }>, y: Readonly<{ a: string; b: string }>): number =>
  x.a !== y.a ? (x.a < y.a ? -1 : 1) : x.b < y.b ? -1 : x.b > y.b ? 1 : 0;

function manualLink(a: string, b: string, e: DedupEvent, rule: string, base?: PairVerdict): PairVerdict {
  const [x, y] = ordered(a, b);
  const note = `${rule === 'manual-merge' ? 'merged' : 'confirmed'} by ${e.actor} at ${e.at}${e.note ? `: ${e.note}` : ''}`;
  return {
    a: x,
    b: y,
    score: base?.score ?? 0,
    class: 'duplicate',
    evidence: [...(base?.evidence ?? []), { field: 'decision', similarity: 1, weight: 0, note }],
    rule,
  };
}

/**
 * Apply manual decisions to an automatic result. Pure: the same result and events always give the
 * same state. Events that cannot apply are listed in `ignored`, never thrown.
 *
 * @example
 * const state = applyDedupEvents(deduplicate(records), storedEvents);
 */
export function applyDedupEvents(auto: DedupResult, events: readonly DedupEvent[]): DedupState {
  const { active, ignored } = activeEvents(events);
  const partition = new Partition(auto.groups);
  const possibleByPair = new Map(auto.possible.map((v) => [pairKey(v.a, v.b), v]));
  const decided = new Map<string, DedupDecision>();
  const manual: PairVerdict[] = [];

  for (const e of active) {
    switch (e.type) {
      case 'merge': {
        partition.merge(e.records);
        const [first, ...rest] = e.records;
        for (const r of rest) if (first !== undefined) manual.push(manualLink(first, r, e, 'manual-merge'));
        break;
      }
      case 'unmerge':
        partition.split(e.records);
        break;
      case 'confirm-possible': {
        partition.merge([e.a, e.b]);
        const [a, b] = ordered(e.a, e.b);
        decided.set(pairKey(a, b), { a, b, decision: 'confirmed', event: e.id, actor: e.actor, at: e.at });
        manual.push(manualLink(a, b, e, 'confirmed-possible', possibleByPair.get(pairKey(a, b))));
        break;
      }
      case 'reject-possible': {
        const [a, b] = ordered(e.a, e.b);
        decided.set(pairKey(a, b), { a, b, decision: 'rejected', event: e.id, actor: e.actor, at: e.at });
        break;
      }
      case 'undo':
        break;
    }
  }

  // A link stands while its two records are still grouped together; a later manual link for the
  // same pair replaces the automatic one.
  const links = new Map<string, PairVerdict>();
  for (const v of [...auto.links, ...manual]) if (partition.same(v.a, v.b)) links.set(pairKey(v.a, v.b), v);
  return {
    groups: partition.groups(),
    possible: auto.possible.filter((v) => !decided.has(pairKey(v.a, v.b)) && !partition.same(v.a, v.b)),
    links: [...links.values()].sort(byPair),
    decisions: [...decided.values()].sort(byPair),
    applied: active.map((e) => e.id),
    ignored,
  };
}
