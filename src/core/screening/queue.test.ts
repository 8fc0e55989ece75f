import { describe, expect, it } from 'vitest';
import { conflictQueue, nextForReviewer, resolvedConflicts, screeningSettings, screeningState, type ScreeningEvent } from './index.js';

const settings = screeningSettings({ reviewersPerRecord: { 'title-abstract': 2, 'full-text': 2 } });
const dec = (recordId: string, reviewerId: string, decision: 'include' | 'exclude' | 'maybe', at: string, stage: 'title-abstract' | 'full-text' = 'title-abstract'): ScreeningEvent => ({
  type: 'decision',
  recordId,
  stage,
  reviewerId,
  decision,
  ...(decision === 'exclude' && stage === 'full-text' ? { reasonCode: 'not-qualitative' } : {}),
  at,
});

describe('nextForReviewer', () => {
  const events: ScreeningEvent[] = [
    dec('r1', 'alice', 'include', '2025-01-01T10:00:00Z'),
    dec('r2', 'bob', 'include', '2025-01-01T10:01:00Z'),
    dec('r3', 'bob', 'exclude', '2025-01-01T10:02:00Z'),
    dec('r3', 'carol', 'exclude', '2025-01-01T10:03:00Z'),
    { type: 'decision', recordId: 'r5', stage: 'title-abstract', reviewerId: 'alice', decision: 'exclude', at: '2025-01-01T10:04:00Z' },
    { type: 'decision-retraction', recordId: 'r5', stage: 'title-abstract', reviewerId: 'alice', at: '2025-01-01T10:05:00Z' },
  ];
  const state = screeningState(events, settings, { otherMethods: ['cit'] });
  const ranked = ['r3', 'r2', 'cit', 'r1', 'r4', 'r2', 'r5'];

  it('lists what the reviewer still has to screen, in ranked order', () => {
    // r3: already screened by two others; r1: alice decided; cit: other methods skip title/abstract;
    // r5: alice undid her decision, so it is back; r2 listed twice, returned once.
    expect(nextForReviewer(state, 'alice', 'title-abstract', ranked)).toEqual(['r2', 'r4', 'r5']);
    expect(nextForReviewer(state, 'bob', 'title-abstract', ranked)).toEqual(['r1', 'r4', 'r5']);
    expect(nextForReviewer(state, 'alice', 'title-abstract', ranked, 2)).toEqual(['r2', 'r4']);
  });

  it('offers full text only for reports retrieved', () => {
    const ft = screeningState(
      [
        dec('a', 'alice', 'include', '2025-01-01T10:00:00Z'),
        dec('a', 'bob', 'include', '2025-01-01T10:00:00Z'),
        { type: 'retrieval', recordId: 'a', outcome: 'retrieved', actorId: 'lib', at: '2025-01-02T10:00:00Z' },
        dec('b', 'alice', 'include', '2025-01-01T10:00:00Z'),
        dec('b', 'bob', 'include', '2025-01-01T10:00:00Z'),
        { type: 'retrieval', recordId: 'cit', outcome: 'retrieved', actorId: 'lib', at: '2025-01-02T10:00:00Z' },
      ],
      settings,
      { otherMethods: ['cit'] },
    );
    expect(nextForReviewer(ft, 'alice', 'full-text', ['b', 'cit', 'a', 'zzz'])).toEqual(['cit', 'a']);
  });

  it('leaves out resolved records even if a decision was later retracted', () => {
    const s = screeningState(
      [
        dec('r', 'alice', 'include', '2025-01-01T10:00:00Z'),
        dec('r', 'bob', 'exclude', '2025-01-01T10:00:00Z'),
        { type: 'resolution', recordId: 'r', stage: 'title-abstract', decision: 'include', method: 'third-reviewer', resolverIds: ['carol'], at: '2025-01-01T11:00:00Z' },
        { type: 'decision-retraction', recordId: 'r', stage: 'title-abstract', reviewerId: 'bob', at: '2025-01-01T12:00:00Z' },
      ],
      settings,
    );
    expect(nextForReviewer(s, 'dan', 'title-abstract', ['r'])).toEqual([]);
  });
});

