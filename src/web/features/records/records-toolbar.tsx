import type { ReactNode } from 'react';
import type { RecordSort, SearchLogEntry, SortDirection } from '../../api/client.js';
import { formatPartialDate } from '../../lib/format.js';

export const sortOptions: readonly { value: `${RecordSort}:${SortDirection}`; label: string }[] = [
  { value: 'seq:asc', label: 'Import order' },
  { value: 'seq:desc', label: 'Latest imported first' },
  { value: 'year:desc', label: 'Year, newest first' },
  { value: 'year:asc', label: 'Year, oldest first' },
  { value: 'title:asc', label: 'Title, A to Z' },
  { value: 'title:desc', label: 'Title, Z to A' },
];

type Props = {
  text: string;
  onText: (text: string) => void;
  search: string;
  onSearch: (search: string) => void;
  sort: `${RecordSort}:${SortDirection}`;
  onSort: (sort: `${RecordSort}:${SortDirection}`) => void;
  searches: readonly SearchLogEntry[];
};

export function RecordsToolbar({ text, onText, search, onSearch, sort, onSort, searches }: Props): ReactNode {
  return (
    <div className="toolbar" role="search">
      <label className="toolbar-field toolbar-grow">
        <span className="toolbar-label">Find</span>
        <input type="search" className="input" value={text} onChange={(e) => onText(e.target.value)} aria-describedby="records-find-hint" />
        <span id="records-find-hint" className="visually-hidden">
          Matches words in titles, authors, journals, DOIs and abstracts; results update as you type.
        </span>
      </label>
      <label className="toolbar-field">
        <span className="toolbar-label">Search</span>
        <select className="input" value={search} onChange={(e) => onSearch(e.target.value)}>
          <option value="">All searches</option>
          {searches.map((s) => (
            <option key={s.id} value={s.id}>
              {[s.source, s.platform, formatPartialDate(s.dateRun)].filter(Boolean).join(' · ')}
            </option>
          ))}
        </select>
      </label>
      <label className="toolbar-field">
        <span className="toolbar-label">Sort</span>
        <select className="input" value={sort} onChange={(e) => onSort(e.target.value as `${RecordSort}:${SortDirection}`)}>
          {sortOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
