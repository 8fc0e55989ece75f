import { AppError } from '../errors.js';
import type { ExclusionReason, ReviewersPerRecord, ScreeningSettings, ScreeningStage } from './types.js';
import { screeningStages } from './types.js';

/**
 * Settings of a new project: two blinded reviewers at each stage (the Cochrane default for qualitative
 * evidence synthesis), a short reason list a team usually starts from, and reasons required only at full
 * text, where PRISMA reports them.
 */
export const defaultScreeningSettings: ScreeningSettings = Object.freeze({
  reviewersPerRecord: Object.freeze({ 'title-abstract': 2, 'full-text': 2 }),
  blinded: true,
  exclusionReasons: Object.freeze([
    { code: 'wrong-phenomenon', label: 'Phenomenon of interest not addressed' },
    { code: 'wrong-population', label: 'Population or setting out of scope' },
    { code: 'not-qualitative', label: 'No qualitative data collection and analysis' },
    { code: 'wrong-publication-type', label: 'Publication type (review, editorial, abstract only)' },
    { code: 'no-full-report', label: 'Full report not available or not in an included language', stages: ['full-text'] },
  ] satisfies ExclusionReason[]),
  reasonRequiredAtTitleAbstract: false,
  eligibilityCriteria: '',
  resolverIds: Object.freeze([]),
});

/** Settings as a caller gives them: any field may be left out (or undefined) and takes its default. */
export type ScreeningSettingsInput = Readonly<{
  reviewersPerRecord?: Readonly<Partial<Record<ScreeningStage, ReviewersPerRecord | undefined>>> | undefined;
  blinded?: boolean | undefined;
  exclusionReasons?: readonly ExclusionReason[] | undefined;
  reasonRequiredAtTitleAbstract?: boolean | undefined;
  eligibilityCriteria?: string | undefined;
  resolverIds?: readonly string[] | undefined;
}>;

/**
 * Completes and checks settings: fills what `input` leaves out from the defaults and rejects values the
 * fold could not honour (reviewer counts outside 1–3, duplicate or blank reason codes, unknown stages).
 * @throws AppError INVALID_ARGUMENT naming the offending field.
 */
export function screeningSettings(input: ScreeningSettingsInput = {}): ScreeningSettings {
  const d = defaultScreeningSettings;
  const merged: ScreeningSettings = {
    reviewersPerRecord: {
      'title-abstract': input.reviewersPerRecord?.['title-abstract'] ?? d.reviewersPerRecord['title-abstract'],
      'full-text': input.reviewersPerRecord?.['full-text'] ?? d.reviewersPerRecord['full-text'],
    },
    blinded: input.blinded ?? d.blinded,
    exclusionReasons: input.exclusionReasons ?? d.exclusionReasons,
    reasonRequiredAtTitleAbstract: input.reasonRequiredAtTitleAbstract ?? d.reasonRequiredAtTitleAbstract,
    eligibilityCriteria: input.eligibilityCriteria ?? d.eligibilityCriteria,
    resolverIds: input.resolverIds ?? d.resolverIds,
  };
  for (const stage of screeningStages) {
    const n = merged.reviewersPerRecord[stage];
    if (!isReviewersPerRecord(n)) {
      throw new AppError('INVALID_ARGUMENT', `Reviewers per record at ${stage} must be 1, 2 or 3 (got ${String(n)}).`, {
        field: `reviewersPerRecord.${stage}`,
      });
    }
  }
  const seen = new Set<string>();
  for (const reason of merged.exclusionReasons) {
    if (reason.code.trim() === '' || reason.label.trim() === '') {
      throw new AppError('INVALID_ARGUMENT', 'An exclusion reason needs a code and a label.', { field: 'exclusionReasons' });
    }
    if (seen.has(reason.code)) {
      throw new AppError('INVALID_ARGUMENT', `Exclusion reason code "${reason.code}" appears twice.`, {
        field: 'exclusionReasons',
        code: reason.code,
      });
    }
    seen.add(reason.code);
    for (const stage of reason.stages ?? []) {
      if (!(screeningStages as readonly string[]).includes(stage)) {
        throw new AppError('INVALID_ARGUMENT', `Exclusion reason "${reason.code}" names an unknown stage "${stage}".`, {
          field: 'exclusionReasons',
          code: reason.code,
        });
      }
    }
  }
  return merged;
}

/** Whether an exclusion at `stage` must carry a reason (always at full text: PRISMA lists them). */
export function reasonRequired(settings: ScreeningSettings, stage: ScreeningStage): boolean {
  return stage === 'full-text' || settings.reasonRequiredAtTitleAbstract;
}

/** The reasons a reviewer may pick at `stage`, in the project's order. */
export function reasonsForStage(settings: ScreeningSettings, stage: ScreeningStage): readonly ExclusionReason[] {
  return settings.exclusionReasons.filter((r) => r.stages === undefined || r.stages.includes(stage));
}

function isReviewersPerRecord(n: unknown): n is ReviewersPerRecord {
  return n === 1 || n === 2 || n === 3;
}