describe('conflictQueue', () => {
  it('lists disagreements, maybes and reason conflicts, title/abstract first, oldest first', () => {
    const state = screeningState(
      [
        dec('late', 'alice', 'include', '2025-01-03T00:00:00Z'),
        dec('late', 'bob', 'exclude', '2025-01-03T00:00:00Z'),
        dec('early', 'alice', 'maybe', '2025-01-01T00:00:00Z'),
        dec('early', 'bob', 'include', '2025-01-02T00:00:00Z'),
        dec('agreed', 'alice', 'include', '2025-01-01T00:00:00Z'),
        dec('agreed', 'bob', 'include', '2025-01-01T00:00:00Z'),
        { type: 'retrieval', recordId: 'agreed', outcome: 'retrieved', actorId: 'lib', at: '2025-01-04T00:00:00Z' },
        { type: 'decision', recordId: 'agreed', stage: 'full-text', reviewerId: 'alice', decision: 'exclude', reasonCode: 'not-qualitative', at: '2025-01-05T00:00:00Z' },
        { type: 'decision', recordId: 'agreed', stage: 'full-text', reviewerId: 'bob', decision: 'exclude', reasonCode: 'wrong-population', at: '2025-01-05T00:00:00Z' },
        dec('pending', 'alice', 'exclude', '2025-01-01T00:00:00Z'),
      ],
      settings,
    );
    expect(conflictQueue(state)).toEqual([
      { recordId: 'early', stage: 'title-abstract', kind: 'maybe', reviewerIds: ['alice', 'bob'], since: '2025-01-02T00:00:00Z' },
      { recordId: 'late', stage: 'title-abstract', kind: 'disagreement', reviewerIds: ['alice', 'bob'], since: '2025-01-03T00:00:00Z' },
      { recordId: 'agreed', stage: 'full-text', kind: 'reason', reviewerIds: ['alice', 'bob'], since: '2025-01-05T00:00:00Z' },
    ]);
    expect(conflictQueue(state, 'full-text').map((c) => c.recordId)).toEqual(['agreed']);
    // The queue never carries the decisions themselves (blinding goes through visibleDecisions).
    expect(JSON.stringify(conflictQueue(state))).not.toMatch(/include|exclude|not-qualitative/);
  });
});

describe('resolvedConflicts', () => {
  const resolution = (recordId: string, decision: 'include' | 'exclude', at: string, method: 'third-reviewer' | 'consensus' = 'third-reviewer'): ScreeningEvent => ({
    type: 'resolution',
    recordId,
    stage: 'title-abstract',
    decision,
    method,
    resolverIds: method === 'consensus' ? ['alice', 'bob'] : ['carol'],
    at,
  });
  const events: ScreeningEvent[] = [
    dec('first', 'alice', 'include', '2025-01-01T00:00:00Z'),
    dec('first', 'bob', 'exclude', '2025-01-01T00:00:00Z'),
    resolution('first', 'include', '2025-01-02T00:00:00Z'),
    dec('second', 'alice', 'maybe', '2025-01-01T00:00:00Z'),
    dec('second', 'bob', 'exclude', '2025-01-01T00:00:00Z'),
    resolution('second', 'include', '2025-01-03T00:00:00Z', 'consensus'),
    // Resolved twice: the later resolution is the one in force.
    resolution('second', 'exclude', '2025-01-04T00:00:00Z', 'consensus'),
    dec('open', 'alice', 'include', '2025-01-01T00:00:00Z'),
    dec('open', 'bob', 'exclude', '2025-01-01T00:00:00Z'),
    resolution('open', 'exclude', '2025-01-02T00:00:00Z'),
    { type: 'resolution-retraction', recordId: 'open', stage: 'title-abstract', actorId: 'carol', at: '2025-01-05T00:00:00Z' },
  ];
  const state = screeningState(events, settings);

  it('lists each settled conflict with the resolution in force, newest first; a retracted one is open again', () => {
    const resolved = resolvedConflicts(state);
    expect(resolved.map((r) => [r.recordId, r.resolution.decision, r.resolution.method, r.resolution.at])).toEqual([
      ['second', 'exclude', 'consensus', '2025-01-04T00:00:00Z'],
      ['first', 'include', 'third-reviewer', '2025-01-02T00:00:00Z'],
    ]);
    expect(resolved[1]!.reviewerIds).toEqual(['alice', 'bob']);
    expect(conflictQueue(state).map((c) => c.recordId)).toEqual(['open']);
    expect(resolvedConflicts(state, 'full-text')).toEqual([]);
  });
});
