import { AppError } from '../errors.js';

/**
 * A string that only the matching factory produces, so that a study id cannot be passed where a construct
 * id is expected. Every brand name is unique across the code base (see `ids.test.ts`).
 */
export type Brand<B extends string> = string & { readonly __brand: B };

export type IdFactory<B extends string> = Readonly<{
  brand: B;
  /** Validates and brands an id: non-empty, no surrounding whitespace, no control characters. */
  of(value: string): Brand<B>;
  is(value: unknown): value is Brand<B>;
}>;

// Control characters would make ids unprintable in reports and ambiguous in composite keys.
// eslint-disable-next-line no-control-regex
const badId = /[\u0000-\u001f\u007f]/;

const isIdString = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.trim() === value && !badId.test(value);

/** Checks an id whose brand follows from context (e.g. an entity reference's kind). */
export function requireIdString(value: unknown, what: string): string {
  if (!isIdString(value)) {
    throw new AppError('INVALID_ARGUMENT', `${what} must be a non-empty string without surrounding spaces.`, { what });
  }
  return value;
}

/** The factory for one kind of id. */
export function idFactory<B extends string>(brand: B): IdFactory<B> {
  // Arrow functions, so that `ids.map(StudyId.of)` works without binding.
  const of = (value: string): Brand<B> => {
    if (!isIdString(value)) {
      throw new AppError('INVALID_ARGUMENT', `${brand} must be a non-empty string without surrounding spaces.`, {
        brand,
        value: String(value),
      });
    }
    return value as Brand<B>;
  };
  const is = (value: unknown): value is Brand<B> => isIdString(value);
  return Object.freeze({ brand, of, is });
}

export type StudyId = Brand<'StudyId'>;
export const StudyId = idFactory('StudyId');
export type ExcerptId = Brand<'ExcerptId'>;
export const ExcerptId = idFactory('ExcerptId');
export type ConstructId = Brand<'ConstructId'>;
export const ConstructId = idFactory('ConstructId');
export type ConceptId = Brand<'ConceptId'>;
export const ConceptId = idFactory('ConceptId');
export type GridCellId = Brand<'GridCellId'>;
export const GridCellId = idFactory('GridCellId');
export type TranslationId = Brand<'TranslationId'>;
export const TranslationId = idFactory('TranslationId');
export type TranslationLinkId = Brand<'TranslationLinkId'>;
export const TranslationLinkId = idFactory('TranslationLinkId');
export type ThirdOrderId = Brand<'ThirdOrderId'>;
export const ThirdOrderId = idFactory('ThirdOrderId');
export type LineOfArgumentId = Brand<'LineOfArgumentId'>;
export const LineOfArgumentId = idFactory('LineOfArgumentId');
export type MemoId = Brand<'MemoId'>;
export const MemoId = idFactory('MemoId');
export type CommentId = Brand<'CommentId'>;
export const CommentId = idFactory('CommentId');

/** The brands this module defines; the uniqueness test collects these lists from every module. */
export const synthesisIdBrands = [
  StudyId.brand,
  ExcerptId.brand,
  ConstructId.brand,
  ConceptId.brand,
  GridCellId.brand,
  TranslationId.brand,
  TranslationLinkId.brand,
  ThirdOrderId.brand,
  LineOfArgumentId.brand,
  MemoId.brand,
  CommentId.brand,
] as const;
