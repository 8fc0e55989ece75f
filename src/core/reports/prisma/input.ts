/**
 * What the PRISMA 2020 flow diagram is computed from. The app fills this from stored data: the search log
 * (records per source), the de-duplication result, the screening state (one entry per record that
 * entered screening) and the grouping of reports into studies. Every number in the diagram is then
 * counted here, never typed in (DESIGN.md §5).
 */
import type { RecordOutcome, RecordRoute, RecordScreening, ScreeningState } from '../../screening/index.js';
import { recordScreening } from '../../screening/index.js';

/** Where records came from (PRISMA-S items 1–7). `other`: websites, organisations, citation searching… */
export type PrismaSourceKind = 'database' | 'register' | 'other';

/** One source and the records identified from it. Entries with the same kind, name and platform add up. */
export type PrismaSource = Readonly<{
  /** `MEDLINE`, `CINAHL Complete`, `ClinicalTrials.gov`, `Citation searching`, `Websites`… */
  name: string;
  kind: PrismaSourceKind;
  /** Interface the database was searched on (`Ovid`, `EBSCOhost`), shown as "MEDLINE via Ovid". */
  platform?: string;
  /** Records identified (imported) from it. */
  records: number;
}>;

/** One record that entered screening (after removals), and where it ended. */
export type PrismaRecord = Readonly<{
  id: string;
  /** Its column: databases/registers, or other methods (which skip title/abstract screening). */
  route: RecordRoute;
  outcome: RecordOutcome;
  /** Exclusion reason code: optional at title/abstract, expected at full text. */
  reasonCode?: string;
  /** Who excluded it at title/abstract (PRISMA footnote on automation tools); `human` by default. */
  excludedBy?: 'human' | 'automation';
  /** The study an included report belongs to; reports without one count as a study of their own. */
  studyId?: string;
}>;

/** A reason code and the label the diagram prints. Listed in this order. */
export type PrismaReason = Readonly<{ code: string; label: string }>;

/** Everything the flow diagram counts. */
export type PrismaInput = Readonly<{
  sources: readonly PrismaSource[];
  /** Databases/registers column, before screening (the other-methods column has no such box). */
  removedBeforeScreening: Readonly<{
    duplicates: number;
    /** Records marked as ineligible by automation tools. */
    automation?: number;
    otherReasons?: number;
  }>;
  records: readonly PrismaRecord[];
  reasons: readonly PrismaReason[];
}>;

/** The PRISMA view of one record's screening state. */
export function prismaRecordFromScreening(record: RecordScreening, studyId?: string): PrismaRecord {
  const reasonCode =
    record.outcome === 'excluded-at-screening'
      ? record.titleAbstract.final?.reasonCode
      : record.outcome === 'excluded-at-eligibility'
        ? record.fullText.final?.reasonCode
        : undefined;
  return {
    id: record.recordId,
    route: record.route,
    outcome: record.outcome,
    ...(reasonCode === undefined ? {} : { reasonCode }),
    ...(record.outcome === 'excluded-at-screening' ? { excludedBy: 'human' as const } : {}),
    ...(studyId === undefined ? {} : { studyId }),
  };
}

/**
 * The PRISMA records of every record that entered screening, including those nobody has screened yet.
 * @param recordIds every record left after de-duplication and removals, from both columns.
 * @param studyOf the study of an included report, where reports have been grouped.
 */
export function prismaRecordsFromState(
  state: ScreeningState,
  recordIds: Iterable<string>,
  studyOf: (recordId: string) => string | undefined = () => undefined,
): PrismaRecord[] {
  return [...recordIds].map((id) => prismaRecordFromScreening(recordScreening(state, id), studyOf(id)));
}
