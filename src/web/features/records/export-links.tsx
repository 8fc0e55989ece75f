import type { ReactNode } from 'react';
import { exportUrl, type ExportFormatId } from '../../api/client.js';

const exports: readonly { format: ExportFormatId; label: string; title: string }[] = [
  { format: 'ris', label: 'RIS', title: 'For EndNote, Zotero, Mendeley, Covidence, Rayyan' },
  { format: 'bibtex', label: 'BibTeX', title: 'For LaTeX and JabRef' },
  { format: 'csv', label: 'CSV', title: 'For Excel and other spreadsheets' },
  { format: 'csl-json', label: 'CSL-JSON', title: 'For citation processors and Zotero' },
];

/** Plain download links: the browser streams the file to disk, however many records there are. */
export function ExportLinks({ projectId }: { projectId: string }): ReactNode {
  return (
    <div className="export-links" role="group" aria-labelledby="export-label">
      <span id="export-label" className="export-label">
        Export all
      </span>
      {exports.map((e) => (
        <a key={e.format} className="button button-small" href={exportUrl(projectId, e.format)} download title={e.title}>
          {e.label}
        </a>
      ))}
    </div>
  );
}
