import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { AppError } from '../../core/errors.js';
import { newSearchSchema } from '../searches.js';
import { parseInput } from '../validate.js';

/**
 * The data files of the built-in example review (`examples/img-return-migration/`): what they hold and
 * how they are read. The package ships `examples/`, and this module sits three levels below the package
 * root both as source (`src/app/example/`) and compiled (`dist/app/example/`), so the default folder
 * resolves the same way in both.
 */
export const defaultExampleDir = fileURLToPath(new URL('../../../examples/img-return-migration/', import.meta.url));

const reviewerSchema = z.object({
  name: z.string().min(2),
  displayName: z.string().optional(),
  role: z.enum(['owner', 'reviewer', 'viewer']),
});

const reasonSchema = z.object({
  code: z.string().min(1),
  label: z.string().min(1),
  stages: z.array(z.enum(['title-abstract', 'full-text'])).optional(),
});

export const exampleProjectSchema = z.object({
  name: z.string().min(1),
  title: z.string().min(1),
  question: z.string().min(1),
  /** Says that the example is illustrative; shown wherever the project describes itself. */
  note: z.string().min(1),
  reviewers: z.array(reviewerSchema).min(1),
  screening: z.object({
    reviewersPerRecord: z.object({ 'title-abstract': z.union([z.literal(1), z.literal(2), z.literal(3)]), 'full-text': z.union([z.literal(1), z.literal(2), z.literal(3)]) }),
    blinded: z.boolean(),
    reasonRequiredAtTitleAbstract: z.boolean(),
    eligibilityCriteria: z.string(),
    exclusionReasons: z.array(reasonSchema).min(1),
  }),
});
export type ExampleProject = z.output<typeof exampleProjectSchema>;

/** A search as `addSearch` takes it, plus the export file that holds its results. */
export const exampleSearchesSchema = z.object({
  about: z.string().optional(),
  searches: z.array(newSearchSchema.extend({ file: z.string().min(1) })).min(1),
});
export type ExampleSearch = z.output<typeof exampleSearchesSchema>['searches'][number];

/**
 * The de-duplication key: every work (one publication) and the export records that report it, named by
 * file and by the id the database gave the record (an accession number, a PMID, an EID, a RIS `ID`).
 */
export const exampleWorksSchema = z.object({
  about: z.string().optional(),
  works: z
    .array(
      z.object({
        key: z.string().min(1),
        /** Set for the studies the example includes. */
        study: z.boolean().optional(),
        title: z.string(),
        records: z.array(z.object({ file: z.string().min(1), id: z.string().min(1) })).min(1),
      }),
    )
    .min(1),
});
export type ExampleWorks = z.output<typeof exampleWorksSchema>;

const voteSchema = z.object({
  decision: z.enum(['include', 'exclude', 'maybe']),
  reason: z.string().optional(),
  note: z.string().optional(),
});
const resolutionSchema = z.object({
  work: z.string().min(1),
  by: z.string().min(1),
  method: z.enum(['third-reviewer', 'consensus']),
  with: z.array(z.string()).optional(),
  decision: z.enum(['include', 'exclude']),
  reason: z.string().optional(),
  note: z.string().optional(),
});
const pairSchema = z.object({ work: z.string().min(1) }).catchall(voteSchema);

/** Decisions per work: one vote per reviewer (by user name) at each stage, resolutions and retrievals. */
export const exampleScreeningSchema = z.object({
  about: z.string().optional(),
  titleAbstract: z.array(pairSchema),
  titleAbstractResolutions: z.array(resolutionSchema),
  retrieval: z.array(z.object({ work: z.string().min(1), by: z.string().min(1), outcome: z.enum(['retrieved', 'not-retrieved']), note: z.string().optional() })),
  fullText: z.array(pairSchema),
  fullTextResolutions: z.array(resolutionSchema),
});
export type ExampleScreening = z.output<typeof exampleScreeningSchema>;
export type ExampleVote = z.output<typeof voteSchema>;

export type ExampleData = Readonly<{
  dir: string;
  project: ExampleProject;
  searches: readonly ExampleSearch[];
  works: ExampleWorks['works'];
  screening: ExampleScreening;
}>;

async function readJson<S extends z.ZodType>(dir: string, name: string, schema: S): Promise<z.output<S>> {
  let text: string;
  try {
    text = await readFile(join(dir, name), 'utf8');
  } catch (error) {
    throw new AppError('INVALID_ARGUMENT', `The example file ${name} cannot be read from ${dir}.`, { file: name, cause: String(error) });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AppError('INVALID_ARGUMENT', `The example file ${name} is not valid JSON.`, { file: name, cause: String(error) });
  }
  return parseInput(schema, json);
}

/** Reads and checks the example's JSON files (the export files are read when they are imported). */
export async function readExampleData(dir: string = defaultExampleDir): Promise<ExampleData> {
  const [project, searches, works, screening] = await Promise.all([
    readJson(dir, 'project.json', exampleProjectSchema),
    readJson(dir, 'searches.json', exampleSearchesSchema),
    readJson(dir, 'works.json', exampleWorksSchema),
    readJson(dir, 'screening.json', exampleScreeningSchema),
  ]);
  return { dir, project, searches: searches.searches, works: works.works, screening };
}

/** The bytes of one export file of the example. */
export async function readExampleFile(dir: string, name: string): Promise<Buffer> {
  try {
    return await readFile(join(dir, name));
  } catch (error) {
    throw new AppError('INVALID_ARGUMENT', `The example export file ${name} cannot be read from ${dir}.`, { file: name, cause: String(error) });
  }
}
