import { ConceptId } from './ids.js';
import { definedOnly, optionalText, requireText } from './validate.js';

/** A cross-study idea (key metaphor, theme) that becomes a column of the juxtaposition grid. */
export type Concept = Readonly<{ id: ConceptId; label: string; description?: string }>;

export type ConceptInput = Readonly<{ id: string; label: string; description?: string }>;

export const Concept = {
  /** Validates and freezes a concept. */
  create(input: ConceptInput): Concept {
    return Object.freeze(
      definedOnly({
        id: ConceptId.of(input.id),
        label: requireText(input.label, 'Concept', 'label').trim(),
        description: optionalText(input.description, 'Concept', 'description'),
      }),
    );
  },
} as const;
