import { useId, useRef, useState, type DragEvent, type ReactNode } from 'react';
import { ApiError } from '../../api/client.js';
import { ErrorMessage } from '../../components/error-message.js';
import { formatBytes, formatDateTime, plural } from '../../lib/format.js';
import { readingApi, uploadStudyFile, type StudyFile } from './api.js';

const MAX_BYTES = 50 * 1024 * 1024;

/** Checks made before sending, so that a wrong file is refused at once rather than after a long upload. */
function precheck(file: File): string | undefined {
  const isPdf = file.type === 'application/pdf' || /\.pdf$/i.test(file.name);
  if (!isPdf) return `${file.name} is not a PDF. Upload the study's full text as a PDF.`;
  if (file.size > MAX_BYTES) return `${file.name} is ${formatBytes(file.size)}; the limit is 50 MB.`;
  if (file.size === 0) return `${file.name} is empty.`;
  return undefined;
}

type UploadProps = Readonly<{ projectId: string; studyId: string; disabled: boolean; onUploaded: (file: StudyFile) => void; compact?: boolean }>;

/** Upload a study's PDF: drop it on the zone or choose it; shows progress and any refusal in words. */
export function PdfUpload({ projectId, studyId, disabled, onUploaded, compact = false }: UploadProps): ReactNode {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [progress, setProgress] = useState<number | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const depth = useRef(0);
  const hintId = useId();

  const send = async (files: readonly File[]): Promise<void> => {
    const file = files[0];
    if (!file || progress !== undefined) return;
    setError(undefined);
    if (files.length > 1) {
      setError(new ApiError('CLIENT', 'Drop one PDF at a time.', 0));
      return;
    }
    const problem = precheck(file);
    if (problem) {
      setError(new ApiError('CLIENT', problem, 0));
      return;
    }
    setProgress(0);
    try {
      const stored = await uploadStudyFile(projectId, studyId, file, (sent, total) => setProgress(total > 0 ? sent / total : 0));
      onUploaded(stored);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError('CLIENT', String(e), 0));
    } finally {
      setProgress(undefined);
    }
  };

  const accept = (event: DragEvent<HTMLDivElement>): boolean => {
    if (disabled || !event.dataTransfer.types.includes('Files')) return false;
    event.preventDefault();
    return true;
  };

  const picker = (
    <>
      <button type="button" className={`button${compact ? ' button-small' : ' button-primary'}`} disabled={disabled || progress !== undefined} onClick={() => input.current?.click()} aria-describedby={compact ? undefined : hintId}>
        {compact ? 'Upload another PDF' : 'Choose a PDF…'}
      </button>
      <input
        ref={input}
        type="file"
        accept="application/pdf,.pdf"
        className="visually-hidden"
        tabIndex={-1}
        aria-label="Full text PDF"
        disabled={disabled}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          void send(files);
        }}
      />
    </>
  );

  const status =
    progress !== undefined ? (
      <div className="upload-progress" role="status">
        <div className="upload-progress-text">
          <span>Uploading…</span>
          <span>{Math.round(progress * 100)} %</span>
        </div>
        <progress className="progress" max={1} value={progress} aria-label="Upload progress" />
      </div>
    ) : null;

  if (compact) {
    return (
      <div className="pdf-upload-compact">
        {picker}
        {status}
        {error ? <ErrorMessage error={error} title="The PDF was not uploaded" /> : null}
      </div>
    );
  }
  return (
    <div className="pdf-upload">
      <div
        className={`drop-zone${over ? ' drop-zone-over' : ''}${disabled ? ' drop-zone-disabled' : ''}`}
        onDragEnter={(e) => {
          if (!accept(e)) return;
          depth.current += 1;
          setOver(true);
        }}
        onDragOver={(e) => {
          if (accept(e)) e.dataTransfer.dropEffect = 'copy';
        }}
        onDragLeave={() => {
          depth.current = Math.max(0, depth.current - 1);
          if (depth.current === 0) setOver(false);
        }}
        onDrop={(e) => {
          if (!accept(e)) return;
          depth.current = 0;
          setOver(false);
          void send([...e.dataTransfer.files]);
        }}
      >
        <span className="drop-zone-icon" aria-hidden="true" />
        <p className="drop-zone-title">Drop the study’s full text here</p>
        <p className="drop-zone-hint" id={hintId}>
          One PDF, up to 50 MB. Its text is extracted in the background; once it is, you can select passages to excerpt and code.
        </p>
        {picker}
        {status}
      </div>
      {error ? <ErrorMessage error={error} title="The PDF was not uploaded" /> : null}
    </div>
  );
}

export const fileStatusText = (f: StudyFile): string =>
  f.status === 'pending' ? 'extracting text' : f.status === 'failed' ? 'text not extracted' : f.pageCount !== null ? plural(f.pageCount, 'page') : 'ready';

type BarProps = Readonly<{
  projectId: string;
  studyId: string;
  files: readonly StudyFile[];
  current: StudyFile;
  textless: boolean;
  canWrite: boolean;
  onChoose: (fileId: string) => void;
  onUploaded: (file: StudyFile) => void;
  onReextracted: () => void;
}>;

/** Which PDF is shown, where its text extraction stands, and a way to upload a corrected version. */
export function FileBar({ projectId, studyId, files, current, textless, canWrite, onChoose, onUploaded, onReextracted }: BarProps): ReactNode {
  const [retrying, setRetrying] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const retry = async (): Promise<void> => {
    setRetrying(true);
    setError(undefined);
    try {
      await readingApi.reextract(projectId, current.id);
      onReextracted();
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError('CLIENT', String(e), 0));
    } finally {
      setRetrying(false);
    }
  };
  return (
    <div className="file-bar">
      <div className="file-bar-row">
        {files.length > 1 ? (
          <div className="file-bar-choose">
            <label htmlFor="study-file" className="field-label">
              Full text
            </label>
            <select id="study-file" className="input input-small" value={current.id} onChange={(e) => onChoose(e.target.value)}>
              {files.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.name} ({fileStatusText(f)})
                </option>
              ))}
            </select>
          </div>
        ) : (
          <p className="file-bar-name">
            <span className="file-name" title={`Uploaded ${formatDateTime(current.uploadedAt)}`}>
              {current.name}
            </span>{' '}
            <span className="muted small">· {fileStatusText(current)}</span>
          </p>
        )}
        {canWrite ? <PdfUpload projectId={projectId} studyId={studyId} disabled={false} onUploaded={onUploaded} compact /> : null}
      </div>
      {current.status === 'pending' ? (
        <p className="file-bar-status" role="status">
          <span className="spinner" aria-hidden="true" />
          Extracting the text of this PDF. You can read it now; selecting passages to code works once the text is ready.
        </p>
      ) : null}
      {current.status === 'failed' ? (
        <div className="notice notice-error file-bar-notice" role="alert">
          <p className="notice-title">The text of this PDF could not be extracted</p>
          <p>{(current.error ?? 'The PDF could not be read.').replace(/^[A-Z_]+: /, '')}</p>
          {canWrite ? (
            <button type="button" className="button button-small" disabled={retrying} onClick={() => void retry()}>
              Try extracting again
            </button>
          ) : null}
        </div>
      ) : null}
      {current.status === 'extracted' && textless ? (
        <p className="inline-warning">No text was found in this PDF; it may be a scan. Passages can only be excerpted from a PDF with a text layer, so upload a version that has been through text recognition (OCR).</p>
      ) : null}
      {error ? <ErrorMessage error={error} title="Extraction was not restarted" /> : null}
    </div>
  );
}
