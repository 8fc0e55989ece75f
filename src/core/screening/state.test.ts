import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  conflictQueue,
  currentDecision,
  recordScreening,
  screeningSettings,
  screeningState,
  stageState,
  type DecisionValue,
  type ScreeningEvent,
  type ScreeningStage,
} from './index.js';

const settings = screeningSettings({ reviewersPerRecord: { 'title-abstract': 2, 'full-text': 2 } });
let clock = 0;
const at = () => new Date(Date.UTC(2025, 2, 1, 9, 0, clock++)).toISOString();

const decide = (
  recordId: string,
  reviewerId: string,
  decision: DecisionValue,
  extra: { stage?: ScreeningStage; reasonCode?: string; note?: string; change?: boolean } = {},
): ScreeningEvent => ({
  type: extra.change ? 'decision-change' : 'decision',
  recordId,
  stage: extra.stage ?? 'title-abstract',
  reviewerId,
  decision,
  ...(extra.reasonCode ? { reasonCode: extra.reasonCode } : {}),
  ...(extra.note ? { note: extra.note } : {}),
  at: at(),
});
const retract = (recordId: string, reviewerId: string, stage: ScreeningStage = 'title-abstract'): ScreeningEvent => ({
  type: 'decision-retraction',
  recordId,
  stage,
  reviewerId,
  at: at(),
});
const resolve = (
  recordId: string,
  decision: 'include' | 'exclude',
  extra: { stage?: ScreeningStage; reasonCode?: string; resolverIds?: string[] } = {},
): ScreeningEvent => ({
  type: 'resolution',
  recordId,
  stage: extra.stage ?? 'title-abstract',
  decision,
  ...(extra.reasonCode ? { reasonCode: extra.reasonCode } : {}),
  method: 'third-reviewer',
  resolverIds: extra.resolverIds ?? ['carol'],
  at: at(),
});
const retrieved = (recordId: string, outcome: 'retrieved' | 'not-retrieved' = 'retrieved'): ScreeningEvent => ({
  type: 'retrieval',
  recordId,
  outcome,
  actorId: 'librarian',
  at: at(),
});

describe('screeningState: title/abstract statuses', () => {
  it('derives unscreened, in-progress, included, excluded, conflict and maybe', () => {
    const state = screeningState(
      [
        decide('in-progress', 'alice', 'include'),
        decide('both-in', 'alice', 'include'),
        decide('both-in', 'bob', 'include'),
        decide('both-out', 'alice', 'exclude', { reasonCode: 'wrong-population' }),
        decide('both-out', 'bob', 'exclude', { reasonCode: 'wrong-population' }),
        decide('split', 'alice', 'include'),
        decide('split', 'bob', 'exclude'),
        decide('unsure', 'alice', 'maybe'),
        decide('unsure', 'bob', 'exclude'),
      ],
      settings,
    );
    const status = (id: string) => stageState(state, id, 'title-abstract').status;
    expect(status('never-seen')).toBe('unscreened');
    expect(status('in-progress')).toBe('in-progress');
    expect(status('both-in')).toBe('included');
    expect(status('both-out')).toBe('excluded');
    expect(stageState(state, 'both-out', 'title-abstract').final).toEqual({
      decision: 'exclude',
      reasonCode: 'wrong-population',
      via: 'agreement',
    });
    expect(status('split')).toBe('conflict');
    expect(stageState(state, 'split', 'title-abstract').conflict).toBe('disagreement');
    expect(status('unsure')).toBe('maybe');
    expect(stageState(state, 'unsure', 'title-abstract').conflict).toBe('maybe');
  });

  it('waits for every required reviewer before calling a disagreement (three reviewers)', () => {
    const three = screeningSettings({ reviewersPerRecord: { 'title-abstract': 3 } });
    const events = [decide('r', 'alice', 'include'), decide('r', 'bob', 'exclude')];
    expect(stageState(screeningState(events, three), 'r', 'title-abstract').status).toBe('in-progress');
    const all = screeningState([...events, decide('r', 'carol', 'include')], three);
    expect(stageState(all, 'r', 'title-abstract').status).toBe('conflict');
  });

  it('sends a lone reviewer’s maybe to the conflict queue when one reviewer suffices', () => {
    const single = screeningSettings({ reviewersPerRecord: { 'title-abstract': 1 } });
    const state = screeningState([decide('r', 'alice', 'maybe'), decide('s', 'alice', 'include')], single);
    expect(stageState(state, 'r', 'title-abstract').status).toBe('maybe');
    expect(stageState(state, 's', 'title-abstract').status).toBe('included');
    expect(conflictQueue(state).map((c) => [c.recordId, c.kind])).toEqual([['r', 'maybe']]);
  });

  it('leaves a differing title/abstract reason unset when reasons are optional there', () => {
    const state = screeningState(
      [
        decide('r', 'alice', 'exclude', { reasonCode: 'wrong-population' }),
        decide('r', 'bob', 'exclude', { reasonCode: 'not-qualitative' }),
      ],
      settings,
    );
    const s = stageState(state, 'r', 'title-abstract');
    expect(s.status).toBe('excluded');
    expect(s.final).toEqual({ decision: 'exclude', via: 'agreement' });
  });

  it('re-derives every status when the settings change, from the same log', () => {
    const events = [decide('r', 'alice', 'include')];
    expect(stageState(screeningState(events, settings), 'r', 'title-abstract').status).toBe('in-progress');
    const single = screeningSettings({ reviewersPerRecord: { 'title-abstract': 1 } });
    expect(stageState(screeningState(events, single), 'r', 'title-abstract').status).toBe('included');
  });
});

