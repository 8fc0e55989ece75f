import type { ReactNode } from 'react';
import type { ApiError } from '../api/client.js';

type Props = { error: ApiError; title?: string; onRetry?: (() => void) | undefined };

/** A failed request, in words. The error code stays out of sight except as a hint for support. */
export function ErrorMessage({ error, title, onRetry }: Props): ReactNode {
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{title ?? 'Something went wrong'}</p>
      <p>{error.message}</p>
      {onRetry ? (
        <button type="button" className="button button-small" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}
