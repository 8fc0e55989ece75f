import { useState, type FormEvent, type ReactNode } from 'react';
import { api, ApiError, type Search, type SearchKind } from '../../api/client.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Field } from '../../components/field.js';
import { fieldErrors } from '../../components/validation.js';
import { platformSuggestions, searchKinds, sourceSuggestions } from './search-options.js';

type Props = { projectId: string; onAdded: (search: Search) => void; onCancel: () => void };

type Draft = {
  kind: SearchKind;
  source: string;
  platform: string;
  dateRun: string;
  query: string;
  limits: string;
  filters: string;
  hitsReported: string;
  notes: string;
};

const today = (): string => new Date().toISOString().slice(0, 10);

export function AddSearchForm({ projectId, onAdded, onCancel }: Props): ReactNode {
  const [draft, setDraft] = useState<Draft>({ kind: 'database', source: '', platform: '', dateRun: today(), query: '', limits: '', filters: '', hitsReported: '', notes: '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const errors = fieldErrors(error);
  const kind = searchKinds.find((k) => k.value === draft.kind)!;
  const isDatabase = draft.kind !== 'other';
  const set = (key: keyof Draft) => (event: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: event.target.value }));

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const hits = draft.hitsReported.trim();
    if (hits !== '' && !/^\d+$/.test(hits)) {
      setError(new ApiError('VALIDATION_FAILED', 'Hits reported must be a whole number.', 400, { issues: [{ path: 'hitsReported', message: 'Enter the number of hits as a whole number, e.g. 1243.' }] }));
      return;
    }
    setBusy(true);
    setError(undefined);
    api
      .addSearch(projectId, {
        kind: draft.kind,
        source: draft.source.trim(),
        platform: isDatabase ? draft.platform.trim() : '',
        dateRun: draft.dateRun,
        query: draft.query,
        limits: draft.limits.trim(),
        filters: draft.filters.trim(),
        ...(hits !== '' ? { hitsReported: Number(hits) } : {}),
        notes: draft.notes,
      })
      .then(onAdded, (reason: unknown) => {
        setError(reason instanceof ApiError ? reason : new ApiError('CLIENT', String(reason), 0));
        setBusy(false);
      });
  };

  return (
    <form className="card form" onSubmit={submit} aria-labelledby="add-search-heading" noValidate>
      <h2 id="add-search-heading" className="card-title">
        Add a search
      </h2>
      <fieldset className="segmented">
        <legend className="field-label">Kind of search</legend>
        {searchKinds.map((k) => (
          <label key={k.value} className="segmented-option">
            <input type="radio" name="kind" value={k.value} checked={draft.kind === k.value} onChange={() => setDraft((d) => ({ ...d, kind: k.value }))} />
            <span>{k.label}</span>
          </label>
        ))}
      </fieldset>

      <div className="form-grid">
        <Field label={kind.sourceLabel} hint={kind.sourceHint} error={errors['source']}>
          {({ id, describedBy, invalid }) => (
            <>
              <input id={id} className="input" list={`${id}-list`} value={draft.source} onChange={set('source')} required maxLength={300} aria-describedby={describedBy} aria-invalid={invalid} />
              <datalist id={`${id}-list`}>
                {sourceSuggestions[draft.kind].map((s) => (
                  <option key={s} value={s} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        {isDatabase ? (
          <Field label="Platform" optional hint="The interface used, e.g. Ovid, ProQuest, EBSCOhost." error={errors['platform']}>
            {({ id, describedBy, invalid }) => (
              <>
                <input id={id} className="input" list={`${id}-list`} value={draft.platform} onChange={set('platform')} maxLength={300} aria-describedby={describedBy} aria-invalid={invalid} />
                <datalist id={`${id}-list`}>
                  {platformSuggestions.map((s) => (
                    <option key={s} value={s} />
                  ))}
                </datalist>
              </>
            )}
          </Field>
        ) : null}
        <Field label="Date run" optional error={errors['dateRun']}>
          {({ id, describedBy, invalid }) => <input id={id} type="date" className="input" value={draft.dateRun} onChange={set('dateRun')} max={today()} aria-describedby={describedBy} aria-invalid={invalid} />}
        </Field>
        <Field label="Hits reported" optional hint={isDatabase ? 'The number of results the database showed.' : 'How many records this method found.'} error={errors['hitsReported']}>
          {({ id, describedBy, invalid }) => (
            <input id={id} className="input" inputMode="numeric" pattern="[0-9]*" value={draft.hitsReported} onChange={set('hitsReported')} aria-describedby={describedBy} aria-invalid={invalid} />
          )}
        </Field>
      </div>

      <Field label={isDatabase ? 'Search strategy' : 'Description'} optional hint={isDatabase ? 'Paste the full strategy as run, line by line.' : 'What was searched and how.'} error={errors['query']}>
        {({ id, describedBy, invalid }) => (
          <textarea id={id} className="input input-code" rows={5} value={draft.query} onChange={set('query')} spellCheck={false} aria-describedby={describedBy} aria-invalid={invalid} />
        )}
      </Field>
      <div className="form-grid">
        <Field label="Limits" optional hint="e.g. English language; 2000 to current." error={errors['limits']}>
          {({ id, describedBy, invalid }) => <input id={id} className="input" value={draft.limits} onChange={set('limits')} maxLength={5000} aria-describedby={describedBy} aria-invalid={invalid} />}
        </Field>
        <Field label="Filters" optional hint="e.g. a qualitative research filter, with its source." error={errors['filters']}>
          {({ id, describedBy, invalid }) => <input id={id} className="input" value={draft.filters} onChange={set('filters')} maxLength={5000} aria-describedby={describedBy} aria-invalid={invalid} />}
        </Field>
      </div>
      <Field label="Notes" optional error={errors['notes']}>
        {({ id, describedBy, invalid }) => <textarea id={id} className="input" rows={2} value={draft.notes} onChange={set('notes')} aria-describedby={describedBy} aria-invalid={invalid} />}
      </Field>

      {error && !error.details?.issues ? <ErrorMessage error={error} title="The search was not added" /> : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy || draft.source.trim() === ''}>
          {busy ? 'Adding…' : 'Add search'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
