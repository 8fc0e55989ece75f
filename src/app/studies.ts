import type { ScriptStep } from '../core/workbench/index.js';
import { recordsRepo, type StoredRecord } from '../store/index.js';
import type { Actor } from './actors.js';
import type { App } from './context.js';
import { includedRecords } from './screening.js';
import { applySteps, workbench, type ApplyResult } from './workbench.js';

/**
 * Studies from the reports included at full text: each included record that no study lists yet becomes a
 * study of its own, labelled "First-author Year" as tables name studies. A study reported twice is then
 * grouped by hand (an update of the study's reportIds), so that it is counted once.
 */
export async function createStudiesFromIncluded(app: App, actor: Actor, projectRef: string): Promise<ApplyResult | undefined> {
  const { project, state } = await workbench(app, actor, projectRef);
  const listed = new Set(state.synthesis.studies.flatMap((s) => s.reportIds));
  const taken = new Set(state.synthesis.studies.map((s) => s.label));
  const steps: ScriptStep[] = [];
  for (const r of await includedRecords(app, actor, project.id)) {
    if (listed.has(r.id)) continue;
    const author = r.record.authors[0];
    const surname = author ? author.literal ?? author.family : 'Anonymous';
    let label = `${surname}${r.record.year ? ` ${r.record.year}` : ''}`;
    for (let n = 2; taken.has(label); n++) label = `${surname}${r.record.year ? ` ${r.record.year}` : ''} (${n})`;
    taken.add(label);
    steps.push({
      type: 'create',
      kind: 'study',
      value: { id: app.newId('std'), label, ...(r.record.year ? { year: r.record.year } : {}), reportIds: [r.id] } as never,
    });
  }
  if (steps.length === 0) return undefined;
  return applySteps(app, actor, project.id, steps, { label: `Create ${steps.length} studies from included reports` });
}

/** The bibliographic records of every study's reports (for references and the study workspace header). */
export async function studyReports(app: App, actor: Actor, projectRef: string): Promise<Map<string, StoredRecord[]>> {
  const { project, state } = await workbench(app, actor, projectRef);
  const out = new Map<string, StoredRecord[]>();
  for (const study of state.synthesis.studies) {
    const list: StoredRecord[] = [];
    for (const id of study.reportIds) {
      const r = await recordsRepo.findRecord(app.store.db, project.id, id);
      if (r) list.push(r);
    }
    out.set(study.id, list);
  }
  return out;
}
