import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLabelledCsv, prepareLikeFerdinands } from '../../src/core/ranking/dataset.js';
import { recallCurveSvg } from '../../src/core/ranking/curve-svg.js';
import { createRanker } from '../../src/core/ranking/ranker.js';
import { simulate } from '../../src/core/ranking/simulate.js';
import type { Label } from '../../src/core/ranking/types.js';
import { hasShared, sharedPath, skipReason } from '../support/shared.js';

const read = (name: string): string => readFileSync(sharedPath('datasets', 'screening', `${name}.csv`), 'utf8');

describe.skipIf(!hasShared)(`ranking on the shared labelled sets${hasShared ? '' : ` (${skipReason})`}`, () => {
  it('reads the sets with the counts INDEX.md gives', () => {
    const donners = parseLabelledCsv(read('synergy/Donners_2021'));
    expect(donners).toHaveLength(258);
    expect(donners.filter((d) => d.label === 1)).toHaveLength(15);
    expect(new Set(donners.map((d) => d.id)).size).toBe(258);
    const nagtegaal = parseLabelledCsv(read('nagtegaal_2019/Nagtegaal_2019'));
    expect(nagtegaal).toHaveLength(2019);
    expect(nagtegaal.filter((d) => d.label === 1)).toHaveLength(101);
    expect(nagtegaal.filter((d) => d.duplicateOf !== undefined)).toHaveLength(11);
  });

  it('prepares Nagtegaal_2019 as Ferdinands et al. did (1,847 records, 100 includes)', () => {
    const prepared = prepareLikeFerdinands(parseLabelledCsv(read('nagtegaal_2019/Nagtegaal_2019')));
    expect(prepared.length).toBeGreaterThan(1800);
    expect(prepared.length).toBeLessThan(1900);
    expect(prepared.every((d) => (d.abstract ?? '') !== '')).toBe(true);
  });

  it('finds the includes of Donners_2021 far sooner than random screening', () => {
    const docs = parseLabelledCsv(read('synergy/Donners_2021'));
    const result = simulate(docs, { seed: 1 });
    // Random screening has WSS@95 ≈ 0 and recall@10% ≈ 0.1.
    expect(result.wss95).toBeGreaterThan(0.5);
    expect(result.recallAt10).toBeGreaterThan(0.4);
    expect(result.curve).toHaveLength(259);
    expect(result.curve.at(-1)).toBe(15);
    expect(simulate(docs, { seed: 1 })).toEqual(result);
    expect(recallCurveSvg(result, 'Donners_2021')).toContain('Donners_2021');
  });

  it('gives a stopping estimate that brackets what is left half-way through Donners_2021', () => {
    const docs = parseLabelledCsv(read('synergy/Donners_2021'));
    const labelOf = new Map(docs.map((d) => [d.id, d.label]));
    const ranker = createRanker(docs, { seed: 0 });
    const labels = new Map<string, Label>([
      [docs.find((d) => d.label === 1)!.id, 1],
      [docs.find((d) => d.label === 0)!.id, 0],
    ]);
    while (labels.size < 60) {
      ranker.fit(labels);
      for (const id of ranker.order().slice(0, 5)) labels.set(id, labelOf.get(id)!);
    }
    const left = 15 - [...labels.values()].filter((l) => l === 1).length;
    const estimate = ranker.estimateRemainingRelevant(labels);
    expect(estimate.low).toBeLessThanOrEqual(left);
    expect(estimate.high).toBeGreaterThanOrEqual(left);
  });
});
