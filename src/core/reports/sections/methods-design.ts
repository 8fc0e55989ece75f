import { paragraph, prose, section } from '../blocks.js';
import type { BuildContext } from '../context.js';
import { formatDate, hasText } from '../format.js';
import type { ReportBlock, ReportSection } from '../model.js';

/** The opening of the methods: the method and guidance followed, the software, the protocol. */
export function methodsDesignSection(ctx: BuildContext): ReportSection {
  const { input } = ctx;
  const software = input.software ?? 'metaethno';
  const blocks: ReportBlock[] = [
    paragraph(
      'We followed the seven phases of meta-ethnography described by Noblit and Hare (1988): getting started, deciding what is relevant, reading the studies, determining how they are related, translating them into one another, synthesising the translations and expressing the synthesis. ',
      'The review is reported following the eMERGe meta-ethnography reporting guidance (France et al. 2019) and ENTREQ (Tong et al. 2012); both checklists, with where each item is reported, are in the appendices.',
    ),
    paragraph(
      `The review was run in ${software}, which records the search log, de-duplication, screening decisions, appraisals, extraction, the synthesis and the CERQual assessments as one audit trail. `,
      `This report was generated from those records on ${formatDate(input.generatedAt)}; every count in it is computed from them.`,
    ),
  ];
  if (hasText(input.project.texts.protocol)) blocks.push(...prose(input.project.texts.protocol, 'Protocol and registration.'));
  ctx.topic('methodology', 'methods', 'complete');
  ctx.topic('software', 'methods', 'complete');
  return section('methods', 'Methods', 2, blocks, true);
}

