import { readFileSync, writeFileSync } from 'node:fs';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  screeningSettings,
  screeningState,
  validateEvent,
  type ExclusionReason,
  type ScreeningEvent,
  type ScreeningStage,
  type ScreeningState,
} from '../../screening/index.js';
import { prismaCounts, prismaRecordsFromState, prismaSvg, type PrismaInput, type PrismaSource } from './index.js';

type Resolved = { decision: string; method: 'third-reviewer' | 'consensus' };
type FixtureRecord = {
  id: string;
  route: 'databases' | 'other';
  ta?: string[];
  taResolved?: Resolved;
  retrieval?: 'retrieved' | 'not-retrieved';
  ft?: string[];
  ftResolved?: Resolved;
  study?: string;
};
type Fixture = {
  reviewers: string[];
  resolver: string;
  sources: PrismaSource[];
  removedBeforeScreening: PrismaInput['removedBeforeScreening'];
  reasons: ExclusionReason[];
  records: FixtureRecord[];
};

const fixturePath = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);
const project = JSON.parse(readFileSync(fixturePath('hand-counted-project.json'), 'utf8')) as Fixture;
const settings = screeningSettings({
  reviewersPerRecord: { 'title-abstract': 2, 'full-text': 2 },
  exclusionReasons: project.reasons,
  resolverIds: [project.resolver],
});

/** `E:reason` → decision and reason code. */
function parseStep(step: string): { decision: 'include' | 'exclude' | 'maybe'; reasonCode?: string } {
  const [code, reasonCode] = step.split(':');
  const decision = code === 'I' ? 'include' : code === 'E' ? 'exclude' : code === 'M' ? 'maybe' : undefined;
  if (!decision) throw new Error(`bad step ${step}`);
  return reasonCode ? { decision, reasonCode } : { decision };
}

/** Turns the fixture's notation (see fixtures/README.md) into the event log, stage by stage. */
function eventsOf(fixture: Fixture): { events: ScreeningEvent[]; state: ScreeningState } {
  let second = 0;
  const at = () => new Date(Date.UTC(2025, 5, 2, 9, 0, second++)).toISOString();
  const otherMethods = fixture.records.filter((r) => r.route === 'other').map((r) => r.id);
  let state = screeningState([], settings, { otherMethods });
  const events: ScreeningEvent[] = [];
  const append = (e: ScreeningEvent) => {
    validateEvent(state, e); // the fixture must obey the same rules as the app
    state = applyEvent(state, e);
    events.push(e);
  };
  const screen = (r: FixtureRecord, stage: ScreeningStage, sequences: string[] | undefined, resolved: Resolved | undefined) => {
    sequences?.forEach((sequence, i) => {
      const reviewerId = fixture.reviewers[i]!;
      let inForce = 0;
      for (const step of sequence.split('>')) {
        if (step === 'undo') {
          append({ type: 'decision-retraction', recordId: r.id, stage, reviewerId, at: at() });
          inForce--;
          continue;
        }
        append({ type: inForce > 0 ? 'decision-change' : 'decision', recordId: r.id, stage, reviewerId, ...parseStep(step), at: at() });
        inForce++;
      }
    });
    if (resolved) {
      const { decision, reasonCode } = parseStep(resolved.decision);
      if (decision === 'maybe') throw new Error('a resolution includes or excludes');
      append({
        type: 'resolution',
        recordId: r.id,
        stage,
        decision,
        ...(reasonCode ? { reasonCode } : {}),
        method: resolved.method,
        resolverIds: resolved.method === 'consensus' ? fixture.reviewers : [fixture.resolver],
        at: at(),
      });
    }
  };
  for (const r of fixture.records) screen(r, 'title-abstract', r.ta, r.taResolved);
  for (const r of fixture.records) {
    if (r.retrieval) append({ type: 'retrieval', recordId: r.id, outcome: r.retrieval, actorId: 'librarian', at: at() });
  }
  for (const r of fixture.records) screen(r, 'full-text', r.ft, r.ftResolved);
  return { events, state };
}

function inputOf(fixture: Fixture, state: ScreeningState): PrismaInput {
  const studies = new Map(fixture.records.flatMap((r) => (r.study ? [[r.id, r.study] as const] : [])));
  return {
    sources: fixture.sources,
    removedBeforeScreening: fixture.removedBeforeScreening,
    records: prismaRecordsFromState(state, fixture.records.map((r) => r.id), (id) => studies.get(id)),
    reasons: fixture.reasons.map(({ code, label }) => ({ code, label })),
  };
}

describe('PRISMA golden: the hand-counted project', () => {
  const { events, state } = eventsOf(project);
  const counts = prismaCounts(inputOf(project, state));

  it('replays a valid log (every event passed the validator)', () => {
    expect(events.length).toBeGreaterThan(100);
    // Folding the stored log from scratch gives the state built event by event.
    expect(screeningState(events, settings, { otherMethods: state.otherMethods })).toEqual(state);
  });

  it('counts every box exactly as counted by hand', () => {
    const expected = JSON.parse(readFileSync(fixturePath('prisma.expected.json'), 'utf8')) as unknown;
    expect(counts).toEqual(expected);
  });

  it('draws the diagram of the golden file', () => {
    const svg = prismaSvg(counts);
    const path = fixturePath('prisma.expected.svg');
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, svg);
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toBe(readFileSync(path, 'utf8'));
  });
});
