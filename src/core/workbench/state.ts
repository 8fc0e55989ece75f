import { emptySynthesisState, type SynthesisState } from '../synthesis/state.js';
import { emptyReviewDocs, type ReviewDocs } from './docs.js';

/** A project's reading and synthesis: the synthesis graph and the keyed review documents. */
export type WorkbenchState = Readonly<{ synthesis: SynthesisState; docs: ReviewDocs }>;

export const emptyWorkbenchState: WorkbenchState = Object.freeze({ synthesis: emptySynthesisState, docs: emptyReviewDocs });
