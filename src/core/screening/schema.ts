/**
 * Runtime schemas for the values the store keeps as JSON (events, settings) and the server receives.
 * Parsing checks shape only; whether an event may be appended is `validateEvent`'s job.
 */
import { z } from 'zod';
import { AppError } from '../errors.js';
import { screeningSettings } from './settings.js';
import type { ScreeningEvent, ScreeningSettings } from './types.js';
import { decisionValues, resolutionMethods, retrievalOutcomes, screeningStages } from './types.js';

const id = z.string().min(1);
const stage = z.enum(screeningStages);
const at = z.iso.datetime({ offset: true });
const optionalText = z.string().optional();

const ranking = z.strictObject({
  snapshotId: id,
  model: z.string().optional(),
  trainingSetSize: z.number().int().nonnegative().optional(),
  rank: z.number().int().nonnegative().optional(),
});

const decisionFields = {
  recordId: id,
  stage,
  reviewerId: id,
  decision: z.enum(decisionValues),
  reasonCode: optionalText,
  note: optionalText,
  at,
  ranking: ranking.optional(),
};

/** Schema of one stored or submitted screening event. */
export const screeningEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('decision'), ...decisionFields }),
  z.strictObject({ type: z.literal('decision-change'), ...decisionFields }),
  z.strictObject({ type: z.literal('decision-retraction'), recordId: id, stage, reviewerId: id, at }),
  z.strictObject({
    type: z.literal('resolution'),
    recordId: id,
    stage,
    decision: z.enum(['include', 'exclude']),
    reasonCode: optionalText,
    note: optionalText,
    method: z.enum(resolutionMethods),
    resolverIds: z.array(id).min(1),
    at,
  }),
  z.strictObject({ type: z.literal('resolution-retraction'), recordId: id, stage, actorId: id, at }),
  z.strictObject({
    type: z.literal('retrieval'),
    recordId: id,
    outcome: z.enum(retrievalOutcomes),
    actorId: id,
    note: optionalText,
    at,
  }),
]) satisfies z.ZodType<ScreeningEvent>;

const reviewers = z.union([z.literal(1), z.literal(2), z.literal(3)]);

/** Schema of the screening part of a project's settings (every field optional: defaults fill gaps). */
export const screeningSettingsSchema = z.strictObject({
  reviewersPerRecord: z.strictObject({ 'title-abstract': reviewers, 'full-text': reviewers }).partial().optional(),
  blinded: z.boolean().optional(),
  exclusionReasons: z
    .array(z.strictObject({ code: id, label: id, stages: z.array(stage).min(1).optional() }))
    .optional(),
  reasonRequiredAtTitleAbstract: z.boolean().optional(),
  eligibilityCriteria: z.string().optional(),
  resolverIds: z.array(id).optional(),
});

/**
 * Parses one event read from storage or a request body.
 * @throws AppError VALIDATION_FAILED with the schema issues in `details.issues`.
 */
export function parseScreeningEvent(value: unknown): ScreeningEvent {
  const result = screeningEventSchema.safeParse(value);
  if (!result.success) throw validationFailed('screening event', result.error);
  return result.data;
}

/**
 * Parses stored or submitted screening settings and completes them with the defaults.
 * @throws AppError VALIDATION_FAILED for a wrong shape, INVALID_ARGUMENT for inconsistent values.
 */
export function parseScreeningSettings(value: unknown): ScreeningSettings {
  const result = screeningSettingsSchema.safeParse(value);
  if (!result.success) throw validationFailed('screening settings', result.error);
  return screeningSettings(result.data);
}

function validationFailed(what: string, error: z.ZodError): AppError {
  return new AppError('VALIDATION_FAILED', `Invalid ${what}: ${z.prettifyError(error)}`, {
    issues: error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
  });
}
