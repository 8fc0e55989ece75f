/**
 * The vocabulary of GRADE-CERQual (Lewin et al. 2018, Implementation Science 13 suppl. 1). Reports use the
 * labels; data uses the values.
 */

export const cerqualComponents = ['methodological-limitations', 'coherence', 'adequacy', 'relevance'] as const;
export type CerqualComponent = (typeof cerqualComponents)[number];

export const componentLabels: Readonly<Record<CerqualComponent, string>> = {
  'methodological-limitations': 'Methodological limitations',
  coherence: 'Coherence',
  adequacy: 'Adequacy',
  relevance: 'Relevance',
};

/** `none` stands for CERQual's "no or very minor concerns". */
export const concernLevels = ['none', 'minor', 'moderate', 'serious'] as const;
export type ConcernLevel = (typeof concernLevels)[number];

export const concernLabels: Readonly<Record<ConcernLevel, string>> = {
  none: 'No or very minor concerns',
  minor: 'Minor concerns',
  moderate: 'Moderate concerns',
  serious: 'Serious concerns',
};

/** Every finding starts at high confidence and is downgraded, with an explanation, for concerns. */
export const confidenceLevels = ['high', 'moderate', 'low', 'very-low'] as const;
export type ConfidenceLevel = (typeof confidenceLevels)[number];

export const confidenceLabels: Readonly<Record<ConfidenceLevel, string>> = {
  high: 'High confidence',
  moderate: 'Moderate confidence',
  low: 'Low confidence',
  'very-low': 'Very low confidence',
};
