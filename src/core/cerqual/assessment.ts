import { AppError } from '../errors.js';
import { requireText, requireTime } from '../synthesis/validate.js';
import { FindingId } from './finding.js';
import {
  cerqualComponents,
  componentLabels,
  concernLevels,
  confidenceLabels,
  confidenceLevels,
  type CerqualComponent,
  type ConcernLevel,
  type ConfidenceLevel,
} from './levels.js';

export type ComponentJudgement = Readonly<{ concerns: ConcernLevel; explanation: string }>;

/**
 * The reviewers' CERQual assessment of one finding. It may be partial while work is in progress: components
 * not yet judged are absent, and the overall judgement comes last.
 */
export type CerqualAssessment = Readonly<{
  findingId: FindingId;
  components: Readonly<Partial<Record<CerqualComponent, ComponentJudgement>>>;
  overall?: Readonly<{ confidence: ConfidenceLevel; explanation: string }>;
  assessedBy: string;
  at: string;
}>;

export type CerqualAssessmentInput = Readonly<{
  findingId: string;
  components?: Readonly<Partial<Record<CerqualComponent, Readonly<{ concerns: ConcernLevel; explanation: string }>>>>;
  overall?: Readonly<{ confidence: ConfidenceLevel; explanation: string }>;
  assessedBy: string;
  at: string;
}>;

const invalid = (message: string, details: Record<string, unknown> = {}): AppError =>
  new AppError('CERQUAL_INVALID_ASSESSMENT', message, details);

export const CerqualAssessment = {
  /**
   * Validates and freezes an assessment. Every judgement needs an explanation (CERQual asks for one even
   * for "no or very minor concerns"), levels must be CERQual's, and unknown components are rejected.
   * Throws CERQUAL_INVALID_ASSESSMENT.
   */
  create(input: CerqualAssessmentInput): CerqualAssessment {
    const components: Partial<Record<CerqualComponent, ComponentJudgement>> = {};
    for (const [key, judgement] of Object.entries(input.components ?? {})) {
      const component = cerqualComponents.find((c) => c === key);
      if (!component) throw invalid(`Unknown CERQual component "${key}". Available: ${cerqualComponents.join(', ')}.`, { component: key });
      if (!judgement) continue;
      if (!concernLevels.includes(judgement.concerns)) {
        throw invalid(`${componentLabels[component]}: concerns must be one of ${concernLevels.join(', ')}.`, { component });
      }
      if (typeof judgement.explanation !== 'string' || judgement.explanation.trim() === '') {
        throw invalid(`${componentLabels[component]}: explain the judgement.`, { component });
      }
      components[component] = Object.freeze({ concerns: judgement.concerns, explanation: judgement.explanation.trim() });
    }
    let overall: CerqualAssessment['overall'];
    if (input.overall) {
      if (!confidenceLevels.includes(input.overall.confidence)) {
        throw invalid(`Overall confidence must be one of ${confidenceLevels.join(', ')}.`);
      }
      if (typeof input.overall.explanation !== 'string' || input.overall.explanation.trim() === '') {
        throw invalid('Explain the overall assessment.');
      }
      overall = Object.freeze({ confidence: input.overall.confidence, explanation: input.overall.explanation.trim() });
    }
    return Object.freeze({
      findingId: FindingId.of(input.findingId),
      components: Object.freeze(components),
      ...(overall ? { overall } : {}),
      assessedBy: requireText(input.assessedBy, 'CerqualAssessment', 'assessedBy'),
      at: requireTime(input.at, 'CerqualAssessment', 'at'),
    });
  },
} as const;

export type AssessmentWarning = Readonly<{
  code: 'component-missing' | 'overall-missing' | 'overall-before-components' | 'not-downgraded' | 'downgraded-without-concerns';
  message: string;
}>;

const rank = (c: ConcernLevel): number => concernLevels.indexOf(c);

/**
 * Points a reviewer may want to look at before finalising — never a rule: CERQual's overall judgement is
 * holistic, so these are warnings, not errors. Flags missing judgements, an overall judgement made before all
 * four components, "high" confidence despite moderate or serious concerns, and a downgrade although every
 * component shows no or very minor concerns.
 */
export function reviewAssessment(assessment: CerqualAssessment): AssessmentWarning[] {
  const warnings: AssessmentWarning[] = [];
  const missing = cerqualComponents.filter((c) => !assessment.components[c]);
  for (const c of missing) warnings.push({ code: 'component-missing', message: `${componentLabels[c]} has not been judged.` });
  const overall = assessment.overall;
  if (!overall) {
    warnings.push({ code: 'overall-missing', message: 'The overall confidence has not been assessed.' });
    return warnings;
  }
  if (missing.length > 0) {
    warnings.push({ code: 'overall-before-components', message: 'The overall confidence was assessed before all four components.' });
  }
  const judged = cerqualComponents.flatMap((c) => {
    const j = assessment.components[c];
    return j ? [[c, j] as const] : [];
  });
  const worrying = judged.filter(([, j]) => rank(j.concerns) >= rank('moderate'));
  if (overall.confidence === 'high' && worrying.length > 0) {
    warnings.push({
      code: 'not-downgraded',
      message: `${confidenceLabels.high} although ${worrying.map(([c]) => componentLabels[c].toLowerCase()).join(' and ')} ${worrying.length === 1 ? 'has' : 'have'} moderate or serious concerns.`,
    });
  }
  if (overall.confidence !== 'high' && missing.length === 0 && judged.every(([, j]) => j.concerns === 'none')) {
    warnings.push({
      code: 'downgraded-without-concerns',
      message: `${confidenceLabels[overall.confidence]} although every component has no or very minor concerns.`,
    });
  }
  return warnings;
}
