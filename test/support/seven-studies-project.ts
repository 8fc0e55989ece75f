import { applySteps, createProject, ensureLocalOwner, runJobs, uploadFullText, type Actor, type App } from '../../src/app/index.js';
import { renderTextPdf, type TextDocument } from '../../src/app/fulltext/index.js';
import { buildSevenStudies } from '../../src/core/test-support/seven-studies.js';
import { sevenStudiesActions } from '../../src/core/test-support/seven-studies-steps.js';

export const sevenStudies = buildSevenStudies();

/** A study's illustrative full text as an article: its first page is the Methods, the rest the Results. */
export function articleOf(studyId: string, pages: readonly string[], omit?: string): TextDocument {
  const study = sevenStudies.state.studies.find((s) => s.id === studyId)!;
  return {
    title: `${study.label}: illustrative full text`,
    authors: 'Illustrative text written for the metaethno tests',
    note: 'Not the published paper: invented text on the topic, for testing.',
    sections: [
      { heading: 'Methods', paragraphs: [pages[0]!] },
      { heading: 'Results', paragraphs: pages.slice(1).filter((p) => p !== omit) },
    ],
  };
}

/**
 * The seven-study meta-ethnography built through the app layer, as a team would: studies, a PDF per study
 * (text extracted by the job queue), excerpts found in the PDFs, constructs, concepts, grid, translations,
 * the hierarchy, appraisals, characteristics and CERQual.
 */
export async function buildSevenStudiesProject(app: App, name = 'img-return'): Promise<{ owner: Actor; projectId: string; fileOf: Map<string, string> }> {
  const owner = await ensureLocalOwner(app);
  const projectId = (await createProject(app, owner, { name })).id;
  const fileOf = new Map<string, string>();
  const [studies] = sevenStudiesActions(sevenStudies, () => 'not-yet');
  await applySteps(app, owner, projectId, studies!.steps, { label: studies!.label });
  for (const [studyId, pages] of Object.entries(sevenStudies.documents)) {
    const bytes = await renderTextPdf(articleOf(studyId, pages));
    const file = await uploadFullText(app, owner, projectId, { name: `${studyId}.pdf`, bytes, studyId });
    fileOf.set(studyId, file.id);
  }
  await runJobs(app);
  const [, ...rest] = sevenStudiesActions(sevenStudies, (studyId) => fileOf.get(studyId)!);
  for (const action of rest) await applySteps(app, owner, projectId, action.steps, { label: action.label });
  return { owner, projectId, fileOf };
}
