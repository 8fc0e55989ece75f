import type { ReactNode } from 'react';
import type { Diagnostic } from '../api/client.js';

type Props = { diagnostics: readonly Diagnostic[]; limit?: number };

const severityLabel = { error: 'Error', warning: 'Warning', info: 'Note' } as const;

/** Parser diagnostics as a list a librarian can act on: where (line, record) first, then what. */
export function DiagnosticList({ diagnostics, limit = 50 }: Props): ReactNode {
  const shown = diagnostics.slice(0, limit);
  return (
    <>
      <ul className="diagnostics">
        {shown.map((d, i) => (
          <li key={`${d.code}-${d.line ?? ''}-${i}`} className={`diagnostic diagnostic-${d.severity}`}>
            <span className="diagnostic-severity">{severityLabel[d.severity]}</span>
            <span className="diagnostic-where">
              {d.line !== undefined ? `Line ${d.line}` : null}
              {d.line !== undefined && d.recordIndex !== undefined ? ' · ' : null}
              {d.recordIndex !== undefined ? `record ${d.recordIndex + 1}` : null}
            </span>
            <span className="diagnostic-message">{d.message}</span>
          </li>
        ))}
      </ul>
      {diagnostics.length > shown.length ? <p className="muted small">and {diagnostics.length - shown.length} more</p> : null}
    </>
  );
}
