import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client.js';
import { useAsync } from '../../lib/use-async.js';
import { readingApi, stepErrorMessage, type Step, type Workbench } from './api.js';

export type WorkbenchController = Readonly<{
  data: Workbench | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
  /** A write is in flight. */
  busy: boolean;
  /** The last write that failed (cleared by the next one). */
  failure: ApiError | undefined;
  clearFailure: () => void;
  /** For the page's live region: what the last action did. */
  announcement: string;
  /** Counts successful writes, undos and redos: views derived from the state (anchors) reload on it. */
  version: number;
  /** Applies steps as one undoable action; resolves to whether it was saved. */
  run: (steps: readonly Step[], label: string, done?: string) => Promise<boolean>;
  undo: () => void;
  redo: () => void;
}>;

/**
 * The project's reading state and the one way to change it. Every change is a list of script steps sent as
 * one action with a readable label, so that it is undone as one and named in the history.
 */
export function useWorkbench(projectId: string): WorkbenchController {
  const state = useAsync((signal) => readingApi.workbench(projectId, signal), [projectId]);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | undefined>(undefined);
  const [announcement, setAnnouncement] = useState('');
  const [version, setVersion] = useState(0);
  const busyRef = useRef(false);
  const { reload } = state;

  const act = useCallback(
    async (work: () => Promise<string>): Promise<boolean> => {
      if (busyRef.current) return false;
      busyRef.current = true;
      setBusy(true);
      setFailure(undefined);
      try {
        const done = await work();
        setAnnouncement(done);
        setVersion((v) => v + 1);
        reload();
        return true;
      } catch (error) {
        const e = error instanceof ApiError ? error : new ApiError('CLIENT', String(error), 0);
        setFailure(stepErrorMessage(e));
        return false;
      } finally {
        busyRef.current = false;
        setBusy(false);
      }
    },
    [reload],
  );

  const run = useCallback(
    (steps: readonly Step[], label: string, done?: string) =>
      act(async () => {
        await readingApi.apply(projectId, steps, label);
        return done ?? `${label}: saved.`;
      }),
    [act, projectId],
  );

  const undoOrRedo = useCallback(
    (which: 'undo' | 'redo') =>
      void act(async () => {
        const { target } = await readingApi[which](projectId);
        const label = await readingApi
          .history(projectId)
          .then((items) => items.find((i) => i.seq === target)?.label)
          .catch(() => undefined);
        const verb = which === 'undo' ? 'Undone' : 'Redone';
        return label ? `${verb}: ${label}.` : `${verb}.`;
      }),
    [act, projectId],
  );
  const undo = useCallback(() => undoOrRedo('undo'), [undoOrRedo]);
  const redo = useCallback(() => undoOrRedo('redo'), [undoOrRedo]);
  const clearFailure = useCallback(() => setFailure(undefined), []);

  return { data: state.data, error: state.error, loading: state.loading, reload, busy, failure, clearFailure, announcement, version, run, undo, redo };
}

/**
 * Ctrl+Z (⌘Z) undoes and Ctrl+Shift+Z or Ctrl+Y (⌘⇧Z) redoes the user's own last reading action. Keys
 * typed into a form control are left to the control, whose own undo the user expects there.
 */
export function useUndoShortcuts(controller: Pick<WorkbenchController, 'undo' | 'redo'>, enabled: boolean): void {
  const current = useRef(controller);
  current.current = controller;
  useEffect(() => {
    if (!enabled) return undefined;
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.altKey || !(event.ctrlKey || event.metaKey)) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        current.current.undo();
      } else if ((key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey)) {
        event.preventDefault();
        current.current.redo();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled]);
}
