/**
 * The synthesis state of a project, shared by the pages of the Synthesis group: loading, writes (script steps,
 * shown at once and confirmed by the server), undo and redo (buttons and Ctrl+Z / Ctrl+Shift+Z), and what
 * screen readers are told after each change.
 *
 * A write is first compiled against the state on screen with the same pure core function the server uses
 * (`compileScript`), so the change shows at once and a step the server would refuse is refused here with the
 * same message; the server's state is fetched again once the queue of writes is empty.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { ApiError, api, type Role, type User } from '../../api/client.js';
import { AppError } from '../../../core/errors.js';
import type { Study } from '../../../core/synthesis/study.js';
import { orderStudies } from '../../../core/synthesis/translation-order.js';
import { compileScript } from '../../../core/workbench/script.js';
import { reviewData, type ReviewData } from '../../../core/workbench/tables.js';
import { useAsync } from '../../lib/use-async.js';
import { synthesisApi, type ScriptStep, type Step, type SynthesisState, type SynthesisView, type ReviewDocs } from './api.js';

export type Workbench = Readonly<{
  projectId: string;
  canEdit: boolean;
  /** The state on screen: the server's, with writes not yet confirmed already applied. */
  view: SynthesisView | undefined;
  loadError: ApiError | undefined;
  reload: () => void;
  /** Writes are in flight. */
  busy: boolean;
  /** A change of this visit has been saved (for the "Saved" status). */
  saved: boolean;
  /** The last write, undo or redo that failed. */
  failure: ApiError | undefined;
  dismissFailure: () => void;
  /** Applies steps as one undoable action; resolves to whether it was saved. */
  run: (steps: readonly Step[], label: string) => Promise<boolean>;
  undo: () => void;
  redo: () => void;
  announce: (message: string) => void;
  announcement: string;
  /** The signed-in user (null until known, or when nobody is signed in). */
  me: User | null;
  /** A person's display name, from a user id or user name. */
  nameOf: (idOrName: string) => string;
}>;

/** What the pages read; only available once the state has loaded. */
export type Loaded = Readonly<{
  synthesis: SynthesisState;
  docs: ReviewDocs;
  data: ReviewData;
  /** Studies in translation order. */
  studies: readonly Study[];
}>;

const WorkbenchContext = createContext<Workbench | null>(null);

export function useWorkbench(): Workbench {
  const wb = useContext(WorkbenchContext);
  if (!wb) throw new Error('useWorkbench needs a <WorkbenchProvider> above it.');
  return wb;
}

export function useOptionalWorkbench(): Workbench | null {
  return useContext(WorkbenchContext);
}

/** The loaded state with its derived data (memoised on the state objects). */
export function useLoaded(): Loaded | undefined {
  const { view } = useWorkbench();
  const synthesis = view?.synthesis;
  const docs = view?.docs;
  const data = useMemo(() => (synthesis && docs ? reviewData({ synthesis, docs }) : undefined), [synthesis, docs]);
  const studies = useMemo(() => (synthesis && data ? safeOrder(synthesis, data) : []), [synthesis, data]);
  return synthesis && docs && data ? { synthesis, docs, data, studies } : undefined;
}

function safeOrder(synthesis: SynthesisState, data: ReviewData): Study[] {
  try {
    return orderStudies(synthesis.studies, synthesis.translationOrder, data.orderInputs);
  } catch {
    return orderStudies(synthesis.studies, { kind: 'chronology' });
  }
}

/** Server and core messages start with the step that failed ("Step 1 (link): …"); one action is one step to the user. */
export function cleanMessage(message: string): string {
  return message.replace(/^Step \d+(?: \([^)]*\))?: /, '');
}

function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return new ApiError(error.code, cleanMessage(error.message), error.status, error.details);
  if (error instanceof AppError) return new ApiError(error.code, cleanMessage(error.message), 400);
  return new ApiError('CLIENT', error instanceof Error ? error.message : String(error), 0);
}

type ProviderProps = Readonly<{
  projectId: string;
  role?: Role | undefined;
  /** Bind Ctrl+Z / Ctrl+Shift+Z (off where the host page has its own undo keys). */
  shortcuts?: boolean;
  /** Told after each saved change, so a host page can refresh what it shows. */
  onSaved?: (() => void) | undefined;
  children: ReactNode;
}>;

