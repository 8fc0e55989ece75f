import { useState, type FormEvent, type ReactNode } from 'react';
import { api, ApiError, type Project } from '../../api/client.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Field } from '../../components/field.js';
import { fieldErrors } from '../../components/validation.js';

type Props = { onCreated: (project: Project) => void; onCancel?: (() => void) | undefined };

export function NewProjectForm({ onCreated, onCancel }: Props): ReactNode {
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const [question, setQuestion] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const errors = fieldErrors(error);

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    api.createProject({ name: name.trim(), title: title.trim(), question: question.trim() }).then(onCreated, (reason: unknown) => {
      setError(reason instanceof ApiError ? reason : new ApiError('CLIENT', String(reason), 0));
      setBusy(false);
    });
  };

  return (
    <form className="card form" onSubmit={submit} aria-labelledby="new-project-heading" noValidate>
      <h2 id="new-project-heading" className="card-title">
        New project
      </h2>
      <Field label="Name" hint="A short name for lists and file names, e.g. “Carers of people with dementia”." error={errors['name']}>
        {({ id, describedBy, invalid }) => (
          <input id={id} className="input" value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} autoFocus aria-describedby={describedBy} aria-invalid={invalid} />
        )}
      </Field>
      <Field label="Title" optional hint="The full title of the review, as it will appear in the report." error={errors['title']}>
        {({ id, describedBy, invalid }) => (
          <input id={id} className="input" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={500} aria-describedby={describedBy} aria-invalid={invalid} />
        )}
      </Field>
      <Field label="Review question" optional hint="What the synthesis sets out to understand; you can refine it later." error={errors['question']}>
        {({ id, describedBy, invalid }) => (
          <textarea id={id} className="input" rows={3} value={question} onChange={(e) => setQuestion(e.target.value)} maxLength={5000} aria-describedby={describedBy} aria-invalid={invalid} />
        )}
      </Field>
      {error && !error.details?.issues ? <ErrorMessage error={error} title="The project was not created" /> : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy || name.trim() === ''}>
          {busy ? 'Creating…' : 'Create project'}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
