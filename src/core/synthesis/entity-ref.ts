import { AppError } from '../errors.js';
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
  TranslationLinkId,
} from './ids.js';
import { requireIdString } from './ids.js';

/** The id type of each kind of entity a memo or comment can point at. */
export type RefIdMap = {
  study: StudyId;
  excerpt: ExcerptId;
  construct: ConstructId;
  concept: ConceptId;
  gridCell: GridCellId;
  translation: TranslationId;
  translationLink: TranslationLinkId;
  thirdOrder: ThirdOrderId;
  lineOfArgument: LineOfArgumentId;
  memo: MemoId;
  comment: CommentId;
};
export type RefKind = keyof RefIdMap;

/** A typed pointer to any synthesis entity (translation links included). */
export type EntityRef = { [K in RefKind]: Readonly<{ kind: K; id: RefIdMap[K] }> }[RefKind];

export const refKinds = [
  'study',
  'excerpt',
  'construct',
  'concept',
  'gridCell',
  'translation',
  'translationLink',
  'thirdOrder',
  'lineOfArgument',
  'memo',
  'comment',
] as const satisfies readonly RefKind[];

export const EntityRef = {
  /** Validates a reference read from outside (kind known, id well formed). */
  create(input: Readonly<{ kind: string; id: string }>): EntityRef {
    const kind = refKinds.find((k) => k === input.kind);
    if (kind === undefined) {
      throw new AppError('INVALID_ARGUMENT', `Unknown entity kind "${input.kind}". Available: ${refKinds.join(', ')}.`);
    }
    // The id's brand follows from the kind; the check is the same for every kind.
    return Object.freeze({ kind, id: requireIdString(input.id, 'EntityRef.id') }) as EntityRef;
  },
  /** `construct:c1`: a stable string for maps and messages. */
  key(ref: EntityRef): string {
    return `${ref.kind}:${ref.id}`;
  },
  /** Same kind and id. */
  equals(a: EntityRef, b: EntityRef): boolean {
    return a.kind === b.kind && a.id === b.id;
  },
} as const;