describe('screeningState: changes and undo are audited stacks', () => {
  it('keeps the earlier decision under a change, and an undo restores it', () => {
    const events = [
      decide('r', 'alice', 'include', { note: 'fits' }),
      decide('r', 'alice', 'exclude', { change: true, note: 'on reflection, a survey' }),
    ];
    const changed = screeningState(events, settings);
    expect(currentDecision(changed, 'r', 'title-abstract', 'alice')).toMatchObject({ decision: 'exclude', changed: true });
    expect(stageState(changed, 'r', 'title-abstract').earlier.alice).toMatchObject([{ decision: 'include', note: 'fits' }]);

    const undone = screeningState([...events, retract('r', 'alice')], settings);
    expect(currentDecision(undone, 'r', 'title-abstract', 'alice')).toMatchObject({ decision: 'include', changed: false });
    expect(stageState(undone, 'r', 'title-abstract').earlier).toEqual({});

    const gone = screeningState([...events, retract('r', 'alice'), retract('r', 'alice')], settings);
    expect(stageState(gone, 'r', 'title-abstract').status).toBe('unscreened');
  });

  it('ignores an undo of nothing (the fold is total; the validator refuses it)', () => {
    const state = screeningState([retract('r', 'alice'), decide('r', 'alice', 'include')], settings);
    expect(stageState(state, 'r', 'title-abstract').decisions).toHaveLength(1);
  });
});

describe('screeningState: resolutions', () => {
  it('makes a resolution final, names the resolver, and reopens the conflict when retracted', () => {
    const events = [decide('r', 'alice', 'include'), decide('r', 'bob', 'exclude'), resolve('r', 'include')];
    const resolved = stageState(screeningState(events, settings), 'r', 'title-abstract');
    expect(resolved.status).toBe('included');
    expect(resolved.final?.via).toBe('resolution');
    expect(resolved.final?.resolution).toMatchObject({ method: 'third-reviewer', resolverIds: ['carol'] });
    expect(resolved.conflict).toBeUndefined();

    const reopened = screeningState(
      [...events, { type: 'resolution-retraction', recordId: 'r', stage: 'title-abstract', actorId: 'carol', at: at() }],
      settings,
    );
    expect(stageState(reopened, 'r', 'title-abstract').status).toBe('conflict');
  });

  it('settles differing required reasons at full text through the conflict queue', () => {
    const events = [
      decide('r', 'alice', 'include'),
      decide('r', 'bob', 'include'),
      retrieved('r'),
      decide('r', 'alice', 'exclude', { stage: 'full-text', reasonCode: 'not-qualitative' }),
      decide('r', 'bob', 'exclude', { stage: 'full-text', reasonCode: 'wrong-population' }),
    ];
    const state = screeningState(events, settings);
    expect(stageState(state, 'r', 'full-text')).toMatchObject({ status: 'conflict', conflict: 'reason' });
    const after = screeningState([...events, resolve('r', 'exclude', { stage: 'full-text', reasonCode: 'not-qualitative' })], settings);
    expect(stageState(after, 'r', 'full-text').final).toMatchObject({ decision: 'exclude', reasonCode: 'not-qualitative' });
    expect(recordScreening(after, 'r').outcome).toBe('excluded-at-eligibility');
  });
});

