import { AppError } from '../errors.js';
import type { ReportInput } from './input.js';

/**
 * Rejects input no report can be honest about: counts that are not whole numbers ≥ 0, statistics out of
 * their range (a percentage passed as 92 instead of 0.92 would print "9200%"), a generation time that is
 * not a date-time. Throws AppError INVALID_ARGUMENT naming the field.
 */
export function validateReportInput(input: ReportInput): void {
  const fail = (field: string, message: string): never => {
    throw new AppError('INVALID_ARGUMENT', `Report input ${field}: ${message}`, { field });
  };
  const whole = (n: number | undefined, field: string): void => {
    if (n !== undefined && (!Number.isInteger(n) || n < 0)) fail(field, `must be a whole number ≥ 0 (got ${String(n)}).`);
  };
  if (!/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(input.generatedAt) || Number.isNaN(Date.parse(input.generatedAt))) {
    fail('generatedAt', `must be an ISO date-time (got "${input.generatedAt}").`);
  }
  input.searches.forEach((s, i) => {
    whole(s.hitsReported, `searches[${i}].hitsReported`);
    whole(s.recordsImported, `searches[${i}].recordsImported`);
  });
  if (input.dedup) {
    whole(input.dedup.recordsImported, 'dedup.recordsImported');
    whole(input.dedup.duplicatesRemoved, 'dedup.duplicatesRemoved');
    whole(input.dedup.uniqueRecords, 'dedup.uniqueRecords');
  }
  input.screening?.stages.forEach((s, i) => {
    whole(s.screened, `screening.stages[${i}].screened`);
    whole(s.included, `screening.stages[${i}].included`);
    whole(s.excluded, `screening.stages[${i}].excluded`);
    const a = s.agreement;
    if (!a) return;
    whole(a.pairs, `screening.stages[${i}].agreement.pairs`);
    if (a.kappa !== undefined && !(a.kappa >= -1 && a.kappa <= 1)) fail(`screening.stages[${i}].agreement.kappa`, `must be between -1 and 1 (got ${String(a.kappa)}).`);
    if (a.percent !== undefined && !(a.percent >= 0 && a.percent <= 1)) fail(`screening.stages[${i}].agreement.percent`, `must be a share between 0 and 1 (got ${String(a.percent)}).`);
  });
}
