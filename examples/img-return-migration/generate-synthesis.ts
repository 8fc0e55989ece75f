/**
 * Writes `synthesis.json`, the reading and synthesis of the built-in example review: the seven studies and
 * their illustrative full texts (turned into PDFs when the example is loaded), the excerpts found in those
 * PDFs by their quotes, first- and second-order constructs, concepts, the juxtaposition grid, reciprocal and
 * refutational translations, ten third-order constructs under three overarching ones, the line of
 * argument, memos, appraisals, characteristics, GRADE-CERQual judgements and the authors' report texts.
 *
 *     npx tsx examples/img-return-migration/generate-synthesis.ts
 *
 * The content is the seven-study example of the test suite (src/core/test-support), written for
 * illustration: every page text, quote, appraisal and judgement is invented on the topic, and none of it
 * reports what the real papers say.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sevenStudiesTexts } from '../../src/core/reports/test-support/seven-studies-report.js';
import { buildSevenStudies } from '../../src/core/test-support/seven-studies.js';
import { sevenStudiesActions } from '../../src/core/test-support/seven-studies-steps.js';

const here = dirname(fileURLToPath(import.meta.url));
const example = buildSevenStudies();

// Works are keyed `<first author>-<year>` in works.json; studies are `s-<first author>`.
const workKey = (studyId: string, year: number | undefined): string => `${studyId.slice(2)}-${year ?? ''}`;

const studies = example.state.studies.map((s) => {
  const pages = example.documents[s.id] ?? [];
  return {
    id: s.id,
    work: workKey(s.id, s.year),
    label: s.label,
    year: s.year,
    document: {
      title: `${s.label}: illustrative full text`,
      authors: 'Written for the metaethno example review',
      note: 'Illustrative text written for the metaethno example. It is not the published paper and does not report its content.',
      sections: [
        { heading: 'Methods', paragraphs: pages.slice(0, 1) },
        { heading: 'Findings', paragraphs: pages.slice(1) },
      ],
    },
  };
});

const actions = sevenStudiesActions(example, (studyId) => `@${studyId}`).map((a) => ({
  label: a.label,
  steps: a.label === 'Studies' ? a.steps.map((step) => (step.type === 'create' && step.kind === 'study' ? { ...step, value: { ...step.value, reportIds: [] } } : step)) : a.steps,
}));

const out = {
  about:
    'The reading and synthesis of the example review, written for illustration (see README.md). Studies name their work in works.json; "@s-…" file references are the PDFs the loader makes from each study\'s document.',
  studies,
  actions,
  texts: { ...sevenStudiesTexts, authors: 'The metaethno example review team (illustrative)' },
};
writeFileSync(join(here, 'synthesis.json'), `${JSON.stringify(out, null, 2)}\n`);
process.stdout.write(`Wrote synthesis.json: ${studies.length} studies, ${actions.reduce((n, a) => n + a.steps.length, 0)} steps.\n`);
