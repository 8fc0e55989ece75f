import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveConfig } from '../../src/core/ranking/config.js';
import { parseLabelledCsv } from '../../src/core/ranking/dataset.js';
import type { RefitSchedule } from '../../src/core/ranking/simulate.js';
import type { LabelledDoc, RankerConfig } from '../../src/core/ranking/types.js';

/**
 * Where the shared labelled sets are: `../shared` beside the repository (as test/support/shared.ts
 * finds it), or METAETHNO_SHARED.
 */
const here = dirname(fileURLToPath(import.meta.url));
export const sharedDir = resolve(process.env.METAETHNO_SHARED ?? join(here, '..', '..', '..', 'shared'));
export const screeningDir = join(sharedDir, 'datasets', 'screening');
export const hasScreening = existsSync(join(screeningDir, 'REFERENCE.md'));

/** Every labelled set under screening/: `collection/name` for each CSV one folder down. */
export function listSets(): string[] {
  const sets: string[] = [];
  for (const collection of readdirSync(screeningDir, { withFileTypes: true })) {
    if (!collection.isDirectory()) continue;
    for (const file of readdirSync(join(screeningDir, collection.name))) {
      if (file.endsWith('.csv')) sets.push(`${collection.name}/${file.slice(0, -4)}`);
    }
  }
  return sets.sort();
}

export function loadSet(name: string): LabelledDoc[] {
  return parseLabelledCsv(readFileSync(join(screeningDir, `${name}.csv`), 'utf8'));
}

export type ReferenceRow = Readonly<{ records: number; includes: number; wss95: number; recallAt10: number }>;

/** The per-set reference figures, read from the table in REFERENCE.md. */
export function readReference(): Map<string, ReferenceRow> {
  const rows = new Map<string, ReferenceRow>();
  const text = readFileSync(join(screeningDir, 'REFERENCE.md'), 'utf8');
  for (const line of text.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    // | set | records | includes | WSS@95 | recall@10% |
    if (cells.length !== 7 || !cells[1]!.includes('/')) continue;
    const [records, includes, wss95, recallAt10] = cells.slice(2, 6).map(Number);
    if ([records, includes, wss95, recallAt10].some((v) => v === undefined || Number.isNaN(v))) continue;
    rows.set(cells[1]!, { records: records!, includes: includes!, wss95: wss95!, recallAt10: recallAt10! });
  }
  return rows;
}

/**
 * The reference method of REFERENCE.md as this code base can emulate it: TF-IDF uni- and bigrams
 * without stop words or stemming, sublinear tf, max_df 0.95; a linear SVM, C = 0.11, includes weighted
 * n_exclude / n_include; refitted every n/150 decisions. Our tokeniser and solver, not scikit-learn's,
 * so an emulation, not a replay.
 */
export const referenceMethod: RankerConfig = resolveConfig({
  model: 'svm',
  c: 0.11,
  svmLoss: 'squared-hinge',
  balance: 'equal',
  presumptiveExcludes: 0,
  naiveBayesVariants: [],
  features: {
    ngramMax: 2,
    minDf: 1,
    maxDf: 0.95,
    sublinearTf: true,
    titleTerms: false,
    stopwordBigrams: false,
    tokenize: { stopwords: false, stem: 'none', dropNumbers: false },
  },
});
export const referenceSchedule = (n: number): RefitSchedule => ({ early: 0, every: Math.max(1, Math.ceil(n / 150)), onInclude: false });
