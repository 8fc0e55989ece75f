import { useState, type FormEvent, type ReactNode } from 'react';
import { api, type ApiError, type Role } from '../../api/client.js';
import { ErrorMessage } from '../../components/error-message.js';
import { Field } from '../../components/field.js';
import { fieldErrors } from '../../components/validation.js';
import { useAsync } from '../../lib/use-async.js';

const roles: readonly Readonly<{ value: Role; label: string }>[] = [
  { value: 'reviewer', label: 'Reviewer' },
  { value: 'viewer', label: 'Viewer' },
  { value: 'owner', label: 'Owner' },
];

const empty = { name: '', displayName: '', password: '', role: 'reviewer' as Role };

/** The review team: who is a member, and a form to create a reviewer's account and add it. */
export function MembersPanel({ projectId }: { projectId: string }): ReactNode {
  const members = useAsync((signal) => api.listMembers(projectId, signal), [projectId]);
  const [draft, setDraft] = useState(empty);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [added, setAdded] = useState('');
  const errors = fieldErrors(error);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setAdded('');
    try {
      try {
        await api.createUser({ name: draft.name.trim(), password: draft.password, displayName: draft.displayName.trim() });
      } catch (e) {
        // An existing account is simply added to this project.
        if ((e as ApiError).code !== 'USER_EXISTS') throw e;
      }
      const member = await api.addMember(projectId, draft.name.trim(), draft.role);
      setAdded(`${member.displayName} was added as ${member.role}.`);
      setDraft(empty);
      members.reload();
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="members-heading">
      <h2 id="members-heading" className="card-title">
        Review team
      </h2>
      {members.error ? <ErrorMessage error={members.error} title="The members could not be loaded" onRetry={members.reload} /> : null}
      {members.data ? (
        <table className="table table-compact members-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">User name</th>
              <th scope="col">Role</th>
            </tr>
          </thead>
          <tbody>
            {members.data.map((m) => (
              <tr key={m.id}>
                <th scope="row">{m.displayName}</th>
                <td>{m.name}</td>
                <td>{roles.find((r) => r.value === m.role)?.label ?? m.role}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <form className="form" aria-label="Add a member" onSubmit={(e) => void submit(e)} noValidate>
        <h3 className="subheading">Create an account and add it</h3>
        <div className="form-grid">
          <Field label="User name" error={errors['name']}>
            {({ id, describedBy, invalid }) => <input id={id} className="input" autoComplete="off" value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} aria-describedby={describedBy} aria-invalid={invalid} required />}
          </Field>
          <Field label="Display name" optional>
            {({ id }) => <input id={id} className="input" autoComplete="off" value={draft.displayName} onChange={(e) => setDraft({ ...draft, displayName: e.target.value })} />}
          </Field>
          <Field label="Password" hint="At least 8 characters. An existing account is added as it is." error={errors['password']}>
            {({ id, describedBy, invalid }) => <input id={id} type="password" className="input" autoComplete="new-password" value={draft.password} onChange={(e) => setDraft({ ...draft, password: e.target.value })} aria-describedby={describedBy} aria-invalid={invalid} />}
          </Field>
          <Field label="Role">
            {({ id }) => (
              <select id={id} className="input" value={draft.role} onChange={(e) => setDraft({ ...draft, role: e.target.value as Role })}>
                {roles.map((r) => (
                  <option key={r.value} value={r.value}>
                    {r.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        {error && Object.keys(errors).length === 0 ? <ErrorMessage error={error} title="The member was not added" /> : null}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy || !draft.name.trim()}>
            Add member
          </button>
          <p className="muted small" role="status">
            {added}
          </p>
        </div>
      </form>
    </section>
  );
}