describe('screeningState: the PRISMA path through retrieval to full text', () => {
  it('opens full text only after inclusion at title/abstract and retrieval', () => {
    const ta = [decide('r', 'alice', 'include'), decide('r', 'bob', 'include')];
    const before = recordScreening(screeningState(ta, settings), 'r');
    expect(before.retrieval.status).toBe('pending');
    expect(before.fullText.status).toBe('not-open');
    expect(before.outcome).toBe('awaiting-retrieval');

    const lost = recordScreening(screeningState([...ta, retrieved('r', 'not-retrieved')], settings), 'r');
    expect(lost.outcome).toBe('not-retrieved');
    expect(lost.fullText.status).toBe('not-open');

    const found = recordScreening(screeningState([...ta, retrieved('r', 'not-retrieved'), retrieved('r')], settings), 'r');
    expect(found.retrieval.history.map((h) => h.outcome)).toEqual(['not-retrieved', 'retrieved']);
    expect(found.fullText.status).toBe('unscreened');
    expect(found.outcome).toBe('awaiting-eligibility');

    const included = recordScreening(
      screeningState(
        [...ta, retrieved('r'), decide('r', 'alice', 'include', { stage: 'full-text' }), decide('r', 'bob', 'include', { stage: 'full-text' })],
        settings,
      ),
      'r',
    );
    expect(included.outcome).toBe('included');
  });

  it('never seeks a report excluded at title/abstract, even if the log holds a retrieval', () => {
    const r = recordScreening(
      screeningState([decide('r', 'alice', 'exclude'), decide('r', 'bob', 'exclude'), retrieved('r')], settings),
      'r',
    );
    expect(r.outcome).toBe('excluded-at-screening');
    expect(r.retrieval.status).toBe('not-sought');
    expect(r.fullText.status).toBe('not-open');
  });

  it('sends records found by other methods straight to retrieval', () => {
    const state = screeningState([retrieved('cit-1')], settings, { otherMethods: ['cit-1', 'cit-2'] });
    expect(recordScreening(state, 'cit-1')).toMatchObject({
      route: 'other',
      outcome: 'awaiting-eligibility',
      titleAbstract: { status: 'skipped' },
    });
    expect(recordScreening(state, 'cit-2').outcome).toBe('awaiting-retrieval');
  });
});

describe('applyEvent', () => {
  it('gives the same state as folding the longer log', () => {
    const events = [
      decide('b', 'alice', 'include'),
      decide('a', 'bob', 'include'),
      decide('a', 'alice', 'include'),
      retrieved('a'),
      decide('b', 'bob', 'exclude'),
      resolve('b', 'exclude'),
      decide('a', 'alice', 'exclude', { stage: 'full-text', reasonCode: 'not-qualitative' }),
    ];
    let state = screeningState([], settings);
    for (const e of events) state = applyEvent(state, e);
    expect(state).toEqual(screeningState(events, settings));
    expect([...state.records.keys()]).toEqual(['a', 'b']);
  });
});

