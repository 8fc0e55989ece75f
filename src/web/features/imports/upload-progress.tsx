import type { ReactNode } from 'react';
import { formatBytes } from '../../lib/format.js';

type Props = { files: readonly File[]; sent: number; total: number };

/** Bytes first, then the server's share: after the last byte the records are still being parsed and saved. */
export function UploadProgress({ files, sent, total }: Props): ReactNode {
  const done = total > 0 && sent >= total;
  const percent = total > 0 ? Math.round((sent / total) * 100) : 0;
  const names = files.length === 1 ? files[0]!.name : `${files.length} files`;
  return (
    <div className="upload-progress" role="status" aria-live="polite">
      <div className="upload-progress-text">
        <span>{done ? `Reading and saving the records of ${names}…` : `Uploading ${names}`}</span>
        {!done && total > 0 ? (
          <span className="muted">
            {formatBytes(sent)} of {formatBytes(total)}
          </span>
        ) : null}
      </div>
      {done ? (
        <progress className="progress" aria-label="Saving records" />
      ) : (
        <progress className="progress" max={100} value={percent} aria-label="Upload progress" aria-valuetext={`${percent}%`} />
      )}
    </div>
  );
}
