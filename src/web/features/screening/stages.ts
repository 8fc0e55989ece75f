import type { ScreeningStage } from '../../api/client.js';

export const stages: readonly Readonly<{ value: ScreeningStage; label: string }>[] = [
  { value: 'title-abstract', label: 'Title and abstract' },
  { value: 'full-text', label: 'Full text' },
];

export const stageLabel = (stage: ScreeningStage): string => stages.find((s) => s.value === stage)?.label ?? stage;

export const decisionLabels: Readonly<Record<string, string>> = { include: 'Include', exclude: 'Exclude', maybe: 'Maybe' };
