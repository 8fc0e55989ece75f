import { AppError } from '../errors.js';
import { ConceptId, ConstructId, GridCellId, StudyId } from './ids.js';
import { definedOnly, optionalText, uniqueIds } from './validate.js';

/**
 * One cell of the juxtaposition grid: how a study expresses a concept (its constructs) and a note on it.
 * A cell is identified by its study and concept; an empty cell (no constructs, no note) is not stored.
 */
export type GridCell = Readonly<{
  id: GridCellId;
  studyId: StudyId;
  conceptId: ConceptId;
  constructIds: readonly ConstructId[];
  note?: string;
}>;

export type GridCellInput = Readonly<{
  /** Optional: always derived from study and concept; when given it must agree. */
  id?: string;
  studyId: string;
  conceptId: string;
  constructIds?: readonly string[];
  note?: string;
}>;

export const GridCell = {
  /** The id of the cell at (study, concept). */
  key(studyId: string, conceptId: string): GridCellId {
    return GridCellId.of(`${studyId}×${conceptId}`);
  },

  /** Validates and freezes a cell; it must hold a construct or a note. */
  create(input: GridCellInput): GridCell {
    const studyId = StudyId.of(input.studyId);
    const conceptId = ConceptId.of(input.conceptId);
    const constructIds = uniqueIds(input.constructIds, ConstructId.of, 'GridCell', 'constructIds');
    const note = optionalText(input.note, 'GridCell', 'note');
    const id = GridCell.key(studyId, conceptId);
    if (input.id !== undefined && input.id !== id) {
      throw new AppError('INVALID_ARGUMENT', `A grid cell's id is derived from its study and concept (${id}).`, { id: input.id });
    }
    if (constructIds.length === 0 && (note === undefined || note.trim() === '')) {
      throw new AppError('INVALID_ARGUMENT', 'A grid cell needs a construct or a note; an empty cell is simply absent.', {
        studyId,
        conceptId,
      });
    }
    return Object.freeze(definedOnly({ id, studyId, conceptId, constructIds, note }));
  },
} as const;
