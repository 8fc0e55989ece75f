import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canResolve,
  canSeeAllDecisions,
  decisionHistory,
  screeningSettings,
  screeningState,
  stageState,
  visibleDecisions,
  visibleHistory,
  visibleStageState,
  type ScreeningEvent,
  type ScreeningSettings,
  type ScreeningStage,
  type Viewer,
} from './index.js';

const blinded = screeningSettings({ blinded: true, resolverIds: ['carol'] });
const open = screeningSettings({ blinded: false, resolverIds: ['carol'] });
const alice: Viewer = { id: 'alice', role: 'reviewer' };
const bob: Viewer = { id: 'bob', role: 'reviewer' };
const carol: Viewer = { id: 'carol', role: 'reviewer' }; // designated resolver
const olivia: Viewer = { id: 'olivia', role: 'owner' };
const victor: Viewer = { id: 'victor', role: 'viewer' };

let n = 0;
const at = () => new Date(Date.UTC(2025, 4, 1, 8, 0, n++)).toISOString();
const dec = (recordId: string, reviewerId: string, decision: 'include' | 'exclude' | 'maybe', note: string): ScreeningEvent => ({
  type: 'decision',
  recordId,
  stage: 'title-abstract',
  reviewerId,
  decision,
  note,
  at: at(),
});

// Each decision carries a note that names its author, so a leak is visible in any serialisation.
const events: ScreeningEvent[] = [
  dec('alone', 'alice', 'include', 'secret-of-alice-1'),
  dec('agreed', 'alice', 'include', 'secret-of-alice-2'),
  dec('agreed', 'bob', 'include', 'secret-of-bob-2'),
  dec('split', 'alice', 'include', 'secret-of-alice-3'),
  dec('split', 'bob', 'exclude', 'secret-of-bob-3'),
  dec('unsure', 'alice', 'maybe', 'secret-of-alice-4'),
  dec('unsure', 'bob', 'include', 'secret-of-bob-4'),
  dec('settled', 'alice', 'include', 'secret-of-alice-5'),
  dec('settled', 'bob', 'exclude', 'secret-of-bob-5'),
  { type: 'resolution', recordId: 'settled', stage: 'title-abstract', decision: 'include', note: 'secret-of-carol-5', method: 'third-reviewer', resolverIds: ['carol'], at: at() },
];
const state = screeningState(events, blinded);
const who = (viewer: Viewer, recordId: string, settings: ScreeningSettings) =>
  visibleDecisions(state, recordId, 'title-abstract', viewer, settings).map((d) => d.reviewerId);

describe('visibleDecisions while blinded', () => {
  it.each([
    // viewer, record, reviewers whose decisions the viewer sees
    [alice, 'alone', ['alice']],
    [bob, 'alone', []],
    [bob, 'agreed', ['bob']],
    [alice, 'split', ['alice']],
    [bob, 'split', ['bob']],
    [bob, 'unsure', ['bob']],
    [bob, 'settled', ['bob']],
    [victor, 'split', []],
    // Owners and resolvers: nothing of others before a conflict, everything once in the queue or resolved.
    [olivia, 'alone', []],
    [olivia, 'agreed', []],
    [carol, 'agreed', []],
    [olivia, 'split', ['alice', 'bob']],
    [carol, 'split', ['alice', 'bob']],
    [carol, 'unsure', ['alice', 'bob']],
    [olivia, 'settled', ['alice', 'bob']],
  ] as const)('%o on %s sees %o', (viewer, recordId, expected) => {
    expect(who(viewer, recordId, blinded)).toEqual(expected);
  });

  it('shows everyone everything once blinding is off', () => {
    for (const viewer of [alice, bob, carol, olivia, victor]) {
      expect(who(viewer, 'agreed', open)).toEqual(['alice', 'bob']);
      expect(visibleStageState(state, 'agreed', 'title-abstract', viewer, open)).toMatchObject({ blinded: false, status: 'included' });
    }
  });

  it('decides resolvers by role and settings', () => {
    expect(canResolve(olivia, blinded)).toBe(true);
    expect(canResolve(carol, blinded)).toBe(true);
    expect(canResolve(alice, blinded)).toBe(false);
    expect(canResolve({ id: 'carol', role: 'viewer' }, blinded)).toBe(false);
    expect(canSeeAllDecisions(state, 'split', 'title-abstract', alice, blinded)).toBe(false);
  });
});

