import { z } from 'zod';
import { AppError } from '../errors.js';
import type { RankerState } from './types.js';

const tokenizeSchema = z.object({
  stopwords: z.boolean(),
  stem: z.enum(['none', 'light']),
  dropNumbers: z.boolean(),
});

const featureSchema = z.object({
  tokenize: tokenizeSchema,
  ngramMax: z.union([z.literal(1), z.literal(2)]),
  minDf: z.number().int().min(1),
  maxDf: z.number().gt(0).max(1),
  sublinearTf: z.boolean(),
  titleTerms: z.boolean(),
  stopwordBigrams: z.boolean(),
});

const configSchema = z.object({
  features: featureSchema,
  model: z.enum(['svm', 'logistic', 'naive-bayes', 'ensemble']),
  ensemble: z.array(z.enum(['svm', 'logistic', 'naive-bayes'])).min(1),
  c: z.number().positive(),
  svmLoss: z.enum(['squared-hinge', 'hinge']),
  nbAlpha: z.number().positive(),
  balance: z.enum(['none', 'equal', 'double']),
  presumptiveExcludes: z.number().int().min(0),
  presumptiveMode: z.enum(['sample', 'background']),
  presumptiveWeight: z.number().positive(),
  seed: z.number().int(),
  includeTerms: z.array(z.string()),
  excludeTerms: z.array(z.string()),
});

const stateSchema = z.object({
  version: z.literal(1),
  config: configSchema,
  seed: z.number().int(),
  vocabularyHash: z.string().regex(/^[0-9a-f]{16}$/),
  recordsHash: z.string().regex(/^[0-9a-f]{16}$/),
  records: z.number().int().min(0),
  training: z.array(z.tuple([z.string(), z.union([z.literal(0), z.literal(1)])])),
});

/**
 * Reads a ranker state back from storage (JSON.parse output). Throws AppError VALIDATION_FAILED,
 * with the schema's complaints in `details.issues`, when it is not a state this version can replay.
 */
export function parseRankerState(value: unknown): RankerState {
  const result = stateSchema.safeParse(value);
  if (!result.success) {
    throw new AppError('VALIDATION_FAILED', 'Not a ranker state this version can replay.', {
      issues: result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    });
  }
  return result.data satisfies RankerState;
}
