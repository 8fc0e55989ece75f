import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { decisionHistory, parseScreeningEvent, parseScreeningSettings, type ScreeningEvent } from './index.js';

describe('decisionHistory', () => {
  it('keeps every decision, change and undo with what it replaced', () => {
    const log: ScreeningEvent[] = [
      { type: 'decision', recordId: 'r', stage: 'full-text', reviewerId: 'alice', decision: 'include', at: '2025-01-01T09:00:00Z' },
      { type: 'decision', recordId: 'other', stage: 'full-text', reviewerId: 'alice', decision: 'include', at: '2025-01-01T09:00:00Z' },
      { type: 'decision', recordId: 'r', stage: 'title-abstract', reviewerId: 'alice', decision: 'include', at: '2025-01-01T09:00:00Z' },
      { type: 'decision-change', recordId: 'r', stage: 'full-text', reviewerId: 'alice', decision: 'exclude', reasonCode: 'not-qualitative', note: 'a survey', at: '2025-01-01T09:05:00Z' },
      { type: 'decision-retraction', recordId: 'r', stage: 'full-text', reviewerId: 'alice', at: '2025-01-01T09:06:00Z' },
      { type: 'resolution-retraction', recordId: 'r', stage: 'full-text', actorId: 'olivia', at: '2025-01-01T09:07:00Z' },
    ];
    expect(decisionHistory(log, 'r', 'full-text')).toEqual([
      { action: 'decided', at: '2025-01-01T09:00:00Z', reviewerId: 'alice', decision: { decision: 'include' } },
      {
        action: 'changed',
        at: '2025-01-01T09:05:00Z',
        reviewerId: 'alice',
        decision: { decision: 'exclude', reasonCode: 'not-qualitative', note: 'a survey' },
        previous: { decision: 'include' },
      },
      {
        action: 'retracted',
        at: '2025-01-01T09:06:00Z',
        reviewerId: 'alice',
        withdrawn: { decision: 'exclude', reasonCode: 'not-qualitative', note: 'a survey' },
        restored: { decision: 'include' },
      },
      { action: 'resolution-retracted', at: '2025-01-01T09:07:00Z', actorId: 'olivia' },
    ]);
  });
});

describe('parseScreeningEvent', () => {
  it('accepts a stored JSON row and returns the event', () => {
    const row = JSON.parse(
      '{"type":"decision","recordId":"r","stage":"title-abstract","reviewerId":"a","decision":"maybe","at":"2025-01-01T09:00:00+01:00","ranking":{"snapshotId":"run-7","model":"tfidf-logistic","trainingSetSize":40,"rank":3}}',
    ) as unknown;
    expect(parseScreeningEvent(row)).toMatchObject({ type: 'decision', decision: 'maybe', ranking: { rank: 3 } });
  });

  it('rejects unknown types, unknown fields and missing zones with VALIDATION_FAILED', () => {
    for (const bad of [
      { type: 'vote', recordId: 'r' },
      { type: 'retrieval', recordId: 'r', outcome: 'retrieved', actorId: 'a', at: '2025-01-01T09:00:00Z', extra: 1 },
      { type: 'retrieval', recordId: 'r', outcome: 'retrieved', actorId: 'a', at: '2025-01-01T09:00:00' },
      { type: 'resolution', recordId: 'r', stage: 'full-text', decision: 'maybe', method: 'consensus', resolverIds: ['a'], at: '2025-01-01T09:00:00Z' },
      null,
    ]) {
      try {
        parseScreeningEvent(bad);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(AppError);
        expect((e as AppError).code).toBe('VALIDATION_FAILED');
        expect((e as AppError).details?.issues).toBeInstanceOf(Array);
      }
    }
  });
});

describe('parseScreeningSettings', () => {
  it('fills defaults and keeps given values', () => {
    const s = parseScreeningSettings({ reviewersPerRecord: { 'full-text': 1 }, blinded: false });
    expect(s.reviewersPerRecord).toEqual({ 'title-abstract': 2, 'full-text': 1 });
    expect(s.blinded).toBe(false);
    expect(s.exclusionReasons.length).toBeGreaterThan(0);
  });

  it('rejects four reviewers and duplicate reason codes', () => {
    expect(() => parseScreeningSettings({ reviewersPerRecord: { 'title-abstract': 4 } })).toThrow(AppError);
    try {
      parseScreeningSettings({ exclusionReasons: [{ code: 'x', label: 'X' }, { code: 'x', label: 'Y' }] });
      expect.unreachable();
    } catch (e) {
      expect((e as AppError).code).toBe('INVALID_ARGUMENT');
    }
  });
});
