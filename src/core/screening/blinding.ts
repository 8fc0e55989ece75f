/**
 * Blinding as a pure policy. Every endpoint that returns screening data for one record passes it
 * through these functions, so that "reviewer B cannot read reviewer A's decision" holds by construction:
 * - blinding off: everyone (viewers included) sees every decision, the status and the final decision;
 * - blinding on: a member sees their own decisions only, and nothing derived from the others' (status,
 *   final decision, resolution, conflict kind), except that owners and designated resolvers see all of a
 *   record's decisions at a stage once it is in the conflict queue (a conflict or a `maybe`) or has been
 *   resolved: they cannot settle a conflict they cannot read.
 * Aggregate numbers (PRISMA counts, agreement statistics) are not covered here: the app shows those to
 * owners, or to everyone once blinding is off.
 */
import { stageState } from './state.js';
import type {
  ConflictKind,
  FinalDecision,
  ReviewerDecision,
  ReviewersPerRecord,
  Resolution,
  ScreeningSettings,
  ScreeningStage,
  ScreeningState,
  StageState,
  StageStatus,
  Viewer,
} from './types.js';

/** Whether `viewer` may resolve conflicts: owners always, reviewers whom the settings name as resolvers. */
export function canResolve(viewer: Viewer, settings: ScreeningSettings): boolean {
  return viewer.role === 'owner' || (viewer.role === 'reviewer' && settings.resolverIds.includes(viewer.id));
}

/** Whether `viewer` may see every reviewer's decision on this record at this stage (see the policy above). */
export function canSeeAllDecisions(
  state: ScreeningState,
  recordId: string,
  stage: ScreeningStage,
  viewer: Viewer,
  settings: ScreeningSettings,
): boolean {
  if (!settings.blinded) return true;
  if (!canResolve(viewer, settings)) return false;
  return inConflictOrResolved(stageState(state, recordId, stage));
}

/**
 * The current decisions on a record at a stage that `viewer` may read: all of them, or only the
 * viewer's own (possibly none).
 */
export function visibleDecisions(
  state: ScreeningState,
  recordId: string,
  stage: ScreeningStage,
  viewer: Viewer,
  settings: ScreeningSettings,
): ReviewerDecision[] {
  const s = stageState(state, recordId, stage);
  return canSeeAllDecisions(state, recordId, stage, viewer, settings)
    ? [...s.decisions]
    : s.decisions.filter((d) => d.reviewerId === viewer.id);
}

/** A stage state with whatever `viewer` may not read removed: safe to serialise to that viewer. */
export type VisibleStageState = Readonly<{
  recordId: string;
  stage: ScreeningStage;
  /** Whether the stage is open to screening for this record (not `not-open` / `skipped`). */
  open: boolean;
  required: ReviewersPerRecord;
  /** True when other reviewers' decisions (and everything derived from them) are withheld. */
  blinded: boolean;
  decisions: readonly ReviewerDecision[];
  /** The undo stacks of the reviewers in `decisions`. */
  earlier: Readonly<Record<string, readonly ReviewerDecision[]>>;
  /** Absent while blinded. */
  status?: StageStatus;
  final?: FinalDecision;
  conflict?: ConflictKind;
  resolutions?: readonly Resolution[];
}>;

/**
 * The view of a record at a stage that `viewer` may receive. While blinded it keeps only the viewer's
 * own decisions and undo stack and drops status, final decision, conflict kind and resolutions, since
 * each of those would reveal the other reviewers' calls.
 */
export function visibleStageState(
  state: ScreeningState,
  recordId: string,
  stage: ScreeningStage,
  viewer: Viewer,
  settings: ScreeningSettings,
): VisibleStageState {
  const s = stageState(state, recordId, stage);
  const open = s.status !== 'not-open' && s.status !== 'skipped';
  if (canSeeAllDecisions(state, recordId, stage, viewer, settings)) {
    return {
      recordId,
      stage,
      open,
      required: s.required,
      blinded: false,
      decisions: s.decisions,
      earlier: s.earlier,
      status: s.status,
      ...(s.final === undefined ? {} : { final: s.final }),
      ...(s.conflict === undefined ? {} : { conflict: s.conflict }),
      resolutions: s.resolutions,
    };
  }
  const own = s.earlier[viewer.id];
  return {
    recordId,
    stage,
    open,
    required: s.required,
    blinded: true,
    decisions: s.decisions.filter((d) => d.reviewerId === viewer.id),
    earlier: own === undefined ? {} : { [viewer.id]: own },
  };
}

function inConflictOrResolved(s: StageState): boolean {
  return s.conflict !== undefined || s.final?.via === 'resolution';
}
