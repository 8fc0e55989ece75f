import { useState, type ReactNode } from 'react';
import { api, type ApiError, type Conflict, type Project, type ScreeningSettings, type SettledConflict } from '../../api/client.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Loading } from '../../components/loading.js';
import { PageHeader } from '../../components/page-header.js';
import { formatDateTime } from '../../lib/format.js';
import { useAsync } from '../../lib/use-async.js';
import { decisionLabels, stageLabel } from './stages.js';

const kindLabels: Readonly<Record<string, string>> = {
  disagreement: 'Reviewers disagree',
  maybe: 'A reviewer said maybe',
  reason: 'Excluded for different reasons',
};

type Method = 'third-reviewer' | 'consensus';

/** A reviewer by name; someone no longer in the project keeps their decisions but not their name here. */
const memberName = (names: ReadonlyMap<string, string>, id: string): string => names.get(id) ?? 'A former member';

/** " (label)" of an exclusion reason, or nothing without one. */
const reasonSuffix = (reasons: ScreeningSettings['exclusionReasons'], code: string | undefined): string =>
  code ? ` (${reasons.find((r) => r.code === code)?.label ?? code})` : '';

function ConflictCard({ conflict, names, reasons, projectId, onResolved }: { conflict: Conflict; names: ReadonlyMap<string, string>; reasons: ScreeningSettings['exclusionReasons']; projectId: string; onResolved: () => void }): ReactNode {
  const [method, setMethod] = useState<Method>('third-reviewer');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const base = `conflict-${conflict.recordId}-${conflict.stage}`;
  const stageReasons = reasons.filter((r) => !r.stages || r.stages.includes(conflict.stage));
  const resolve = async (decision: 'include' | 'exclude'): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      await api.resolve(projectId, { recordId: conflict.recordId, stage: conflict.stage, decision, method, ...(decision === 'exclude' && reason ? { reasonCode: reason } : {}) });
      onResolved();
    } catch (e) {
      setError(e as ApiError);
      setBusy(false);
    }
  };
  const reasonLabel = (code: string | undefined): string => reasonSuffix(reasons, code);
  return (
    <li className="card conflict-card" aria-labelledby={`${base}-title`} data-testid="conflict">
      <h2 id={`${base}-title`} className="card-title">
        {conflict.title ?? 'Untitled record'}
      </h2>
      <p className="muted small">
        {stageLabel(conflict.stage)} · {kindLabels[conflict.kind] ?? conflict.kind} · since {formatDateTime(conflict.since)}
      </p>
      <ul className="conflict-decisions">
        {conflict.decisions.map((d) => (
          <li key={d.reviewerId}>
            <strong>{memberName(names, d.reviewerId)}</strong>: {decisionLabels[d.decision] ?? d.decision}
            {reasonLabel(d.reasonCode)}
          </li>
        ))}
      </ul>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${base}-method`} className="field-label">
            Method
          </label>
          <select id={`${base}-method`} className="input" value={method} onChange={(e) => setMethod(e.target.value as Method)}>
            <option value="third-reviewer">Third reviewer decides</option>
            <option value="consensus">Consensus discussion</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${base}-reason`} className="field-label">
            Reason if excluded{conflict.stage === 'full-text' ? '' : <span className="field-optional"> (optional)</span>}
          </label>
          <select id={`${base}-reason`} className="input" value={reason} onChange={(e) => setReason(e.target.value)}>
            <option value="">{stageReasons.length === 0 ? 'No reasons defined' : 'Choose a reason'}</option>
            {stageReasons.map((r) => (
              <option key={r.code} value={r.code}>
                {r.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      {error ? <ErrorMessage error={error} title="The conflict was not resolved" /> : null}
      <div className="form-actions">
        <button type="button" className="button button-include" disabled={busy} onClick={() => void resolve('include')}>
          Resolve as include
        </button>
        <button type="button" className="button button-exclude" disabled={busy || (conflict.stage === 'full-text' && !reason)} onClick={() => void resolve('exclude')}>
          Resolve as exclude
        </button>
      </div>
    </li>
  );
}

const methodLabels: Readonly<Record<string, string>> = { 'third-reviewer': 'Third reviewer', consensus: 'Consensus' };

/** The conflicts already settled: what each reviewer said, and who settled it, how and when. */
function SettledConflicts({ settled, names, reasons }: { settled: readonly SettledConflict[]; names: ReadonlyMap<string, string>; reasons: ScreeningSettings['exclusionReasons'] }): ReactNode {
  const name = (id: string): string => memberName(names, id);
  const reasonLabel = (code: string | undefined): string => reasonSuffix(reasons, code);
  return (
    <section className="card card-flush" aria-labelledby="settled-conflicts-title">
      <h2 id="settled-conflicts-title" className="card-title card-title-padded">
        Resolved conflicts ({settled.length})
      </h2>
      <div className="table-scroll">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Record</th>
              <th scope="col">Stage</th>
              <th scope="col">Reviewers’ decisions</th>
              <th scope="col">Resolved as</th>
              <th scope="col">How, by whom, when</th>
            </tr>
          </thead>
          <tbody>
            {settled.map((c) => (
              <tr key={`${c.recordId}-${c.stage}`}>
                <th scope="row">{c.title ?? 'Untitled record'}</th>
                <td>{stageLabel(c.stage)}</td>
                <td>
                  {c.decisions.map((d) => (
                    <div key={d.reviewerId}>
                      {name(d.reviewerId)}: {decisionLabels[d.decision] ?? d.decision}
                      {reasonLabel(d.reasonCode)}
                    </div>
                  ))}
                </td>
                <td>
                  {decisionLabels[c.resolution.decision] ?? c.resolution.decision}
                  {reasonLabel(c.resolution.reasonCode)}
                </td>
                <td>
                  {methodLabels[c.resolution.method] ?? c.resolution.method}: {c.resolution.resolverIds.map(name).join(', ')}
                  <div className="muted small">{formatDateTime(c.resolution.at)}</div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function ConflictsPage({ project }: { project: Project }): ReactNode {
  const conflicts = useAsync((signal) => api.conflicts(project.id, signal), [project.id]);
  const settled = useAsync((signal) => api.settledConflicts(project.id, signal), [project.id]);
  const members = useAsync((signal) => api.listMembers(project.id, signal), [project.id]);
  const settings = useAsync((signal) => api.screeningSettings(project.id, signal), [project.id]);
  const names = new Map((members.data ?? []).map((m) => [m.id, m.displayName]));
  // Cards wait for the member list, so that reviewers are never shown as "a former member" while it loads.
  const ready = conflicts.data !== undefined && (members.data !== undefined || members.error !== undefined);
  const list = ready ? (conflicts.data ?? []) : [];
  return (
    <>
      <PageHeader title="Conflicts" description="Records where reviewers disagree. Settle each one by a third reviewer or by consensus; the method is recorded for the report." />
      {conflicts.error ? <ErrorMessage error={conflicts.error} title="The conflicts could not be loaded" onRetry={conflicts.reload} /> : null}
      {!ready && !conflicts.error ? <Loading label="Loading conflicts…" /> : null}
      {ready && list.length === 0 ? (
        <EmptyState title="No conflicts to resolve">
          <p>When two reviewers disagree on a record, it appears here.</p>
        </EmptyState>
      ) : null}
      {list.length > 0 ? (
        <ul className="plain-list" aria-label="Conflicts">
          {list.map((c) => (
            <ConflictCard
              key={`${c.recordId}-${c.stage}`}
              conflict={c}
              names={names}
              reasons={settings.data?.settings.exclusionReasons ?? []}
              projectId={project.id}
              onResolved={() => {
                conflicts.reload();
                settled.reload();
              }}
            />
          ))}
        </ul>
      ) : null}
      {ready && settled.data && settled.data.length > 0 ? <SettledConflicts settled={settled.data} names={names} reasons={settings.data?.settings.exclusionReasons ?? []} /> : null}
    </>
  );
}
