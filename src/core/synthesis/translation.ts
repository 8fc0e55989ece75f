import { AppError } from '../errors.js';
import { ConceptId, ConstructId, StudyId, TranslationId, TranslationLinkId } from './ids.js';
import { definedOnly, optionalText, requireOneOf, requireText, requireTime, uniqueIds } from './validate.js';

export const translationKinds = ['reciprocal', 'refutational'] as const;
/** Reciprocal: the accounts say the same thing in different terms. Refutational: they contradict. */
export type TranslationKind = (typeof translationKinds)[number];

/**
 * One step of a translation: how a concept as study `from` expresses it reads in the terms of study `to`,
 * which constructs on each side were compared, and who decided, when and why.
 */
export type TranslationLink = Readonly<{
  id: TranslationLinkId;
  fromStudyId: StudyId;
  toStudyId: StudyId;
  kind: TranslationKind;
  fromConstructIds: readonly ConstructId[];
  toConstructIds: readonly ConstructId[];
  rationale: string;
  /** Refutational links only: how the contradiction was explained (the refutation register shows it). */
  resolution?: string;
  author: string;
  at: string;
}>;

/** The translation of one concept across studies: an ordered list of study-to-study links. */
export type Translation = Readonly<{
  id: TranslationId;
  conceptId: ConceptId;
  /** The translated concept in the reviewers' words, once the links are made. */
  summary?: string;
  links: readonly TranslationLink[];
}>;

export type TranslationLinkInput = Readonly<{
  id: string;
  fromStudyId: string;
  toStudyId: string;
  kind: TranslationKind;
  fromConstructIds?: readonly string[];
  toConstructIds?: readonly string[];
  rationale: string;
  resolution?: string;
  author: string;
  at: string;
}>;

export type TranslationInput = Readonly<{
  id: string;
  conceptId: string;
  summary?: string;
  links?: readonly TranslationLinkInput[];
}>;

export const TranslationLink = {
  /** Validates and freezes a link: two different studies, a rationale, a resolution only when refutational. */
  create(input: TranslationLinkInput): TranslationLink {
    const fromStudyId = StudyId.of(input.fromStudyId);
    const toStudyId = StudyId.of(input.toStudyId);
    if (fromStudyId === toStudyId) {
      throw new AppError('SYNTHESIS_INVALID_LINK', 'A translation links two different studies.', { studyId: fromStudyId });
    }
    const kind = requireOneOf(input.kind, translationKinds, 'TranslationLink', 'kind');
    const resolution = optionalText(input.resolution, 'TranslationLink', 'resolution');
    if (resolution !== undefined && kind !== 'refutational') {
      throw new AppError('INVALID_ARGUMENT', 'Only a refutational link has a resolution.', { id: input.id });
    }
    return Object.freeze(
      definedOnly({
        id: TranslationLinkId.of(input.id),
        fromStudyId,
        toStudyId,
        kind,
        fromConstructIds: uniqueIds(input.fromConstructIds, ConstructId.of, 'TranslationLink', 'fromConstructIds'),
        toConstructIds: uniqueIds(input.toConstructIds, ConstructId.of, 'TranslationLink', 'toConstructIds'),
        rationale: requireText(input.rationale, 'TranslationLink', 'rationale'),
        resolution,
        author: requireText(input.author, 'TranslationLink', 'author'),
        at: requireTime(input.at, 'TranslationLink', 'at'),
      }),
    );
  },
} as const;

export const Translation = {
  /** Validates and freezes a translation; link ids are unique within it. */
  create(input: TranslationInput): Translation {
    const links = (input.links ?? []).map((l) => TranslationLink.create(l));
    const seen = new Set<string>();
    for (const link of links) {
      if (seen.has(link.id)) throw new AppError('SYNTHESIS_DUPLICATE', `Translation link ${link.id} appears twice.`, { id: link.id });
      seen.add(link.id);
    }
    return Object.freeze(
      definedOnly({
        id: TranslationId.of(input.id),
        conceptId: ConceptId.of(input.conceptId),
        summary: optionalText(input.summary, 'Translation', 'summary'),
        links: Object.freeze(links),
      }),
    );
  },
} as const;
