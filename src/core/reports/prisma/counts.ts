/**
 * Every box of the PRISMA 2020 flow diagram for a new review with databases/registers and other methods
 * (Page et al. BMJ 2021;372:n71), counted from a `PrismaInput`, with the consistency checks a reader of
 * the diagram would make returned as warnings instead of silently printed.
 */
import { AppError } from '../../errors.js';
import type { PrismaInput, PrismaRecord, PrismaSourceKind } from './input.js';

/** One source line (PRISMA-S: report per database). */
export type SourceCount = Readonly<{ name: string; kind: PrismaSourceKind; platform?: string; n: number }>;

/** One reason line of an exclusion box. `code` is empty for exclusions recorded without a reason. */
export type ReasonCount = Readonly<{ code: string; label: string; n: number }>;

/** Records or reports waiting for a decision: non-zero only while the review is in progress. */
export type PendingCounts = Readonly<{ screening: number; retrieval: number; eligibility: number }>;

/** The boxes of the databases/registers column. */
export type DatabaseColumnCounts = Readonly<{
  identified: Readonly<{ databases: number; registers: number; total: number; sources: readonly SourceCount[] }>;
  removed: Readonly<{ duplicates: number; automation: number; otherReasons: number; total: number }>;
  screened: number;
  screeningExcluded: Readonly<{ total: number; byHumans: number; byAutomation: number; reasons: readonly ReasonCount[] }>;
  sought: number;
  notRetrieved: number;
  assessed: number;
  eligibilityExcluded: Readonly<{ total: number; reasons: readonly ReasonCount[] }>;
  /** Reports of this column that were included. */
  included: number;
  pending: PendingCounts;
}>;

/** The boxes of the other-methods column (no "records screened" box: these skip title/abstract). */
export type OtherMethodsColumnCounts = Readonly<{
  identified: Readonly<{ total: number; sources: readonly SourceCount[] }>;
  sought: number;
  notRetrieved: number;
  assessed: number;
  eligibilityExcluded: Readonly<{ total: number; reasons: readonly ReasonCount[] }>;
  included: number;
  pending: PendingCounts;
}>;

export type PrismaWarningCode =
  | 'identification-arithmetic'
  | 'removed-exceeds-identified'
  | 'other-identification-arithmetic'
  | 'records-without-source'
  | 'duplicate-record'
  | 'other-methods-screened'
  | 'reason-missing'
  | 'unknown-reason'
  | 'screening-pending'
  | 'retrieval-pending'
  | 'eligibility-pending'
  | 'study-not-grouped';

/** A consistency problem (`warning`) or a note on a provisional diagram (`info`). */
export type PrismaWarning = Readonly<{ code: PrismaWarningCode; severity: 'warning' | 'info'; message: string }>;

/** Every box of the diagram. `otherMethods` is absent when no record came from other methods. */
export type PrismaCounts = Readonly<{
  databases: DatabaseColumnCounts;
  otherMethods?: OtherMethodsColumnCounts;
  included: Readonly<{ studies: number; reports: number }>;
  warnings: readonly PrismaWarning[];
}>;

/**
 * Counts every box of the two-column PRISMA 2020 template.
 * - Records screened is the number of databases/registers records that entered screening (one
 *   `PrismaRecord` each); it should equal records identified minus records removed, and a warning says
 *   when it does not.
 * - Reports sought are the records included at title/abstract (each record is a report); other-methods
 *   records are sought directly.
 * - Reports assessed are those with a final full-text decision; reports still awaiting one (or awaiting
 *   retrieval or screening) are reported in `pending` and as `info` warnings.
 * - Studies included counts distinct `studyId`s of included reports.
 * @throws AppError INVALID_ARGUMENT for a negative or fractional count (the input is malformed, not
 *   merely inconsistent).
 */
