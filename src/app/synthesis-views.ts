import { AppError } from '../core/errors.js';
import { componentInputs, type ComponentInputs } from '../core/cerqual/index.js';
import { evidenceChain, ThirdOrderId, type EvidenceChain } from '../core/synthesis/index.js';
import { reviewData, reviewTables, type ReviewTables } from '../core/workbench/index.js';
import type { Actor } from './actors.js';
import type { App } from './context.js';
import { workbench } from './workbench.js';

/** Every derived table (characteristics summary, appraisal, grid, translations, refutations, SoQF, profiles). */
export async function synthesisTables(app: App, actor: Actor, projectRef: string): Promise<ReviewTables> {
  const { state } = await workbench(app, actor, projectRef);
  return reviewTables(state);
}

/** The evidence chain of a third-order construct down to quotes and pages. */
export async function thirdOrderEvidence(app: App, actor: Actor, projectRef: string, id: string): Promise<EvidenceChain> {
  const { state } = await workbench(app, actor, projectRef);
  if (!state.synthesis.thirdOrders.some((t) => t.id === id)) throw new AppError('ENTITY_NOT_FOUND', `No third-order construct ${id}.`, { id });
  return evidenceChain(state.synthesis, ThirdOrderId.of(id), reviewData(state).orderInputs);
}

export type ConstructEvidence = Readonly<{
  construct: { id: string; order: number; label: string; text: string; study: { id: string; label: string } };
  excerpts: readonly { id: string; quote: string; page?: number; fileId?: string }[];
  concepts: readonly { id: string; label: string }[];
  thirdOrders: readonly { id: string; label: string }[];
}>;

/** A first- or second-order construct with its excerpts (quote, page, file) and where it is used. */
export async function constructEvidence(app: App, actor: Actor, projectRef: string, id: string): Promise<ConstructEvidence> {
  const { state } = await workbench(app, actor, projectRef);
  const s = state.synthesis;
  const c = s.constructs.find((x) => x.id === id);
  if (!c) throw new AppError('ENTITY_NOT_FOUND', `No construct ${id}.`, { id });
  const study = s.studies.find((x) => x.id === c.studyId)!;
  const cells = s.gridCells.filter((g) => g.constructIds.includes(c.id));
  const conceptIds = new Set(cells.map((g) => g.conceptId));
  return {
    construct: { id: c.id, order: c.order, label: c.label, text: c.text, study: { id: study.id, label: study.label } },
    excerpts: c.excerptIds.map((eid) => s.excerpts.find((e) => e.id === eid)!).map((e) => ({ id: e.id, quote: e.text, ...(e.page ? { page: e.page } : {}), ...(e.fileId ? { fileId: e.fileId } : {}) })),
    concepts: s.concepts.filter((k) => conceptIds.has(k.id)).map((k) => ({ id: k.id, label: k.label })),
    thirdOrders: s.thirdOrders.filter((t) => t.constructIds.includes(c.id) || t.conceptIds.some((k) => conceptIds.has(k))).map((t) => ({ id: t.id, label: t.label })),
  };
}

/** The inputs beside each CERQual component of a finding: appraisals, counts, refutations, relevance. */
export async function cerqualInputs(app: App, actor: Actor, projectRef: string, findingId: string): Promise<ComponentInputs> {
  const { state } = await workbench(app, actor, projectRef);
  const data = reviewData(state);
  const finding = data.findings.find((f) => f.id === findingId);
  if (!finding) throw new AppError('ENTITY_NOT_FOUND', `No finding ${findingId}.`, { findingId });
  return componentInputs(state.synthesis, finding, {
    checklist: data.checklist,
    appraisals: data.appraisals,
    form: data.form,
    characteristics: data.characteristics,
    relevance: data.relevance,
    orderInputs: data.orderInputs,
  });
}
