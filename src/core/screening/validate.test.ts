import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import {
  applyEvent,
  screeningSettings,
  screeningState,
  validateEvent,
  type DecisionValue,
  type ScreeningEvent,
  type ScreeningStage,
  type ScreeningState,
} from './index.js';

const settings = screeningSettings({ reviewersPerRecord: { 'title-abstract': 2, 'full-text': 2 } });
const at = '2025-03-04T10:15:00Z';
const decision = (
  recordId: string,
  reviewerId: string,
  value: DecisionValue,
  extra: { stage?: ScreeningStage; reasonCode?: string; type?: 'decision' | 'decision-change' } = {},
): ScreeningEvent => ({
  type: extra.type ?? 'decision',
  recordId,
  stage: extra.stage ?? 'title-abstract',
  reviewerId,
  decision: value,
  ...(extra.reasonCode === undefined ? {} : { reasonCode: extra.reasonCode }),
  at,
});

/** Validates then applies each event, as the app does; returns the state. */
function run(events: ScreeningEvent[], s = settings, otherMethods: string[] = []): ScreeningState {
  let state = screeningState([], s, { otherMethods });
  for (const e of events) {
    validateEvent(state, e);
    state = applyEvent(state, e);
  }
  return state;
}

function errorOf(fn: () => void): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

const includedAndRetrieved: ScreeningEvent[] = [
  decision('r', 'alice', 'include'),
  decision('r', 'bob', 'include'),
  { type: 'retrieval', recordId: 'r', outcome: 'retrieved', actorId: 'lib', at },
];

describe('validateDecision', () => {
  it('accepts a normal dual-screening session', () => {
    expect(() =>
      run([
        ...includedAndRetrieved,
        decision('r', 'alice', 'exclude', { stage: 'full-text', reasonCode: 'not-qualitative' }),
        decision('r', 'alice', 'include', { stage: 'full-text', type: 'decision-change' }),
        { type: 'decision-retraction', recordId: 'r', stage: 'full-text', reviewerId: 'alice', at },
      ]),
    ).not.toThrow();
  });

  it('requires a reason for an exclusion at full text', () => {
    const state = run(includedAndRetrieved);
    const e = errorOf(() => validateEvent(state, decision('r', 'alice', 'exclude', { stage: 'full-text' })));
    expect(e.code).toBe('SCREENING_REASON_REQUIRED');
    expect(e.details).toMatchObject({ recordId: 'r', stage: 'full-text' });
  });

  it('does not require a reason at title/abstract unless the settings say so', () => {
    expect(() => validateEvent(run([]), decision('r', 'alice', 'exclude'))).not.toThrow();
    const strict = screeningSettings({ reasonRequiredAtTitleAbstract: true });
    expect(errorOf(() => validateEvent(run([], strict), decision('r', 'alice', 'exclude'))).code).toBe('SCREENING_REASON_REQUIRED');
  });

  it('rejects unknown reason codes, listing the available ones, and reasons on inclusions', () => {
    const e = errorOf(() => validateEvent(run([]), decision('r', 'alice', 'exclude', { reasonCode: 'too-long' })));
    expect(e.code).toBe('INVALID_ARGUMENT');
    expect(e.message).toContain('Available: wrong-phenomenon');
    // A reason limited to full text is not available at title/abstract.
    expect(errorOf(() => validateEvent(run([]), decision('r', 'alice', 'exclude', { reasonCode: 'no-full-report' }))).code).toBe(
      'INVALID_ARGUMENT',
    );
    expect(errorOf(() => validateEvent(run([]), decision('r', 'alice', 'include', { reasonCode: 'not-qualitative' }))).code).toBe(
      'INVALID_ARGUMENT',
    );
  });

  it('keeps full text closed until inclusion at title/abstract and retrieval', () => {
    const ft = decision('r', 'alice', 'include', { stage: 'full-text' });
    const why = (state: ScreeningState) => errorOf(() => validateEvent(state, ft));
    expect(why(run([])).details).toMatchObject({ why: 'not-included-at-title-abstract' });
    expect(why(run([decision('r', 'alice', 'include')])).details).toMatchObject({ why: 'not-included-at-title-abstract' });
    const included = run(includedAndRetrieved.slice(0, 2));
    expect(why(included).code).toBe('SCREENING_STAGE_CLOSED');
    expect(why(included).details).toMatchObject({ why: 'retrieval-pending' });
    const lost = run([...includedAndRetrieved.slice(0, 2), { type: 'retrieval', recordId: 'r', outcome: 'not-retrieved', actorId: 'lib', at }]);
    expect(why(lost).details).toMatchObject({ why: 'not-retrieved' });
    expect(() => validateEvent(run(includedAndRetrieved), ft)).not.toThrow();
  });

  it('keeps title/abstract closed to other-methods records and once the record moved on', () => {
    const other = run([], settings, ['cit-1']);
    expect(errorOf(() => validateEvent(other, decision('cit-1', 'alice', 'include'))).details).toMatchObject({ why: 'other-methods' });
    const movedOn = run(includedAndRetrieved);
    const change = decision('r', 'alice', 'exclude', { type: 'decision-change' });
    expect(errorOf(() => validateEvent(movedOn, change)).details).toMatchObject({ why: 'downstream-activity' });
  });

  it('refuses a first decision when enough reviewers have decided, and a decision on a resolved record', () => {
    const state = run([decision('r', 'alice', 'include'), decision('r', 'bob', 'exclude')]);
    expect(errorOf(() => validateEvent(state, decision('r', 'carol', 'include'))).details).toMatchObject({ why: 'enough-reviewers' });
    const resolved = applyEvent(state, {
      type: 'resolution',
      recordId: 'r',
      stage: 'title-abstract',
      decision: 'include',
      method: 'third-reviewer',
      resolverIds: ['carol'],
      at,
    });
    const change = decision('r', 'bob', 'include', { type: 'decision-change' });
    expect(errorOf(() => validateEvent(resolved, change)).details).toMatchObject({ why: 'resolved' });
  });

  it('distinguishes a first decision, a change and an undo', () => {
    const state = run([decision('r', 'alice', 'include')]);
    expect(errorOf(() => validateEvent(state, decision('r', 'alice', 'exclude'))).code).toBe('SCREENING_ALREADY_DECIDED');
    expect(errorOf(() => validateEvent(state, decision('r', 'bob', 'exclude', { type: 'decision-change' }))).code).toBe(
      'SCREENING_NO_DECISION',
    );
    expect(
      errorOf(() => validateEvent(state, { type: 'decision-retraction', recordId: 'r', stage: 'title-abstract', reviewerId: 'bob', at }))
        .code,
    ).toBe('NOTHING_TO_UNDO');
  });

  it('rejects malformed fields from a request', () => {
    const bad = (e: Record<string, unknown>) => errorOf(() => validateEvent(run([]), { ...decision('r', 'alice', 'include'), ...e }));
    expect(bad({ at: 'yesterday' }).details).toMatchObject({ field: 'at' });
    expect(bad({ at: '2025-03-04T10:15:00' }).details).toMatchObject({ field: 'at' }); // no zone
    expect(bad({ recordId: '' }).details).toMatchObject({ field: 'recordId' });
    expect(bad({ stage: 'abstract' }).details).toMatchObject({ field: 'stage' });
    expect(bad({ decision: 'perhaps' }).details).toMatchObject({ field: 'decision' });
  });
});

