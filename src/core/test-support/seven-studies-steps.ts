/**
 * The seven-study example as script steps, the way a team (or the CLI, or the web app) would build it
 * through the app layer: the same entities as `buildSevenStudies`, but every excerpt is found again by its
 * quote in the text extracted from the study's PDF, instead of on the fixture's hand-made pages.
 */
import type { SynthesisEvent } from '../synthesis/events.js';
import type { ScriptStep } from '../workbench/script.js';
import type { SevenStudiesExample } from './seven-studies.js';

export type ExampleAction = Readonly<{ label: string; steps: readonly ScriptStep[] }>;

const strip = (event: SynthesisEvent): ScriptStep => {
  const { actor: _actor, at: _at, ...rest } = event as SynthesisEvent & Record<string, unknown>;
  return rest;
};

/**
 * The example's actions in order: studies, then per study its excerpts and constructs, then concepts and
 * grid, translations, the hierarchy and line of argument, memos and comments, then appraisals,
 * characteristics and CERQual. `fileIdOf` names each study's uploaded full text.
 */
export function sevenStudiesActions(example: SevenStudiesExample, fileIdOf: (studyId: string) => string): ExampleAction[] {
  const studies: ScriptStep[] = [];
  const reading: ScriptStep[] = [];
  const synthesis: ScriptStep[] = [];
  for (const event of example.events) {
    if (event.type === 'create' && event.kind === 'study') studies.push(strip(event));
    else if (event.type === 'create' && event.kind === 'excerpt') {
      const e = event.value;
      reading.push({ type: 'excerpt', id: e.id, studyId: e.studyId, fileId: fileIdOf(e.studyId), quote: e.text });
    } else if (event.type === 'create' && event.kind === 'construct') reading.push(strip(event));
    else synthesis.push(strip(event));
  }
  const put = (doc: Extract<ScriptStep, { type: 'put' }>['doc'], value: unknown): ScriptStep => ({ type: 'put', doc, value });
  return [
    { label: 'Studies', steps: studies },
    { label: 'Excerpts and constructs', steps: reading },
    { label: 'Concepts, grid, translations and synthesis', steps: synthesis },
    { label: 'Appraisals', steps: example.appraisals.map((a) => put('appraisal', a)) },
    { label: 'Characteristics', steps: [put('form', example.form), ...example.characteristics.map((c) => put('characteristics', c))] },
    {
      label: 'GRADE-CERQual',
      steps: [put('relevance', example.relevance), ...example.findings.map((f) => put('finding', f)), ...example.assessments.map((a) => put('assessment', a))],
    },
  ];
}
