import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { api, type ApiError } from '../api/client.js';
import { useAsync } from '../lib/use-async.js';

/** The account personal mode acts as when nobody has signed in on this machine. */
const LOCAL_OWNER = 'owner';

/**
 * Who you are, and signing in as a reviewer or out again. Signing in or out reloads the page so that
 * every view is fetched again as the new user (blinding depends on it).
 */
export function AccountMenu(): ReactNode {
  const me = useAsync((signal) => api.me(signal), []);
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const user = me.data?.user ?? null;
  const signedIn = user !== null && !(me.data?.personal && user.name === LOCAL_OWNER);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await api.signIn(name.trim(), password);
      window.location.reload();
    } catch (e) {
      setError(e as ApiError);
      setBusy(false);
    }
  };
  const signOut = async (): Promise<void> => {
    await api.signOut().catch(() => undefined);
    window.location.reload();
  };

  if (!me.data) return null;
  return (
    <div className="account">
      <span className="account-who" data-testid="current-user">
        {user ? (
          <>
            {signedIn ? 'Signed in as' : 'You are'} <strong>{user.displayName}</strong>
          </>
        ) : (
          'Not signed in'
        )}
      </span>
      {signedIn ? (
        <button type="button" className="button button-small account-button" onClick={() => void signOut()}>
          Sign out
        </button>
      ) : null}
      <button type="button" className="button button-small account-button" aria-expanded={open} aria-controls={`${id}-form`} onClick={() => setOpen((o) => !o)}>
        {signedIn ? 'Switch user' : 'Sign in'}
      </button>
      {open ? (
        <form id={`${id}-form`} className="account-form" aria-label="Sign in" onSubmit={(e) => void submit(e)}>
          <label htmlFor={`${id}-name`} className="field-label">
            User name
          </label>
          <input id={`${id}-name`} className="input" autoComplete="username" value={name} onChange={(e) => setName(e.target.value)} required autoFocus />
          <label htmlFor={`${id}-password`} className="field-label">
            Password
          </label>
          <input id={`${id}-password`} type="password" className="input" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
          {error ? (
            <p className="field-error" role="alert">
              {error.message}
            </p>
          ) : null}
          <div className="form-actions">
            <button type="submit" className="button button-primary button-small" disabled={busy || !name.trim() || !password}>
              Sign in
            </button>
            <button type="button" className="button button-small" onClick={() => setOpen(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
