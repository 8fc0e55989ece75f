import type { ReactNode } from 'react';
import type { ApiError, ImportSummary } from '../../api/client.js';
import { DiagnosticList } from '../../components/diagnostic-list.js';
import { formatBytes, formatLabel, formatNumber, mismatchText, plural } from '../../lib/format.js';

export type ImportAttempt = Readonly<{
  id: number;
  searchId: string;
  fileNames: readonly string[];
  result?: ImportSummary | undefined;
  error?: ApiError | undefined;
}>;

export function ImportResult({ attempt, source }: { attempt: ImportAttempt; source: string }): ReactNode {
  if (attempt.error) return <ImportFailure error={attempt.error} fileNames={attempt.fileNames} />;
  if (!attempt.result) return null;
  const { result } = attempt;
  const warnings = result.files.reduce((n, f) => n + f.diagnostics.length, 0);
  return (
    <section className="result result-success" aria-label="Import result" data-testid="import-result">
      <p className="result-title">
        Imported {plural(result.records, 'record')} from {plural(result.files.length, 'file')}
        {warnings > 0 ? `, with ${plural(warnings, 'warning')}` : ''}
      </p>
      {result.mismatch ? (
        <p className="inline-warning" role="note">
          <strong>Count differs:</strong> {mismatchText(source, result.mismatch)}
        </p>
      ) : null}
      <table className="table table-compact">
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Format</th>
            <th scope="col">Encoding</th>
            <th scope="col" className="num">
              Size
            </th>
            <th scope="col" className="num">
              Records
            </th>
          </tr>
        </thead>
        <tbody>
          {result.files.map((f) => (
            <tr key={f.fileId}>
              <th scope="row" className="file-name">
                {f.name}
              </th>
              <td>{formatLabel(f.format)}</td>
              <td>{f.encoding}</td>
              <td className="num">{formatBytes(f.bytes)}</td>
              <td className="num">{formatNumber(f.records)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.files
        .filter((f) => f.diagnostics.length > 0)
        .map((f) => (
          <details key={f.fileId} className="file-warnings" open={warnings <= 10}>
            <summary>
              {plural(f.diagnostics.length, 'warning')} in <span className="file-name">{f.name}</span>
            </summary>
            <DiagnosticList diagnostics={f.diagnostics} />
          </details>
        ))}
    </section>
  );
}

function ImportFailure({ error, fileNames }: { error: ApiError; fileNames: readonly string[] }): ReactNode {
  const diagnostics = error.details?.diagnostics ?? [];
  const file = error.details?.file ?? (fileNames.length === 1 ? fileNames[0] : undefined);
  return (
    <section className="result result-error" role="alert" aria-label="Import failed" data-testid="import-error">
      <p className="result-title">Nothing was imported{file ? <> from <span className="file-name">{file}</span></> : null}</p>
      {diagnostics.length > 0 ? (
        <>
          <p>{diagnostics.length === 1 ? 'This problem stops the file from being read:' : `These ${diagnostics.length} problems stop the file from being read:`}</p>
          <DiagnosticList diagnostics={diagnostics} />
        </>
      ) : (
        // The server's message ends by saying nothing was imported; the heading already says so.
        <p>{error.message.replace(/\s*Nothing was imported\.?\s*$/, '').replace(/\.\.$/, '.')}</p>
      )}
      <p className="muted small">Fix the file (or export it again from the database) and drop it here once more. A file is imported whole or not at all.</p>
    </section>
  );
}
