import type { FeatureOptions } from './tfidf.js';

/** A record as the ranker sees it: an id (unique within the set) and its text. */
export type RankDoc = Readonly<{ id: string; title?: string; abstract?: string }>;

/** A screening decision: 1 = include, 0 = exclude. */
export type Label = 0 | 1;

/** A record with its known decision, as in a labelled benchmark set. */
export type LabelledDoc = RankDoc &
  Readonly<{
    label: Label;
    /** The id of the record this one duplicates, when the source marks known duplicates. */
    duplicateOf?: string;
  }>;

export type ModelKind = 'svm' | 'logistic' | 'naive-bayes' | 'ensemble';

/** How the rare includes are weighted against the excludes (see classCosts in engine.ts). */
export type Balance = 'none' | 'equal' | 'double';

/**
 * The parameters of the 'double' balance, with ASReview's names: includes weigh a·(n₁/n₀)^−α,
 * excludes 1 − (1 − b)(1 + ln n)^−β (ASReview's defaults: a 2.155, α 0.94, b 0.789, β 1).
 */
export type DoubleBalance = Readonly<{ a: number; alpha: number; b: number; beta: number }>;

/** One set-up of naive Bayes: its smoothing, its class weighting and its presumed excludes. */
export type NaiveBayesVariant = Readonly<{
  alpha: number;
  balance: Balance;
  /** For balance 'double'; absent: ASReview's defaults. */
  doubleBalance?: DoubleBalance;
  /** As RankerConfig.presumptiveExcludes (mode and weight are the config's). */
  presumptiveExcludes: number;
}>;

/**
 * Everything that decides an order besides the records and the decisions. Saved with every decision
 * (in RankerState), so changing a default later never changes how an old order is reproduced.
 */
export type RankerConfig = Readonly<{
  features: FeatureOptions;
  /** Which linear model scores the records ('ensemble' = the `ensemble` members, averaged). */
  model: ModelKind;
  /** The members of the ensemble; each one's scores are standardised (median, IQR) and averaged. */
  ensemble: readonly Exclude<ModelKind, 'ensemble'>[];
  /** Weights of the ensemble members, in the order of `ensemble`; absent: equal weights. */
  ensembleWeights?: readonly number[];
  /** Regularisation of the SVM and logistic regression (liblinear's C; smaller = smoother). */
  c: number;
  /**
   * At most this many coordinate visits of the SVM's and logistic regression's solvers per fit
   * (passes = visits / examples, from 6 to 12; see solverPasses in engine.ts). Absent: 12 passes.
   */
  solverVisits?: number;
  /** The SVM's loss: squared hinge (liblinear's default, smooth) or hinge. */
  svmLoss: 'squared-hinge' | 'hinge';
  /** Additive smoothing of naive Bayes (when no `naiveBayesVariants` are given). */
  nbAlpha: number;
  /** How the rare includes are weighted against the excludes (see classCosts in engine.ts). */
  balance: Balance;
  /** The parameters of balance 'double'; absent: ASReview's defaults. */
  doubleBalance?: DoubleBalance;
  /**
   * Set-ups naive Bayes chooses from, on the decisions themselves: the first until
   * `naiveBayesSelection` is met, then the one whose leave-one-out scores separate the decided
   * includes from the decided excludes best (highest ROC AUC; see chooseNaiveBayes in engine.ts).
   * Absent or empty: one naive Bayes with `nbAlpha`, `balance` and the presumed excludes above.
   */
  naiveBayesVariants?: readonly NaiveBayesVariant[];
  /** How many includes and excludes must be decided before naive Bayes chooses among its variants. */
  naiveBayesSelection?: Readonly<{ minIncludes: number; minExcludes: number }>;
  /**
   * How many excludes the unscreened records count for as presumed excludes in every fit: most
   * unscreened records are irrelevant, and treating them as weak excludes gives the model a picture
   * of "ordinary" records from the first decision on (Cormack & Grossman's BMI). 0 turns it off.
   */
  presumptiveExcludes: number;
  /**
   * 'sample': `presumptiveExcludes` unscreened records drawn at random; 'background': the mean of all
   * unscreened records, weighted as that many excludes (no sampling noise; naive Bayes only adds it
   * as exclude mass, the linear models as one weighted row).
   */
  presumptiveMode: 'sample' | 'background';
  /** Weight of one presumptive exclude relative to a real exclude. */
  presumptiveWeight: number;
  /** Seed of every random draw the ranker makes. */
  seed: number;
  /** Cold start: terms that suggest an include, used to order records before any include is known. */
  includeTerms: readonly string[];
  /** Cold start: terms that suggest an exclude. */
  excludeTerms: readonly string[];
}>;

/** What the stopping aid says about the records not yet screened. */
export type RemainingEstimate = Readonly<{
  /** Point estimate of the relevant records among those not yet screened. */
  estimate: number;
  /** Lower and upper ends of an approximate 95% interval. */
  low: number;
  high: number;
  /** The method, in words, with its assumptions. */
  method: string;
}>;

/** The model state saved with a decision: enough to reproduce the order the reviewer was shown. */
export type RankerState = Readonly<{
  version: 1;
  config: RankerConfig;
  seed: number;
  /** Fingerprint of the feature vocabulary (options + terms). */
  vocabularyHash: string;
  /** Fingerprint of the records' ids and text (in id order). */
  recordsHash: string;
  records: number;
  /** The decisions the model was trained on, sorted by id. */
  training: readonly (readonly [id: string, label: Label])[];
}>;

export type Ranker = Readonly<{
  /** Retrains on all decisions so far (ids the ranker does not know are ignored). */
  fit: (labels: ReadonlyMap<string, Label>) => void;
  /** The current relevance score of every record (higher = more likely an include). */
  scores: () => ReadonlyMap<string, number>;
  /** The records not yet labelled (and not in `exclude`), best first, ties broken by id. */
  order: (exclude?: ReadonlySet<string>) => string[];
  /** The state to save with the next decision. */
  state: () => RankerState;
  /** The stopping aid: an estimate of the relevant records still unscreened. */
  estimateRemainingRelevant: (labels: ReadonlyMap<string, Label>) => RemainingEstimate;
}>;
