import type { z } from 'zod';
import { AppError } from '../core/errors.js';

/** Validate input at the app boundary; a failure becomes VALIDATION_FAILED with every issue listed. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  const first = issues[0];
  throw new AppError('VALIDATION_FAILED', first ? `${first.path ? `${first.path}: ` : ''}${first.message}` : 'Invalid input.', { issues });
}
