/**
 * The vocabulary of screening (DESIGN.md §4 "Screening decision", METHOD.md §1.6): the two screening
 * stages with the PRISMA retrieval step between them, the events the app appends to the log, the
 * project's screening settings, and the state that the fold derives from the log.
 *
 * Ids are plain strings here: the store owns how records and users are identified, and the core only
 * compares them.
 */

/** The two screening stages. A record reaches full text only after title/abstract inclusion and retrieval. */
export const screeningStages = ['title-abstract', 'full-text'] as const;
export type ScreeningStage = (typeof screeningStages)[number];

/** A reviewer's call on one record at one stage. `maybe` always sends the record to the conflict queue. */
export const decisionValues = ['include', 'exclude', 'maybe'] as const;
export type DecisionValue = (typeof decisionValues)[number];

/** What a stage finally decided (by agreement or by resolution): never `maybe`. */
export type FinalDecisionValue = 'include' | 'exclude';

/** How a conflict was settled (PRISMA item 8: "how many reviewers… whether they worked independently"). */
export const resolutionMethods = ['third-reviewer', 'consensus'] as const;
export type ResolutionMethod = (typeof resolutionMethods)[number];

/** The outcome of the PRISMA retrieval step ("reports sought for retrieval" / "reports not retrieved"). */
export const retrievalOutcomes = ['retrieved', 'not-retrieved'] as const;
export type RetrievalOutcome = (typeof retrievalOutcomes)[number];

/**
 * Which ranking produced the order the reviewer saw (L10: decisions keep the model state that ordered
 * them, so a simulation can replay a review). `snapshotId` points at a stored ranking run.
 */
export type RankingSnapshotRef = Readonly<{
  snapshotId: string;
  /** Model name, e.g. `tfidf-logistic` or `random`. */
  model?: string;
  /** Number of labelled records the model was trained on. */
  trainingSetSize?: number;
  /** 0-based position of the record in the list shown to the reviewer. */
  rank?: number;
}>;

/** Fields shared by a first decision and a change of decision. */
type DecisionFields = Readonly<{
  recordId: string;
  stage: ScreeningStage;
  reviewerId: string;
  decision: DecisionValue;
  /** A code from the project's exclusion-reason list; only with `exclude`. Required at full text. */
  reasonCode?: string;
  note?: string;
  /** ISO 8601 date-time with zone, passed in by the caller (core has no clock). */
  at: string;
  ranking?: RankingSnapshotRef;
}>;

/** A reviewer's first decision on a record at a stage. */
export type DecisionMadeEvent = Readonly<{ type: 'decision' }> & DecisionFields;

/**
 * A reviewer replaces their current decision. The earlier decision stays in the log (and in the
 * state's undo stack), so the change is audited and can itself be undone.
 */
export type DecisionChangedEvent = Readonly<{ type: 'decision-change' }> & DecisionFields;

/** Undo of the reviewer's last decision or change at a stage: the one beneath it becomes current again. */
export type DecisionRetractedEvent = Readonly<{
  type: 'decision-retraction';
  recordId: string;
  stage: ScreeningStage;
  reviewerId: string;
  at: string;
}>;

/** A conflict (disagreement, a `maybe`, or differing exclusion reasons) settled for good. */
export type ConflictResolvedEvent = Readonly<{
  type: 'resolution';
  recordId: string;
  stage: ScreeningStage;
  decision: FinalDecisionValue;
  reasonCode?: string;
  note?: string;
  method: ResolutionMethod;
  /** Who settled it: the third reviewer, or everyone who took part in the consensus. */
  resolverIds: readonly string[];
  at: string;
}>;

/** Undo of the last resolution of a record at a stage: the conflict reopens. */
export type ResolutionRetractedEvent = Readonly<{
  type: 'resolution-retraction';
  recordId: string;
  stage: ScreeningStage;
  actorId: string;
  at: string;
}>;

/** The retrieval step for a report sought: found (full text opens) or not retrieved. The latest one counts. */
export type RetrievalRecordedEvent = Readonly<{
  type: 'retrieval';
  recordId: string;
  outcome: RetrievalOutcome;
  actorId: string;
  note?: string;
  at: string;
}>;

/** Every event of the screening log, stored as one JSON row each, in append order. */
export type ScreeningEvent =
  | DecisionMadeEvent
  | DecisionChangedEvent
  | DecisionRetractedEvent
  | ConflictResolvedEvent
  | ResolutionRetractedEvent
  | RetrievalRecordedEvent;

export type ScreeningEventType = ScreeningEvent['type'];

/** One entry of the project's exclusion-reason list (shared by all reviewers, METHOD.md §3 item 4). */
export type ExclusionReason = Readonly<{
  /** Stable code stored in decisions, e.g. `wrong-design`. */
  code: string;
  /** What people read, e.g. `Not a qualitative study`. */
  label: string;
  /** Stages where the reason may be chosen; all stages when absent. */
  stages?: readonly ScreeningStage[];
}>;

/** How many independent reviewers must screen each record at a stage. */
export type ReviewersPerRecord = 1 | 2 | 3;