export function prismaCounts(input: PrismaInput): PrismaCounts {
  const warnings: PrismaWarning[] = [];
  const warn = (code: PrismaWarningCode, message: string) => warnings.push({ code, severity: 'warning', message });
  const note = (code: PrismaWarningCode, message: string) => warnings.push({ code, severity: 'info', message });

  for (const s of input.sources) requireCount(s.records, `records of source "${s.name}"`);
  const duplicates = requireCount(input.removedBeforeScreening.duplicates, 'duplicates removed');
  const automation = requireCount(input.removedBeforeScreening.automation ?? 0, 'records removed by automation tools');
  const otherReasons = requireCount(input.removedBeforeScreening.otherReasons ?? 0, 'records removed for other reasons');

  const sources = sourceCounts(input.sources);
  const total = (kind: PrismaSourceKind) => sources.filter((s) => s.kind === kind).reduce((a, s) => a + s.n, 0);
  const databasesIdentified = total('database');
  const registersIdentified = total('register');
  const otherIdentified = total('other');

  const records = uniqueRecords(input.records, warn);
  const labels = new Map(input.reasons.map((r) => [r.code, r.label]));
  const db = records.filter((r) => r.route === 'databases');
  const screenedOther = records.filter((r) => r.route === 'other' && atScreening(r));
  if (screenedOther.length > 0) {
    warn(
      'other-methods-screened',
      `${screenedOther.length} record(s) found by other methods are marked at title/abstract screening, which that column does not have; they are left out of it.`,
    );
  }
  const other = records.filter((r) => r.route === 'other' && !atScreening(r));

  const removedTotal = duplicates + automation + otherReasons;
  const identifiedTotal = databasesIdentified + registersIdentified;
  if (removedTotal > identifiedTotal) {
    warn('removed-exceeds-identified', `More records were removed before screening (${removedTotal}) than identified from databases and registers (${identifiedTotal}).`);
  } else if (identifiedTotal - removedTotal !== db.length) {
    warn(
      'identification-arithmetic',
      `Records identified (${identifiedTotal}) minus records removed (${removedTotal}) is ${identifiedTotal - removedTotal}, but ${db.length} records were screened.`,
    );
  }
  if (db.length > 0 && identifiedTotal === 0) warn('records-without-source', 'Records were screened but no database or register is listed.');
  if (other.length > 0 && otherIdentified === 0) warn('records-without-source', 'Records came from other methods but no other source is listed.');

  const screeningExcludedRecords = db.filter((r) => r.outcome === 'excluded-at-screening');
  const byAutomation = screeningExcludedRecords.filter((r) => r.excludedBy === 'automation').length;
  const dbSought = db.filter((r) => !atScreening(r));
  const databases: DatabaseColumnCounts = {
    identified: {
      databases: databasesIdentified,
      registers: registersIdentified,
      total: identifiedTotal,
      sources: sources.filter((s) => s.kind !== 'other'),
    },
    removed: { duplicates, automation, otherReasons, total: removedTotal },
    screened: db.length,
    screeningExcluded: {
      total: screeningExcludedRecords.length,
      byHumans: screeningExcludedRecords.length - byAutomation,
      byAutomation,
      reasons: reasonCounts(screeningExcludedRecords, labels, input.reasons, warn, false),
    },
    ...retrievalAndEligibility(dbSought, labels, input.reasons, warn),
    pending: {
      screening: db.filter((r) => r.outcome === 'awaiting-screening').length,
      ...pendingAfterScreening(dbSought),
    },
  };

  const hasOther = other.length > 0 || otherIdentified > 0;
  const otherMethods: OtherMethodsColumnCounts | undefined = hasOther
    ? {
        identified: { total: otherIdentified, sources: sources.filter((s) => s.kind === 'other') },
        ...retrievalAndEligibility(other, labels, input.reasons, warn),
        pending: { screening: 0, ...pendingAfterScreening(other) },
      }
    : undefined;
  if (otherMethods && otherIdentified > 0 && otherMethods.sought !== otherIdentified) {
    note(
      'other-identification-arithmetic',
      `${otherIdentified} records were identified by other methods but ${otherMethods.sought} reports were sought (duplicates of database records, or records not yet added).`,
    );
  }

  const pending = [databases.pending, otherMethods?.pending].filter((p) => p !== undefined);
  const sumPending = (key: keyof PendingCounts) => pending.reduce((a, p) => a + p[key], 0);
  if (sumPending('screening') > 0) note('screening-pending', `${sumPending('screening')} record(s) still await a title/abstract decision.`);
  if (sumPending('retrieval') > 0) note('retrieval-pending', `${sumPending('retrieval')} report(s) still await retrieval.`);
  if (sumPending('eligibility') > 0) note('eligibility-pending', `${sumPending('eligibility')} report(s) still await a full-text decision.`);

  const included = records.filter((r) => r.outcome === 'included' && (r.route === 'databases' || !atScreening(r)));
  const ungrouped = included.filter((r) => r.studyId === undefined).length;
  if (ungrouped > 0) note('study-not-grouped', `${ungrouped} included report(s) are not grouped into a study; each counts as one study.`);
  const studies = new Set(included.map((r) => (r.studyId === undefined ? `report:${r.id}` : `study:${r.studyId}`)));

  return {
    databases,
    ...(otherMethods ? { otherMethods } : {}),
    included: { studies: studies.size, reports: included.length },
    warnings,
  };
}

