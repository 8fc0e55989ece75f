import type { StudyRef } from '../synthesis/evidence-chain.js';
import { markdownTable } from '../synthesis/markdown-table.js';
import type { SynthesisState } from '../synthesis/state.js';
import type { OrderInputs } from '../synthesis/translation-order.js';
import type { CerqualAssessment, ComponentJudgement } from './assessment.js';
import { contributingStudies } from './contributing.js';
import type { Finding } from './finding.js';
import {
  cerqualComponents,
  componentLabels,
  concernLabels,
  confidenceLabels,
  type CerqualComponent,
  type ConfidenceLevel,
} from './levels.js';

/** The CERQual evidence profile of one finding: each component's judgement and explanation, then overall. */
export type EvidenceProfile = Readonly<{
  findingId: string;
  label: string;
  statement: string;
  studies: readonly StudyRef[];
  components: readonly Readonly<{ component: CerqualComponent; judgement?: ComponentJudgement }>[];
  overall?: Readonly<{ confidence: ConfidenceLevel; explanation: string }>;
  assessedBy?: string;
  at?: string;
}>;

/** Evidence profiles of the findings, in the order given; unassessed parts stay empty. */
export function evidenceProfiles(
  model: SynthesisState,
  findings: readonly Finding[],
  assessments: readonly CerqualAssessment[],
  inputs: OrderInputs = {},
): EvidenceProfile[] {
  return findings.map((finding) => {
    const a = assessments.find((x) => x.findingId === finding.id);
    return {
      findingId: finding.id,
      label: finding.label,
      statement: finding.statement,
      studies: contributingStudies(model, finding, inputs),
      components: cerqualComponents.map((component) => {
        const judgement = a?.components[component];
        return judgement ? { component, judgement } : { component };
      }),
      ...(a?.overall ? { overall: a.overall } : {}),
      ...(a ? { assessedBy: a.assessedBy, at: a.at } : {}),
    };
  });
}

export function evidenceProfilesToMarkdown(profiles: readonly EvidenceProfile[]): string {
  return (
    profiles
      .map((p) => {
        const rows = p.components.map((c) => [
          componentLabels[c.component],
          c.judgement ? concernLabels[c.judgement.concerns] : 'Not yet judged',
          c.judgement?.explanation ?? '–',
        ]);
        rows.push(['Overall', p.overall ? confidenceLabels[p.overall.confidence] : 'Not yet assessed', p.overall?.explanation ?? '–']);
        return `### ${p.label}\n\n${p.statement}\n\nStudies: ${p.studies.map((s) => s.label).join(', ') || '–'}\n\n${markdownTable(['Component', 'Judgement', 'Explanation'], rows)}`;
      })
      .join('\n\n') + '\n'
  );
}
