import { missing, notWritten, prose, section } from '../blocks.js';
import type { BuildContext } from '../context.js';
import { hasText } from '../format.js';
import { productLocations as where } from '../locations.js';
import type { ReportBlock, ReportSection, ReportTopicId } from '../model.js';

/**
 * The discussion (eMERGe 17–19) is the authors' own writing. Where it is missing the report says so and
 * where to write it, rather than inventing text.
 */
export function discussionSections(ctx: BuildContext): ReportSection[] {
  const texts = ctx.input.project.texts;
  const authored = (id: string, topic: ReportTopicId, text: string | undefined, what: string): ReportBlock[] => {
    const gap = notWritten(what, where.reportTexts);
    ctx.topic(topic, id, hasText(text) ? 'complete' : 'missing', hasText(text) ? [] : [gap]);
    return hasText(text) ? prose(text) : [missing(gap)];
  };

  const strengthsGap = notWritten('the strengths of the synthesis', where.reportTexts);
  const limitationsGap = notWritten('its limitations (how the included studies and the conduct of the synthesis shaped the findings)', where.reportTexts);
  const strengthsAndLimitations: ReportBlock[] = [
    ...(hasText(texts.strengths) ? prose(texts.strengths, 'Strengths.') : [missing(strengthsGap)]),
    ...(hasText(texts.limitations) ? prose(texts.limitations, 'Limitations.') : [missing(limitationsGap)]),
  ];
  const written = [hasText(texts.strengths), hasText(texts.limitations)].filter(Boolean).length;
  ctx.topic(
    'strengths-limitations',
    'strengths-limitations',
    written === 2 ? 'complete' : written === 1 ? 'partial' : 'missing',
    [hasText(texts.strengths) ? '' : strengthsGap, hasText(texts.limitations) ? '' : limitationsGap].filter((g) => g !== ''),
  );

  return [
    section('discussion', 'Discussion', 2, [], true),
    section('discussion-summary', 'Summary of findings and comparison with existing literature', 3, authored('discussion-summary', 'discussion', texts.discussion, 'the summary of findings and how they compare with existing literature')),
    section('strengths-limitations', 'Strengths and limitations', 3, strengthsAndLimitations),
    section('reflexivity', 'Reflexivity', 3, authored('reflexivity', 'reflexivity', texts.reflexivity, 'the reflexivity statement (how the review team may have influenced the findings)')),
    section('conclusion', 'Conclusions and recommendations', 3, authored('conclusion', 'conclusion', texts.conclusion, 'the conclusions and recommendations for policy, practice, research and theory')),
    section('funding', 'Funding', 3, authored('funding', 'funding', texts.funding, 'the funding statement')),
  ];
}
