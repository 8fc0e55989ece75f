/** Lookups the grid page reads many times per render, built once per state. */
import type { Concept } from '../../../core/synthesis/concept.js';
import type { Construct } from '../../../core/synthesis/construct.js';
import { GridCell } from '../../../core/synthesis/grid-cell.js';
import type { Study } from '../../../core/synthesis/study.js';
import type { SynthesisState } from './api.js';

export type GridModel = Readonly<{
  constructById: ReadonlyMap<string, Construct>;
  conceptById: ReadonlyMap<string, Concept>;
  studyById: ReadonlyMap<string, Study>;
  cellByKey: ReadonlyMap<string, GridCell>;
  /** The concepts each construct is placed under, in concept order. */
  conceptsOf: ReadonlyMap<string, readonly string[]>;
  /** Each study's constructs not placed under any concept, in reading order. */
  unplacedByStudy: ReadonlyMap<string, readonly Construct[]>;
  constructsByStudy: ReadonlyMap<string, readonly Construct[]>;
}>;

export const cellKey = (studyId: string, conceptId: string): string => GridCell.key(studyId, conceptId);

export function gridModel(s: SynthesisState): GridModel {
  const constructById = new Map(s.constructs.map((c) => [c.id as string, c]));
  const conceptById = new Map(s.concepts.map((c) => [c.id as string, c]));
  const studyById = new Map(s.studies.map((x) => [x.id as string, x]));
  const cellByKey = new Map(s.gridCells.map((c) => [c.id as string, c]));
  const conceptRank = new Map(s.concepts.map((c, i) => [c.id as string, i]));
  const conceptsOf = new Map<string, string[]>();
  for (const cell of s.gridCells) {
    for (const id of cell.constructIds) {
      const list = conceptsOf.get(id) ?? [];
      list.push(cell.conceptId);
      conceptsOf.set(id, list);
    }
  }
  for (const list of conceptsOf.values()) list.sort((a, b) => (conceptRank.get(a) ?? 0) - (conceptRank.get(b) ?? 0));
  const unplacedByStudy = new Map<string, Construct[]>();
  const constructsByStudy = new Map<string, Construct[]>();
  for (const c of s.constructs) {
    const all = constructsByStudy.get(c.studyId) ?? [];
    all.push(c);
    constructsByStudy.set(c.studyId, all);
    if (conceptsOf.has(c.id)) continue;
    const list = unplacedByStudy.get(c.studyId) ?? [];
    list.push(c);
    unplacedByStudy.set(c.studyId, list);
  }
  return { constructById, conceptById, studyById, cellByKey, conceptsOf, unplacedByStudy, constructsByStudy };
}
