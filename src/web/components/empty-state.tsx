import type { ReactNode } from 'react';

type Props = { title: string; children?: ReactNode };

export function EmptyState({ title, children }: Props): ReactNode {
  return (
    <div className="empty-state">
      <p className="empty-state-title">{title}</p>
      {children ? <div className="empty-state-body">{children}</div> : null}
    </div>
  );
}
