import { AppError } from '../errors.js';
import { plausibleYear } from '../records/record.js';
import { StudyId } from './ids.js';
import { definedOnly, requireText, uniqueIds } from './validate.js';

/**
 * A primary study. One study may be published in several reports (records); synthesis works on studies,
 * so that a study reported twice is not counted twice.
 */
export type Study = Readonly<{
  id: StudyId;
  /** How tables name it, e.g. "Motlhatlhedi 2018". */
  label: string;
  /** Year of the (main) report; orders studies chronologically. */
  year?: number;
  /** The records (reports) of this study. */
  reportIds: readonly string[];
}>;

export type StudyInput = Readonly<{ id: string; label: string; year?: number; reportIds?: readonly string[] }>;

export const Study = {
  /** Validates and freezes a study. */
  create(input: StudyInput): Study {
    if (input.year !== undefined && !plausibleYear(input.year)) {
      throw new AppError('INVALID_ARGUMENT', `Study.year must be a four-digit year; got ${input.year}.`, { year: input.year });
    }
    return Object.freeze(
      definedOnly({
        id: StudyId.of(input.id),
        label: requireText(input.label, 'Study', 'label').trim(),
        year: input.year,
        reportIds: uniqueIds(input.reportIds, (v) => requireText(v, 'Study', 'reportIds'), 'Study', 'reportIds'),
      }),
    );
  },
} as const;
