import { useRef, useState, type DragEvent, type ReactNode } from 'react';

type Props = { disabled: boolean; onFiles: (files: File[]) => void; describedBy?: string };

/** Extensions the importers read; a hint for the file dialog only, since detection reads the content. */
const ACCEPT = '.ris,.txt,.nbib,.medline,.bib,.bibtex,.xml,.enw,.ciw,.csv,.tsv,.tab,.json';

export function DropZone({ disabled, onFiles, describedBy }: Props): ReactNode {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  // dragenter/dragleave fire for every child element; count them so the highlight does not flicker.
  const depth = useRef(0);

  const accept = (event: DragEvent<HTMLDivElement>): boolean => {
    if (disabled || !event.dataTransfer.types.includes('Files')) return false;
    event.preventDefault();
    return true;
  };

  return (
    <div
      className={`drop-zone${over ? ' drop-zone-over' : ''}${disabled ? ' drop-zone-disabled' : ''}`}
      data-testid="drop-zone"
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
        const files = [...e.dataTransfer.files];
        if (files.length > 0) onFiles(files);
      }}
    >
      <span className="drop-zone-icon" aria-hidden="true" />
      <p className="drop-zone-title">Drop export files here</p>
      <p className="drop-zone-hint" id={describedBy}>
        RIS, PubMed (nbib), BibTeX, EndNote XML, Web of Science, CSV or CSL-JSON. The format and text encoding are detected from the content.
      </p>
      <button type="button" className="button" disabled={disabled} onClick={() => input.current?.click()}>
        Choose files…
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        className="visually-hidden"
        tabIndex={-1}
        aria-label="Export files to import"
        disabled={disabled}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          // Reset, so choosing the same file again (after fixing it) fires a change.
          e.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </div>
  );
}