/** The project's screening settings (DESIGN.md §4 Project settings). */
export type ScreeningSettings = Readonly<{
  reviewersPerRecord: Readonly<Record<ScreeningStage, ReviewersPerRecord>>;
  /** While on, a reviewer sees only their own decisions (see `visibleDecisions`). */
  blinded: boolean;
  exclusionReasons: readonly ExclusionReason[];
  /** An exclusion at full text always needs a reason; this makes one required at title/abstract too. */
  reasonRequiredAtTitleAbstract: boolean;
  /** The eligibility criteria shown beside the record while screening. */
  eligibilityCriteria: string;
  /** Members (besides owners) who may resolve conflicts, e.g. a designated third reviewer. */
  resolverIds: readonly string[];
}>;

/** A reviewer's decision as it stands in the state. */
export type ReviewerDecision = Readonly<{
  reviewerId: string;
  decision: DecisionValue;
  reasonCode?: string;
  note?: string;
  at: string;
  ranking?: RankingSnapshotRef;
  /** True when this decision replaced an earlier one of the same reviewer (a `decision-change`). */
  changed: boolean;
}>;

/** A resolution as it stands in the state. */
export type Resolution = Readonly<{
  decision: FinalDecisionValue;
  reasonCode?: string;
  note?: string;
  method: ResolutionMethod;
  resolverIds: readonly string[];
  at: string;
}>;

/**
 * Where a record stands at a stage.
 * - `not-open`: full text only, the record has not reached it (not included at title/abstract, or its
 *   report not retrieved).
 * - `skipped`: title/abstract only, the record came from other methods (PRISMA: no "records screened").
 * - `unscreened`: open, no decision yet; `in-progress`: fewer decisions than required, none final yet.
 * - `maybe`: enough decisions, no include/exclude disagreement, but someone said maybe (conflict queue).
 * - `conflict`: enough decisions and they disagree (conflict queue).
 * - `included` / `excluded`: final, by agreement or by resolution.
 */
export const stageStatuses = [
  'not-open',
  'skipped',
  'unscreened',
  'in-progress',
  'maybe',
  'conflict',
  'included',
  'excluded',
] as const;
export type StageStatus = (typeof stageStatuses)[number];

/** Why a record sits in the conflict queue. `reason`: all excluded, but with different required reasons. */
export type ConflictKind = 'disagreement' | 'maybe' | 'reason';

/** The decision a stage reached, and how. */
export type FinalDecision = Readonly<{
  decision: FinalDecisionValue;
  reasonCode?: string;
  via: 'agreement' | 'resolution';
  /** Set when `via` is `resolution`: who resolved it, how, when. */
  resolution?: Resolution;
}>;

/** One record at one stage, derived from the log. */
export type StageState = Readonly<{
  stage: ScreeningStage;
  status: StageStatus;
  /** Reviewers required by the settings. */
  required: ReviewersPerRecord;
  /** Each reviewer's current decision, sorted by reviewer id. */
  decisions: readonly ReviewerDecision[];
  /**
   * Per reviewer, the decisions beneath the current one (oldest first): what successive undos restore.
   * The first element (or the current decision when empty) is the reviewer's first independent call.
   */
  earlier: Readonly<Record<string, readonly ReviewerDecision[]>>;
  /** Resolutions in force, oldest first; the last one decides. Retracted ones are gone. */
  resolutions: readonly Resolution[];
  final?: FinalDecision;
  conflict?: ConflictKind;
  /** Latest `at` among the decisions and resolutions in force. */
  lastActivityAt?: string;
}>;

/** The retrieval step of a record (PRISMA "reports sought for retrieval"). */
export type RetrievalState = Readonly<{
  /** `not-sought` until the record is included at title/abstract (or comes from other methods). */
  status: 'not-sought' | 'pending' | RetrievalOutcome;
  /** Every outcome recorded, oldest first; the last one counts. Kept even while not sought. */
  history: readonly Readonly<{ outcome: RetrievalOutcome; actorId: string; note?: string; at: string }>[];
}>;

/**
 * How the record was identified, i.e. its PRISMA column. Records found by other methods (citation
 * searching, websites, experts) skip title/abstract screening and go straight to retrieval.
 */
export type RecordRoute = 'databases' | 'other';

/** Where a record's journey through screening stands or ended. */
export const recordOutcomes = [
  'awaiting-screening',
  'excluded-at-screening',
  'awaiting-retrieval',
  'not-retrieved',
  'awaiting-eligibility',
  'excluded-at-eligibility',
  'included',
] as const;
export type RecordOutcome = (typeof recordOutcomes)[number];

/** Everything the log says about one record. */
export type RecordScreening = Readonly<{
  recordId: string;
  route: RecordRoute;
  titleAbstract: StageState;
  retrieval: RetrievalState;
  fullText: StageState;
  outcome: RecordOutcome;
}>;

/** The fold of the whole log. Records with no events are not in `records` (see `recordScreening`). */
export type ScreeningState = Readonly<{
  settings: ScreeningSettings;
  /** Records found by other methods (they skip title/abstract screening). */
  otherMethods: ReadonlySet<string>;
  records: ReadonlyMap<string, RecordScreening>;
}>;

/** A member looking at screening data, for the blinding policy. Roles are the project membership roles. */
export type Viewer = Readonly<{ id: string; role: 'owner' | 'reviewer' | 'viewer' }>;
