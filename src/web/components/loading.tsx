import type { ReactNode } from 'react';

export function Loading({ label = 'Loading…' }: { label?: string }): ReactNode {
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}
