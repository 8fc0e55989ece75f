import { AppError } from '../errors.js';
import { ConceptId, ConstructId, ThirdOrderId } from './ids.js';
import { definedOnly, optionalText, requireText, uniqueIds } from './validate.js';

/**
 * A reviewers' interpretation built from the translations. Third-order constructs form a hierarchy
 * (overarching construct → third-order construct → …) through `parentId`, and rest on concepts (and, through
 * the grid, every construct placed under them) and on constructs linked directly.
 */
export type ThirdOrderConstruct = Readonly<{
  id: ThirdOrderId;
  label: string;
  description?: string;
  parentId?: ThirdOrderId;
  conceptIds: readonly ConceptId[];
  constructIds: readonly ConstructId[];
}>;

export type ThirdOrderInput = Readonly<{
  id: string;
  label: string;
  description?: string;
  parentId?: string;
  conceptIds?: readonly string[];
  constructIds?: readonly string[];
}>;

export const ThirdOrderConstruct = {
  /** Validates and freezes a third-order construct (a construct is not its own parent). */
  create(input: ThirdOrderInput): ThirdOrderConstruct {
    const id = ThirdOrderId.of(input.id);
    const parentId = input.parentId === undefined ? undefined : ThirdOrderId.of(input.parentId);
    if (parentId === id) throw new AppError('SYNTHESIS_CYCLE', `${id} cannot be its own parent.`, { id });
    return Object.freeze(
      definedOnly({
        id,
        label: requireText(input.label, 'ThirdOrderConstruct', 'label').trim(),
        description: optionalText(input.description, 'ThirdOrderConstruct', 'description'),
        parentId,
        conceptIds: uniqueIds(input.conceptIds, ConceptId.of, 'ThirdOrderConstruct', 'conceptIds'),
        constructIds: uniqueIds(input.constructIds, ConstructId.of, 'ThirdOrderConstruct', 'constructIds'),
      }),
    );
  },
} as const;
