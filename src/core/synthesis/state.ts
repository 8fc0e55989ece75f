import type { Comment } from './comment.js';
import type { Concept } from './concept.js';
import type { Construct } from './construct.js';
import type { Excerpt } from './excerpt.js';
import type { GridCell } from './grid-cell.js';
import type {
  CommentId,
  ConceptId,
  ConstructId,
  ExcerptId,
  GridCellId,
  LineOfArgumentId,
  MemoId,
  StudyId,
  ThirdOrderId,
  TranslationId,
} from './ids.js';
import type { LineOfArgument } from './line-of-argument.js';
import type { Memo } from './memo.js';
import type { Study } from './study.js';
import type { SuggestionDecision } from './suggestion-decision.js';
import type { ThirdOrderConstruct } from './third-order.js';
import type { Translation, TranslationLink } from './translation.js';
import type { TranslationOrder } from './translation-order.js';

/** Each kind of entity the synthesis holds, by the name events use for it. */
export type EntityMap = {
  study: Study;
  excerpt: Excerpt;
  construct: Construct;
  concept: Concept;
  gridCell: GridCell;
  translation: Translation;
  thirdOrder: ThirdOrderConstruct;
  lineOfArgument: LineOfArgument;
  memo: Memo;
  comment: Comment;
};
export type EntityKind = keyof EntityMap;
export type IdOf<K extends EntityKind> = EntityMap[K]['id'];

export const entityKinds = [
  'study',
  'excerpt',
  'construct',
  'concept',
  'gridCell',
  'translation',
  'thirdOrder',
  'lineOfArgument',
  'memo',
  'comment',
] as const satisfies readonly EntityKind[];

/**
 * The whole synthesis of one project. Collections are arrays because their order means something (grid
 * columns, sibling order in the hierarchy) and must survive undo exactly; grid cells and suggestion
 * decisions, whose order means nothing, are kept sorted by key so that every state has one representation.
 */
export type SynthesisState = Readonly<{
  studies: readonly Study[];
  excerpts: readonly Excerpt[];
  constructs: readonly Construct[];
  concepts: readonly Concept[];
  gridCells: readonly GridCell[];
  translations: readonly Translation[];
  thirdOrders: readonly ThirdOrderConstruct[];
  linesOfArgument: readonly LineOfArgument[];
  memos: readonly Memo[];
  comments: readonly Comment[];
  translationOrder: TranslationOrder;
  suggestionDecisions: readonly SuggestionDecision[];
}>;

export const emptySynthesisState: SynthesisState = Object.freeze({
  studies: [],
  excerpts: [],
  constructs: [],
  concepts: [],
  gridCells: [],
  translations: [],
  thirdOrders: [],
  linesOfArgument: [],
  memos: [],
  comments: [],
  translationOrder: Object.freeze({ kind: 'chronology' }),
  suggestionDecisions: [],
});

type Collection<K extends EntityKind> = Readonly<{
  get: (state: SynthesisState) => readonly EntityMap[K][];
  set: (state: SynthesisState, list: readonly EntityMap[K][]) => SynthesisState;
  /** Kept sorted by id: position carries no meaning and cannot be moved. */
  sorted: boolean;
}>;

const collections: { [K in EntityKind]: Collection<K> } = {
  study: { get: (s) => s.studies, set: (s, studies) => ({ ...s, studies }), sorted: false },
  excerpt: { get: (s) => s.excerpts, set: (s, excerpts) => ({ ...s, excerpts }), sorted: false },
  construct: { get: (s) => s.constructs, set: (s, constructs) => ({ ...s, constructs }), sorted: false },
  concept: { get: (s) => s.concepts, set: (s, concepts) => ({ ...s, concepts }), sorted: false },
  gridCell: { get: (s) => s.gridCells, set: (s, gridCells) => ({ ...s, gridCells }), sorted: true },
  translation: { get: (s) => s.translations, set: (s, translations) => ({ ...s, translations }), sorted: false },
  thirdOrder: { get: (s) => s.thirdOrders, set: (s, thirdOrders) => ({ ...s, thirdOrders }), sorted: false },
  lineOfArgument: {
    get: (s) => s.linesOfArgument,
    set: (s, linesOfArgument) => ({ ...s, linesOfArgument }),
    sorted: false,
  },
  memo: { get: (s) => s.memos, set: (s, memos) => ({ ...s, memos }), sorted: false },
  comment: { get: (s) => s.comments, set: (s, comments) => ({ ...s, comments }), sorted: false },
};

/** The collection of one kind of entity. */
export function collection<K extends EntityKind>(kind: K): Collection<K> {
  return collections[kind];
}

/** The entities of one kind, in state order. */
export function entitiesOf<K extends EntityKind>(state: SynthesisState, kind: K): readonly EntityMap[K][] {
  return collections[kind].get(state);
}

/** The entity of a kind with an id, or undefined. */
export function findEntity<K extends EntityKind>(state: SynthesisState, kind: K, id: string): EntityMap[K] | undefined {
  return collections[kind].get(state).find((e) => e.id === id);
}

/** Lookups by id for the derived tables, which read every entity many times. */
export type SynthesisIndex = Readonly<{
  study: ReadonlyMap<StudyId, Study>;
  excerpt: ReadonlyMap<ExcerptId, Excerpt>;
  construct: ReadonlyMap<ConstructId, Construct>;
  concept: ReadonlyMap<ConceptId, Concept>;
  gridCell: ReadonlyMap<GridCellId, GridCell>;
  translation: ReadonlyMap<TranslationId, Translation>;
  thirdOrder: ReadonlyMap<ThirdOrderId, ThirdOrderConstruct>;
  lineOfArgument: ReadonlyMap<LineOfArgumentId, LineOfArgument>;
  memo: ReadonlyMap<MemoId, Memo>;
  comment: ReadonlyMap<CommentId, Comment>;
}>;

export function indexState(state: SynthesisState): SynthesisIndex {
  const byId = <T extends { id: string }, I extends T['id']>(list: readonly T[]): ReadonlyMap<I, T> =>
    new Map(list.map((e) => [e.id as I, e]));
  return {
    study: byId(state.studies),
    excerpt: byId(state.excerpts),
    construct: byId(state.constructs),
    concept: byId(state.concepts),
    gridCell: byId(state.gridCells),
    translation: byId(state.translations),
    thirdOrder: byId(state.thirdOrders),
    lineOfArgument: byId(state.linesOfArgument),
    memo: byId(state.memos),
    comment: byId(state.comments),
  };
}

/** Every translation link with the translation it belongs to. */
export function allTranslationLinks(state: SynthesisState): { translation: Translation; link: TranslationLink }[] {
  return state.translations.flatMap((translation) => translation.links.map((link) => ({ translation, link })));
}
