import type { ReactNode } from 'react';
import type { ImportedFile } from '../../api/client.js';
import { DiagnosticList } from '../../components/diagnostic-list.js';
import { formatBytes, formatDateTime, formatLabel, formatNumber, plural } from '../../lib/format.js';

export function ImportedFiles({ files }: { files: readonly ImportedFile[] }): ReactNode {
  if (files.length === 0) return <p className="muted">No file has been imported into this search yet.</p>;
  return (
    <>
      <div className="table-scroll">
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
              <th scope="col">Imported</th>
            </tr>
          </thead>
          <tbody>
            {files.map((f) => (
              <tr key={f.id}>
                <th scope="row" className="file-name">
                  {f.fileName}
                </th>
                <td>{formatLabel(f.format)}</td>
                <td>{f.encoding}</td>
                <td className="num">{formatBytes(f.byteSize)}</td>
                <td className="num">{formatNumber(f.recordCount)}</td>
                <td className="nowrap">{formatDateTime(f.importedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {files
        .filter((f) => f.diagnostics.length > 0)
        .map((f) => (
          <details key={f.id} className="file-warnings">
            <summary>
              {plural(f.diagnostics.length, 'warning')} in <span className="file-name">{f.fileName}</span>
            </summary>
            <DiagnosticList diagnostics={f.diagnostics} />
          </details>
        ))}
    </>
  );
}
