/**
 * Undo and redo over an append-only log. Nothing is removed: undoing appends the inverse of an action, and
 * redoing appends the action again. Each person undoes their own actions, most recent first, so that in a
 * team one reviewer's Ctrl+Z never takes back a colleague's work.
 */
export type HistoryEntry = Readonly<
  | { seq: number; actor: string; kind: 'action' }
  | { seq: number; actor: string; kind: 'undo'; target: number }
  | { seq: number; actor: string; kind: 'redo'; target: number }
>;

export type UndoStacks = Readonly<{
  /** Actions that can be undone, most recent last (each the seq of the action's original entry). */
  undo: readonly number[];
  /** Undone actions that can be redone, most recently undone last. */
  redo: readonly number[];
}>;

/** One actor's undo and redo stacks, from the log in order. A new action clears the redo stack. */
export function undoStacks(log: readonly HistoryEntry[], actor: string): UndoStacks {
  const undo: number[] = [];
  let redo: number[] = [];
  for (const entry of log) {
    if (entry.actor !== actor) continue;
    if (entry.kind === 'action') {
      undo.push(entry.seq);
      redo = [];
    } else if (entry.kind === 'undo') {
      const i = undo.lastIndexOf(entry.target);
      if (i >= 0) undo.splice(i, 1);
      redo.push(entry.target);
    } else {
      const i = redo.lastIndexOf(entry.target);
      if (i >= 0) redo.splice(i, 1);
      undo.push(entry.target);
    }
  }
  return { undo, redo };
}