export function WorkbenchProvider({ projectId, role, shortcuts = true, onSaved, children }: ProviderProps): ReactNode {
  const [view, setView] = useState<SynthesisView | undefined>(undefined);
  const [loadError, setLoadError] = useState<ApiError | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<ApiError | undefined>(undefined);
  const [announcement, setAnnouncement] = useState('');
  const me = useAsync((signal) => api.me(signal), []);
  const members = useAsync((signal) => api.listMembers(projectId, signal), [projectId]);
  // The role is given by the project pages; a comments thread used elsewhere looks it up.
  const project = useAsync((signal) => (role ? Promise.resolve(undefined) : api.getProject(projectId, signal)), [projectId, role]);
  const effectiveRole = role ?? project.data?.role;
  const user = me.data?.user ?? null;

  const viewRef = useRef<SynthesisView | undefined>(undefined);
  const userRef = useRef<User | null>(null);
  userRef.current = user;
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;
  const pending = useRef(0);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const generation = useRef(0);

  const show = useCallback((next: SynthesisView) => {
    viewRef.current = next;
    setView(next);
  }, []);

  const load = useCallback(async (): Promise<void> => {
    const g = ++generation.current;
    try {
      const next = await synthesisApi.view(projectId);
      // A newer load, or a write started meanwhile, makes this answer stale.
      if (g !== generation.current || pending.current > 0) return;
      show(next);
      setLoadError(undefined);
    } catch (error) {
      if (g === generation.current) setLoadError(asApiError(error));
    }
  }, [projectId, show]);

  useEffect(() => {
    void load();
  }, [load]);

  // Colleagues change the synthesis too: look again when the tab comes back into view.
  useEffect(() => {
    const onVisible = (): void => {
      if (document.visibilityState === 'visible' && pending.current === 0) void load();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [load]);

  const announce = useCallback((message: string) => {
    // Clearing first makes a repeated message ("Saved.") be read again.
    setAnnouncement('');
    window.setTimeout(() => setAnnouncement(message), 30);
  }, []);

  const run = useCallback(
    async (steps: readonly Step[], label: string): Promise<boolean> => {
      const current = viewRef.current;
      const actor = userRef.current;
      if (!current || steps.length === 0) return false;
      if (!actor) {
        setFailure(new ApiError('AUTH_REQUIRED', 'Sign in to change the synthesis.', 401));
        return false;
      }
      let next;
      try {
        next = compileScript({ synthesis: current.synthesis, docs: current.docs }, steps as unknown as readonly ScriptStep[], {
          meta: { actor: actor.name, at: new Date().toISOString() },
        }).state;
      } catch (error) {
        const e = asApiError(error);
        setFailure(e);
        announce(`Not saved: ${e.message}`);
        return false;
      }
      show({ ...current, synthesis: next.synthesis, docs: next.docs, canUndo: true, canRedo: false });
      setFailure(undefined);
      pending.current += 1;
      setBusy(true);
      const result = chain.current.then(
        () => synthesisApi.steps(projectId, steps, label).then(() => true),
      ).catch((error: unknown) => {
        const e = asApiError(error);
        setFailure(e);
        announce(`Not saved: ${e.message}`);
        return false;
      });
      chain.current = result;
      const ok = await result;
      pending.current -= 1;
      if (pending.current === 0) {
        setBusy(false);
        await load();
      }
      if (ok) {
        setSaved(true);
        announce(`${label}.`);
        onSavedRef.current?.();
      }
      return ok;
    },
    [projectId, load, show, announce],
  );

  const undoRedo = useCallback(
    async (which: 'undo' | 'redo'): Promise<void> => {
      await chain.current;
      if (pending.current > 0) return;
      pending.current += 1;
      setBusy(true);
      setFailure(undefined);
      const work = (async () => {
        try {
          const r = which === 'undo' ? await synthesisApi.undo(projectId) : await synthesisApi.redo(projectId);
          const history = await synthesisApi.history(projectId, 500).catch(() => []);
          const label = history.find((h) => h.seq === r.target)?.label;
          setSaved(true);
          announce(which === 'undo' ? `Undone: ${label ?? 'your last action'}.` : `Redone: ${label ?? 'your last undone action'}.`);
        } catch (error) {
          const e = asApiError(error);
          setFailure(e);
          announce(e.message);
        }
      })();
      chain.current = work;
      await work;
      pending.current -= 1;
      setBusy(false);
      await load();
    },
    [projectId, load, announce],
  );

  const canEdit = effectiveRole !== undefined && effectiveRole !== 'viewer';
  const undo = useCallback(() => void undoRedo('undo'), [undoRedo]);
  const redo = useCallback(() => void undoRedo('redo'), [undoRedo]);

  useEffect(() => {
    if (!canEdit || !shortcuts) return undefined;
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || !(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key !== 'z' && key !== 'y') return;
      // Inside a text field the browser's own undo applies to the text being written.
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
      event.preventDefault();
      if (key === 'y' || event.shiftKey) redo();
      else undo();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [canEdit, shortcuts, undo, redo]);

  const memberList = members.data;
  const nameOf = useCallback(
    (idOrName: string): string => {
      const m = memberList?.find((x) => x.id === idOrName || x.name === idOrName);
      if (m) return m.displayName;
      if (user && (user.id === idOrName || user.name === idOrName)) return user.displayName;
      return idOrName;
    },
    [memberList, user],
  );

  const reload = useCallback(() => void load(), [load]);
  const dismissFailure = useCallback(() => setFailure(undefined), []);

  const value = useMemo<Workbench>(
    () => ({ projectId, canEdit, view, loadError, reload, busy, saved, failure, dismissFailure, run, undo, redo, announce, announcement, me: user, nameOf }),
    [projectId, canEdit, view, loadError, reload, busy, saved, failure, dismissFailure, run, undo, redo, announce, announcement, user, nameOf],
  );
  return <WorkbenchContext.Provider value={value}>{children}</WorkbenchContext.Provider>;
}
