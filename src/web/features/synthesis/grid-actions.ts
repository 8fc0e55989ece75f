import { createContext, useContext } from 'react';

/** What a dragged construct is and where it comes from (a cell's concept, or the palette). */
export type DragInfo = Readonly<{ constructId: string; studyId: string; fromConceptId: string | null }>;

/**
 * The grid's callbacks, as one stable object: cells and chips read it from context, so that passing it
 * never makes a memoised cell render again. Each method reads the page's latest state when called.
 */
export type GridActions = Readonly<{
  selectConstruct: (constructId: string, inConceptId: string | null) => void;
  selectCell: (studyId: string, conceptId: string) => void;
  selectConcept: (conceptId: string) => void;
  dragStart: (info: DragInfo) => void;
  dragEnd: () => void;
  /** Whether the dragged construct may be dropped in the cell (only in its own study's row, not where it is). */
  canDrop: (studyId: string, conceptId: string) => boolean;
  drop: (studyId: string, conceptId: string) => void;
  unplace: (constructId: string, conceptId: string) => void;
  /** Whether a construct is being dragged out of a cell (the palette then takes it back). */
  draggingFromCell: () => boolean;
  dropOnPalette: () => void;
}>;

export const GridActionsContext = createContext<GridActions | null>(null);

export function useGridActions(): GridActions {
  const actions = useContext(GridActionsContext);
  if (!actions) throw new Error('useGridActions needs the grid page above it.');
  return actions;
}
