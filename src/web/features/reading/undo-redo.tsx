import type { ReactNode } from 'react';
import type { WorkbenchController } from './use-workbench.js';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl+';

/** Undo and redo of the user's own reading actions, with their keyboard shortcuts spelled out. */
export function UndoRedo({ controller }: { controller: Pick<WorkbenchController, 'data' | 'busy' | 'undo' | 'redo'> }): ReactNode {
  const { data, busy } = controller;
  return (
    <div className="reading-undo-redo" role="group" aria-label="Undo and redo">
      <button type="button" className="button button-small" disabled={busy || !data?.canUndo} onClick={controller.undo} aria-keyshortcuts="Control+Z Meta+Z" title={data?.undoLabel ? `Undo “${data.undoLabel}” (${mod}Z)` : `Undo your last change (${mod}Z)`}>
        Undo
      </button>
      <button type="button" className="button button-small" disabled={busy || !data?.canRedo} onClick={controller.redo} aria-keyshortcuts="Control+Shift+Z Control+Y Meta+Shift+Z" title={data?.redoLabel ? `Redo “${data.redoLabel}” (${mod}${isMac ? '⇧Z' : 'Shift+Z'})` : `Redo (${mod}${isMac ? '⇧Z' : 'Shift+Z'})`}>
        Redo
      </button>
    </div>
  );
}
