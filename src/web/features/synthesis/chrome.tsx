import type { ReactNode } from 'react';
import type { Project } from '../../api/client.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Loading } from '../../components/loading.js';
import { PageHeader } from '../../components/page-header.js';
import { useWorkbench, WorkbenchProvider } from './workbench.js';

/** Undo and redo for the synthesis, with whether changes are still being saved. */
export function UndoBar(): ReactNode {
  const wb = useWorkbench();
  if (!wb.canEdit) return <span className="badge">Read only</span>;
  const canUndo = Boolean(wb.view?.canUndo);
  const canRedo = Boolean(wb.view?.canRedo);
  return (
    <div className="synth-undo" role="group" aria-label="Undo and redo">
      <span className="synth-save-state muted small" aria-hidden="true">
        {wb.busy ? 'Saving…' : wb.saved ? 'Saved' : ''}
      </span>
      <button type="button" className="button button-small" onClick={wb.undo} disabled={!canUndo || wb.busy} aria-keyshortcuts="Control+Z" title={wb.view?.undoLabel ? `Undo “${wb.view.undoLabel}” (Ctrl+Z)` : 'Undo your last change (Ctrl+Z)'}>
        Undo
      </button>
      <button type="button" className="button button-small" onClick={wb.redo} disabled={!canRedo || wb.busy} aria-keyshortcuts="Control+Shift+Z" title="Redo (Ctrl+Shift+Z)">
        Redo
      </button>
    </div>
  );
}

/** The failure of the last change, until dismissed or the next change. */
export function FailureNotice(): ReactNode {
  const wb = useWorkbench();
  if (!wb.failure) return null;
  return (
    <div className="notice notice-error synth-failure" role="alert">
      <p className="notice-title">That change was not saved</p>
      <p>{wb.failure.message}</p>
      <button type="button" className="button button-small" onClick={wb.dismissFailure}>
        Dismiss
      </button>
    </div>
  );
}

/** The status line screen readers hear after each change. */
export function Announcer(): ReactNode {
  const { announcement } = useWorkbench();
  return (
    <p className="visually-hidden" role="status" aria-live="polite">
      {announcement}
    </p>
  );
}

/** Loading and load-error states; renders the page once the synthesis is there. */
export function Gate({ label, children }: { label: string; children: ReactNode }): ReactNode {
  const wb = useWorkbench();
  if (!wb.view && wb.loadError) return <ErrorMessage error={wb.loadError} title="The synthesis could not be loaded" onRetry={wb.reload} />;
  if (!wb.view) return <Loading label={label} />;
  return <>{children}</>;
}

type PageProps = Readonly<{
  project: Project;
  title: string;
  description: ReactNode;
  loadingLabel: string;
  className?: string;
  children: ReactNode;
}>;

/** A page of the Synthesis group: its header with undo and redo, the failure notice, and the loading gate. */
export function SynthesisPageFrame({ project, title, description, loadingLabel, className, children }: PageProps): ReactNode {
  return (
    <WorkbenchProvider projectId={project.id} role={project.role}>
      <div className={`synth-page${className ? ` ${className}` : ''}`}>
        <PageHeader title={title} description={description} actions={<UndoBar />} />
        <Announcer />
        <FailureNotice />
        <Gate label={loadingLabel}>{children}</Gate>
      </div>
    </WorkbenchProvider>
  );
}