describe('validateResolution', () => {
  const conflict = [decision('r', 'alice', 'include'), decision('r', 'bob', 'exclude')];
  const resolution = (extra: Partial<Extract<ScreeningEvent, { type: 'resolution' }>> = {}): ScreeningEvent => ({
    type: 'resolution',
    recordId: 'r',
    stage: 'title-abstract',
    decision: 'exclude',
    method: 'third-reviewer',
    resolverIds: ['carol'],
    at,
    ...extra,
  });

  it('needs an open conflict (or maybe)', () => {
    expect(errorOf(() => validateEvent(run([decision('r', 'alice', 'include')]), resolution())).code).toBe('SCREENING_CONFLICT_NOT_FOUND');
    expect(() => validateEvent(run(conflict), resolution())).not.toThrow();
    expect(() => validateEvent(run([decision('r', 'alice', 'maybe'), decision('r', 'bob', 'include')]), resolution())).not.toThrow();
    const resolved = run([...conflict, resolution()]);
    expect(errorOf(() => validateEvent(resolved, resolution())).code).toBe('SCREENING_CONFLICT_NOT_FOUND');
  });

  it('checks who resolved: one third reviewer from outside the conflict, or a consensus', () => {
    const state = run(conflict);
    expect(errorOf(() => validateEvent(state, resolution({ resolverIds: ['alice'] }))).details).toMatchObject({ field: 'resolverIds' });
    expect(errorOf(() => validateEvent(state, resolution({ resolverIds: ['carol', 'dan'] }))).code).toBe('INVALID_ARGUMENT');
    expect(errorOf(() => validateEvent(state, resolution({ resolverIds: [] }))).code).toBe('INVALID_ARGUMENT');
    expect(() => validateEvent(state, resolution({ method: 'consensus', resolverIds: ['alice', 'bob'] }))).not.toThrow();
    expect(errorOf(() => validateEvent(state, resolution({ method: 'consensus', resolverIds: ['alice', 'alice'] }))).code).toBe(
      'INVALID_ARGUMENT',
    );
  });

  it('requires a reason to exclude at full text', () => {
    const state = run([
      ...includedAndRetrieved,
      decision('r', 'alice', 'include', { stage: 'full-text' }),
      decision('r', 'bob', 'exclude', { stage: 'full-text', reasonCode: 'not-qualitative' }),
    ]);
    expect(errorOf(() => validateEvent(state, resolution({ stage: 'full-text' }))).code).toBe('SCREENING_REASON_REQUIRED');
    expect(() => validateEvent(state, resolution({ stage: 'full-text', reasonCode: 'not-qualitative' }))).not.toThrow();
  });

  it('undoes only a resolution in force', () => {
    const undo: ScreeningEvent = { type: 'resolution-retraction', recordId: 'r', stage: 'title-abstract', actorId: 'carol', at };
    expect(errorOf(() => validateEvent(run(conflict), undo)).code).toBe('NOTHING_TO_UNDO');
    expect(() => run([...conflict, resolution(), undo])).not.toThrow();
  });
});

describe('validateRetrieval', () => {
  it('seeks only reports included at title/abstract or found by other methods', () => {
    const event: ScreeningEvent = { type: 'retrieval', recordId: 'r', outcome: 'retrieved', actorId: 'lib', at };
    expect(errorOf(() => validateEvent(run([decision('r', 'alice', 'include')]), event)).details).toMatchObject({ why: 'not-sought' });
    expect(() => validateEvent(run([], settings, ['r']), event)).not.toThrow();
  });

  it('refuses to mark a report not retrieved once full text has decisions', () => {
    const state = run([...includedAndRetrieved, decision('r', 'alice', 'include', { stage: 'full-text' })]);
    const lost: ScreeningEvent = { type: 'retrieval', recordId: 'r', outcome: 'not-retrieved', actorId: 'lib', at };
    expect(errorOf(() => validateEvent(state, lost)).details).toMatchObject({ why: 'full-text-activity' });
  });
});
