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

const balanceSchema = z.enum(['none', 'equal', 'double']);

const doubleBalanceSchema = z.object({
  a: z.number().positive(),
  alpha: z.number(),
  b: z.number().min(0).max(1),
  beta: z.number(),
});

// Fields added after the first version are optional: a state saved before them replays as it was
// (absent = the behaviour of that version).
const configSchema = z
  .object({
    features: featureSchema,
    model: z.enum(['svm', 'logistic', 'naive-bayes', 'ensemble']),
    ensemble: z.array(z.enum(['svm', 'logistic', 'naive-bayes'])).min(1),
    ensembleWeights: z.array(z.number().nonnegative()).optional(),
    c: z.number().positive(),
    solverVisits: z.number().int().positive().optional(),
    svmLoss: z.enum(['squared-hinge', 'hinge']),
    nbAlpha: z.number().positive(),
    balance: balanceSchema,
    doubleBalance: doubleBalanceSchema.optional(),
    naiveBayesVariants: z
      .array(
        z.object({
          alpha: z.number().positive(),
          balance: balanceSchema,
          doubleBalance: doubleBalanceSchema.optional(),
          presumptiveExcludes: z.number().int().min(0),
        }),
      )
      .optional(),
    naiveBayesSelection: z.object({ minIncludes: z.number().int().min(2), minExcludes: z.number().int().min(1) }).optional(),
    presumptiveExcludes: z.number().int().min(0),
    presumptiveMode: z.enum(['sample', 'background']),
    presumptiveWeight: z.number().positive(),
    seed: z.number().int(),
    includeTerms: z.array(z.string()),
    excludeTerms: z.array(z.string()),
  })
  .refine((c) => c.ensembleWeights === undefined || (c.ensembleWeights.length === c.ensemble.length && c.ensembleWeights.some((w) => w > 0)), {
    message: 'ensembleWeights needs one weight per ensemble member, not all zero.',
    path: ['ensembleWeights'],
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
