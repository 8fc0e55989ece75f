/** The active-learning ranker and its screening simulation (see docs/adr/0005-ranking-model.md). */
export type { Label, LabelledDoc, ModelKind, RankDoc, Ranker, RankerConfig, RankerState, RemainingEstimate } from './types.js';
export type { FeatureOptions } from './tfidf.js';
export type { TokenizeOptions } from './tokenize.js';
export type { PreparedSet, RefitSchedule, SimulateOptions, SimulationResult } from './simulate.js';
export { defaultRankerConfig, resolveConfig } from './config.js';
export { createRanker, reproduceOrder, restoreRanker } from './ranker.js';
export { parseRankerState } from './state.js';
export { estimateStillStands } from './stopping.js';
export { parseLabelledCsv, prepareLikeFerdinands } from './dataset.js';
export { defaultSchedule, prepareSimulation, runSimulation, simulate } from './simulate.js';
export { recallCurveSvg } from './curve-svg.js';
export { averageTimeToDiscovery, discoveryCurve, recallAt, workSavedOverSampling } from './metrics.js';