describe('visibleStageState while blinded', () => {
  it('withholds status, final decision, conflict kind and resolutions from a reviewer', () => {
    const view = visibleStageState(state, 'settled', 'title-abstract', bob, blinded);
    expect(view).toEqual({
      recordId: 'settled',
      stage: 'title-abstract',
      open: true,
      required: 2,
      blinded: true,
      decisions: [expect.objectContaining({ reviewerId: 'bob', note: 'secret-of-bob-5' })],
      earlier: {},
    });
  });

  it('keeps the viewer’s own undo stack and nobody else’s', () => {
    const changed = screeningState(
      [
        ...events,
        { type: 'decision-change', recordId: 'alone', stage: 'title-abstract', reviewerId: 'alice', decision: 'exclude', note: 'secret-of-alice-6', at: at() },
        dec('alone', 'bob', 'include', 'secret-of-bob-6'),
      ],
      blinded,
    );
    expect(Object.keys(visibleStageState(changed, 'alone', 'title-abstract', alice, blinded).earlier)).toEqual(['alice']);
    expect(visibleStageState(changed, 'alone', 'title-abstract', bob, blinded).earlier).toEqual({});
  });

  it('gives a resolver the full picture of a conflict', () => {
    expect(visibleStageState(state, 'split', 'title-abstract', carol, blinded)).toMatchObject({
      blinded: false,
      status: 'conflict',
      conflict: 'disagreement',
    });
  });
});

describe('visibleHistory while blinded', () => {
  it('keeps only the viewer’s own entries unless they may see everything', () => {
    const history = decisionHistory(events, 'settled', 'title-abstract');
    expect(history.map((h) => h.action)).toEqual(['decided', 'decided', 'resolved']);
    const bobs = visibleHistory(history, state, 'settled', 'title-abstract', bob, blinded);
    expect(JSON.stringify(bobs)).not.toMatch(/alice|carol/);
    expect(visibleHistory(history, state, 'settled', 'title-abstract', olivia, blinded)).toHaveLength(3);
  });
});

describe('no leak through any view (property)', () => {
  const reviewers = ['alice', 'bob', 'carol', 'dan'];
  const records = ['r1', 'r2'];
  const stages: ScreeningStage[] = ['title-abstract', 'full-text'];
  const event = fc.oneof(
    fc.record({
      type: fc.constantFrom('decision' as const, 'decision-change' as const),
      recordId: fc.constantFrom(...records),
      stage: fc.constantFrom(...stages),
      reviewerId: fc.constantFrom(...reviewers),
      decision: fc.constantFrom('include' as const, 'exclude' as const, 'maybe' as const),
      seq: fc.nat(),
    }),
    fc.record({ type: fc.constant('retrieval' as const), recordId: fc.constantFrom(...records), seq: fc.nat() }),
    fc.record({
      type: fc.constant('resolution' as const),
      recordId: fc.constantFrom(...records),
      stage: fc.constantFrom(...stages),
      decision: fc.constantFrom('include' as const, 'exclude' as const),
      seq: fc.nat(),
    }),
  );

  it('a blinded non-resolver never receives another reviewer’s decision, note or derived status', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }), fc.constantFrom(...reviewers), (raw, viewerId) => {
        const log: ScreeningEvent[] = raw.map((e, i): ScreeningEvent => {
          const when = new Date(Date.UTC(2025, 0, 1, 0, 0, i)).toISOString();
          if (e.type === 'retrieval') return { type: 'retrieval', recordId: e.recordId, outcome: 'retrieved', actorId: 'lib', at: when };
          if (e.type === 'resolution')
            return { type: 'resolution', recordId: e.recordId, stage: e.stage, decision: e.decision, note: `secret-of-resolver-${i}`, method: 'consensus', resolverIds: ['olivia'], at: when };
          return { type: e.type, recordId: e.recordId, stage: e.stage, reviewerId: e.reviewerId, decision: e.decision, note: `secret-of-${e.reviewerId}-${i}`, at: when };
        });
        const s = screeningState(log, blinded);
        const viewer: Viewer = { id: viewerId, role: 'reviewer' };
        const settingsWithoutResolvers = screeningSettings({ blinded: true });
        for (const recordId of records) {
          for (const stage of stages) {
            const serialised = JSON.stringify([
              visibleDecisions(s, recordId, stage, viewer, settingsWithoutResolvers),
              visibleStageState(s, recordId, stage, viewer, settingsWithoutResolvers),
              visibleHistory(decisionHistory(log, recordId, stage), s, recordId, stage, viewer, settingsWithoutResolvers),
            ]);
            for (const other of reviewers.filter((r) => r !== viewerId)) {
              expect(serialised).not.toContain(`secret-of-${other}-`);
              expect(serialised).not.toContain(`"${other}"`);
            }
            expect(serialised).not.toContain('secret-of-resolver');
            expect(serialised).not.toMatch(/"status"|"final"|"conflict"|"resolutions"/);

            // An owner sees others' decisions only on a record in the conflict queue or resolved.
            const owner: Viewer = { id: 'olivia', role: 'owner' };
            const ownerView = JSON.stringify(visibleStageState(s, recordId, stage, owner, settingsWithoutResolvers));
            const st = stageState(s, recordId, stage);
            const unblinded = st.conflict !== undefined || st.final?.via === 'resolution';
            expect(/secret-of-(alice|bob|carol|dan)-/.test(ownerView)).toBe(unblinded && st.decisions.length > 0);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
