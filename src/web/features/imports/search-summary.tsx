import type { ReactNode } from 'react';
import type { SearchLogEntry } from '../../api/client.js';
import { formatNumber, formatPartialDate, mismatchText } from '../../lib/format.js';
import { kindLabel } from '../searches/search-options.js';

/** The facts of the chosen search, so the user can check the file matches it before dropping. */
export function SearchSummary({ search }: { search: SearchLogEntry }): ReactNode {
  return (
    <div className="search-summary">
      <dl className="stats">
        <div>
          <dt>Kind</dt>
          <dd>{kindLabel(search.kind)}</dd>
        </div>
        {search.platform ? (
          <div>
            <dt>Platform</dt>
            <dd>{search.platform}</dd>
          </div>
        ) : null}
        {search.dateRun ? (
          <div>
            <dt>Date run</dt>
            <dd>{formatPartialDate(search.dateRun)}</dd>
          </div>
        ) : null}
        <div>
          <dt>Hits reported</dt>
          <dd>{search.hitsReported === null ? '—' : formatNumber(search.hitsReported)}</dd>
        </div>
        <div>
          <dt>Records imported</dt>
          <dd data-testid="records-imported">{formatNumber(search.recordsImported)}</dd>
        </div>
      </dl>
      {search.mismatch ? (
        <p className="inline-warning" role="note">
          <strong>Count differs:</strong> {mismatchText(search.source, search.mismatch)}
        </p>
      ) : null}
    </div>
  );
}
