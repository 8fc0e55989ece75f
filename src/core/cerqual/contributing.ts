import { evidenceChain, summariseEvidence, type EvidenceSummary, type StudyRef } from '../synthesis/evidence-chain.js';
import type { SynthesisState } from '../synthesis/state.js';
import { orderStudies, type OrderInputs } from '../synthesis/translation-order.js';
import type { Finding } from './finding.js';

/**
 * What a finding rests on: for a finding linked to a third-order construct, everything its evidence chain
 * reaches; otherwise the studies it lists (with no constructs).
 */
export function findingEvidence(model: SynthesisState, finding: Finding, inputs: OrderInputs = {}): EvidenceSummary {
  if (finding.thirdOrderId !== undefined) {
    return summariseEvidence(model, evidenceChain(model, finding.thirdOrderId, inputs), inputs);
  }
  const listed = new Set<string>(finding.studyIds ?? []);
  const studies = orderStudies(
    model.studies.filter((s) => listed.has(s.id)),
    model.translationOrder,
    inputs,
  ).map((s) => ({ id: s.id, label: s.label }));
  return { studies, conceptIds: [], constructs: [], excerpts: [] };
}

/** The studies contributing to a finding, in translation order. */
export function contributingStudies(model: SynthesisState, finding: Finding, inputs: OrderInputs = {}): StudyRef[] {
  return [...findingEvidence(model, finding, inputs).studies];
}

/**
 * Study numbers for tables that cite studies by number (SoQF): 1, 2, … in translation order over all the
 * studies of the synthesis, so a study has the same number in every row.
 */
export function studyNumbers(model: SynthesisState, inputs: OrderInputs = {}): ReadonlyMap<string, number> {
  return new Map(orderStudies(model.studies, model.translationOrder, inputs).map((s, i) => [s.id, i + 1] as const));
}