describe('order independence (property)', () => {
  // Streams whose own order matters: one reviewer on one record at one stage, the resolutions of a
  // record's stage, the retrievals of a record. Any interleaving of streams must give the same state.
  const records = ['r1', 'r2', 'r3'];
  const reviewers = ['alice', 'bob', 'carol'];
  const stages: ScreeningStage[] = ['title-abstract', 'full-text'];
  const instant = fc.integer({ min: 0, max: 1_000_000 }).map((s) => new Date(Date.UTC(2025, 0, 1) + s * 1000).toISOString());

  const decisionStream = fc
    .record({
      recordId: fc.constantFrom(...records),
      reviewerId: fc.constantFrom(...reviewers),
      stage: fc.constantFrom(...stages),
      steps: fc.array(
        fc.oneof(
          fc.record({ kind: fc.constant('decide' as const), decision: fc.constantFrom<DecisionValue>('include', 'exclude', 'maybe'), reason: fc.constantFrom('not-qualitative', 'wrong-population') }),
          fc.record({ kind: fc.constant('undo' as const) }),
        ),
        { minLength: 1, maxLength: 4 },
      ),
      times: fc.array(instant, { minLength: 4, maxLength: 4 }),
    })
    .map(({ recordId, reviewerId, stage, steps, times }) => {
      let depth = 0;
      return steps.map((step, i): ScreeningEvent => {
        const when = times[i] ?? times[0]!;
        if (step.kind === 'undo') {
          depth = Math.max(0, depth - 1);
          return { type: 'decision-retraction', recordId, stage, reviewerId, at: when };
        }
        const type = depth > 0 ? 'decision-change' : 'decision';
        depth++;
        return {
          type,
          recordId,
          stage,
          reviewerId,
          decision: step.decision,
          ...(step.decision === 'exclude' ? { reasonCode: step.reason } : {}),
          at: when,
        };
      });
    });
  const resolutionStream = fc
    .record({ recordId: fc.constantFrom(...records), stage: fc.constantFrom(...stages), decision: fc.constantFrom<'include' | 'exclude'>('include', 'exclude'), undo: fc.boolean(), at: instant })
    .map(({ recordId, stage, decision, undo, at: when }): ScreeningEvent[] => [
      { type: 'resolution', recordId, stage, decision, method: 'consensus', resolverIds: ['alice', 'bob'], at: when },
      ...(undo ? [{ type: 'resolution-retraction' as const, recordId, stage, actorId: 'alice', at: when }] : []),
    ]);
  const retrievalStream = fc
    .record({ recordId: fc.constantFrom(...records), outcomes: fc.array(fc.constantFrom<'retrieved' | 'not-retrieved'>('retrieved', 'not-retrieved'), { minLength: 1, maxLength: 2 }), at: instant })
    .map(({ recordId, outcomes, at: when }) => outcomes.map((outcome): ScreeningEvent => ({ type: 'retrieval', recordId, outcome, actorId: 'lib', at: when })));

  /** Merges streams in an order chosen by `picks`, keeping each stream's own order. */
  const interleave = (streams: ScreeningEvent[][], picks: number[]): ScreeningEvent[] => {
    const queues = streams.map((s) => [...s]);
    const out: ScreeningEvent[] = [];
    let p = 0;
    while (queues.some((q) => q.length > 0)) {
      const live = queues.filter((q) => q.length > 0);
      const q = live[(picks[p++ % Math.max(1, picks.length)] ?? 0) % live.length]!;
      out.push(q.shift()!);
    }
    return out;
  };

  it('gives the same state for any interleaving of independent streams', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(decisionStream, resolutionStream, retrievalStream), { maxLength: 12 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 40 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 40 }),
        fc.constantFrom(1, 2, 3),
        (rawStreams, picksA, picksB, n) => {
          // One stream per key: merge generated streams that share a key, so each key's order is fixed.
          const byKey = new Map<string, ScreeningEvent[]>();
          for (const stream of rawStreams) {
            const e = stream[0]!;
            const key =
              e.type === 'retrieval'
                ? `ret|${e.recordId}`
                : e.type === 'resolution' || e.type === 'resolution-retraction'
                  ? `res|${e.recordId}|${e.stage}`
                  : `dec|${e.recordId}|${e.stage}|${e.reviewerId}`;
            byKey.set(key, [...(byKey.get(key) ?? []), ...stream]);
          }
          const streams = [...byKey.values()];
          const s = screeningSettings({ reviewersPerRecord: { 'title-abstract': n, 'full-text': n } });
          const a = screeningState(interleave(streams, picksA), s);
          const b = screeningState(interleave(streams, picksB), s);
          expect(b).toEqual(a);
          expect(conflictQueue(b)).toEqual(conflictQueue(a));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps status and final decision consistent in every state', () => {
    fc.assert(
      fc.property(fc.array(decisionStream, { maxLength: 10 }), (streams) => {
        const state = screeningState(streams.flat(), settings);
        for (const record of state.records.values()) {
          for (const s of [record.titleAbstract, record.fullText]) {
            const finalStatus = s.status === 'included' || s.status === 'excluded';
            expect(s.final !== undefined).toBe(finalStatus);
            expect(s.conflict !== undefined).toBe(s.status === 'conflict' || s.status === 'maybe');
            if (s.final) expect(s.status).toBe(s.final.decision === 'include' ? 'included' : 'excluded');
            expect(new Set(s.decisions.map((d) => d.reviewerId)).size).toBe(s.decisions.length);
          }
        }
      }),
    );
  });
});