function atScreening(r: PrismaRecord): boolean {
  return r.outcome === 'awaiting-screening' || r.outcome === 'excluded-at-screening';
}

function retrievalAndEligibility(
  sought: readonly PrismaRecord[],
  labels: ReadonlyMap<string, string>,
  order: PrismaInput['reasons'],
  warn: (code: PrismaWarningCode, message: string) => void,
) {
  const excluded = sought.filter((r) => r.outcome === 'excluded-at-eligibility');
  const included = sought.filter((r) => r.outcome === 'included').length;
  return {
    sought: sought.length,
    notRetrieved: sought.filter((r) => r.outcome === 'not-retrieved').length,
    assessed: excluded.length + included,
    eligibilityExcluded: { total: excluded.length, reasons: reasonCounts(excluded, labels, order, warn, true) },
    included,
  };
}

function pendingAfterScreening(sought: readonly PrismaRecord[]): Omit<PendingCounts, 'screening'> {
  return {
    retrieval: sought.filter((r) => r.outcome === 'awaiting-retrieval').length,
    eligibility: sought.filter((r) => r.outcome === 'awaiting-eligibility').length,
  };
}

/**
 * Exclusions per reason, in the order of the project's reason list, then unknown codes alphabetically,
 * then exclusions without a reason. Only reasons that occur are listed.
 */
function reasonCounts(
  excluded: readonly PrismaRecord[],
  labels: ReadonlyMap<string, string>,
  order: PrismaInput['reasons'],
  warn: (code: PrismaWarningCode, message: string) => void,
  reasonExpected: boolean,
): ReasonCount[] {
  const counts = new Map<string, number>();
  let missing = 0;
  for (const r of excluded) {
    if (r.reasonCode === undefined || r.reasonCode === '') missing++;
    else counts.set(r.reasonCode, (counts.get(r.reasonCode) ?? 0) + 1);
  }
  const known = order.filter((r) => counts.has(r.code)).map((r) => ({ code: r.code, label: r.label, n: counts.get(r.code) ?? 0 }));
  const unknown = [...counts.keys()].filter((c) => !labels.has(c)).sort();
  if (unknown.length > 0) warn('unknown-reason', `Exclusion reason code(s) not in the reason list: ${unknown.join(', ')}.`);
  const out: ReasonCount[] = [...known, ...unknown.map((code) => ({ code, label: code, n: counts.get(code) ?? 0 }))];
  if (reasonExpected && missing > 0) warn('reason-missing', `${missing} report(s) excluded at full text have no reason recorded.`);
  // At title/abstract reasons are optional: none recorded means no reason lines at all; some recorded
  // means the rest get a line of their own, so that the lines add up to the box's total.
  if (missing > 0 && (reasonExpected || out.length > 0)) out.push({ code: '', label: 'No reason recorded', n: missing });
  return out;
}

function sourceCounts(sources: PrismaInput['sources']): SourceCount[] {
  const out: SourceCount[] = [];
  for (const s of sources) {
    const name = s.name.trim();
    const platform = s.platform?.trim() || undefined;
    const same = out.findIndex((o) => o.kind === s.kind && o.name === name && o.platform === platform);
    const prior = out[same];
    if (prior) out[same] = { ...prior, n: prior.n + s.records };
    else out.push({ name, kind: s.kind, ...(platform === undefined ? {} : { platform }), n: s.records });
  }
  return out;
}

function uniqueRecords(records: readonly PrismaRecord[], warn: (code: PrismaWarningCode, message: string) => void): PrismaRecord[] {
  const seen = new Set<string>();
  const out: PrismaRecord[] = [];
  const repeated = new Set<string>();
  for (const r of records) {
    if (seen.has(r.id)) repeated.add(r.id);
    else {
      seen.add(r.id);
      out.push(r);
    }
  }
  if (repeated.size > 0) warn('duplicate-record', `Record id(s) listed more than once, counted once: ${[...repeated].slice(0, 5).join(', ')}${repeated.size > 5 ? '…' : ''}.`);
  return out;
}

function requireCount(n: number, what: string): number {
  if (!Number.isInteger(n) || n < 0) {
    throw new AppError('INVALID_ARGUMENT', `The number of ${what} must be a whole number ≥ 0 (got ${String(n)}).`, { field: what });
  }
  return n;
}
