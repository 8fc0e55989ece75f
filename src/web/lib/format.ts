/** Display helpers. British English dates, because review teams read them next to PRISMA tables. */

const numberFormat = new Intl.NumberFormat('en-GB');
const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric' });

export const formatNumber = (n: number): string => numberFormat.format(n);

export const plural = (n: number, one: string, many = `${one}s`): string => `${formatNumber(n)} ${n === 1 ? one : many}`;

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateFormat.format(d);
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateTimeFormat.format(d);
}

/** A search's date run may be partial (`2024`, `2024-03`): show only what was recorded. */
export function formatPartialDate(value: string | null | undefined): string {
  if (!value) return '';
  const [y, m, d] = value.split('-').map(Number);
  if (y === undefined || Number.isNaN(y)) return value;
  if (m === undefined) return String(y);
  if (d === undefined) return monthFormat.format(new Date(Date.UTC(y, m - 1, 1)));
  return dateFormat.format(new Date(Date.UTC(y, m - 1, d)));
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * "MEDLINE reported 1,204 hits but 1,198 records were imported (-6)": the server sends the numbers,
 * and the sentence is written here so the numbers get thousands separators.
 */
export function mismatchText(source: string, m: Readonly<{ reported: number; imported: number }>): string {
  const diff = m.imported - m.reported;
  return `${source} reported ${plural(m.reported, 'hit')} but ${plural(m.imported, 'record was', 'records were')} imported (${diff > 0 ? '+' : '-'}${formatNumber(Math.abs(diff))}).`;
}

/** Human names for the import formats the server detects. */
export const formatLabels: Readonly<Record<string, string>> = {
  ris: 'RIS',
  pubmed: 'PubMed / MEDLINE (nbib)',
  bibtex: 'BibTeX',
  'endnote-xml': 'EndNote XML',
  'endnote-tagged': 'EndNote tagged',
  'wos-tagged': 'Web of Science (tagged)',
  'wos-tab': 'Web of Science (tab-delimited)',
  csv: 'CSV',
  'csl-json': 'CSL-JSON',
};

export const formatLabel = (id: string): string => formatLabels[id] ?? id;
