import type { Author, BibRecord } from '../../api/client.js';

export const authorName = (a: Author): string => a.literal ?? (a.given ? `${a.family}, ${a.given}` : a.family);

const typeLabels: Readonly<Record<string, string>> = {
  article: 'Journal article',
  review: 'Review',
  book: 'Book',
  chapter: 'Book chapter',
  'conference-paper': 'Conference paper',
  'conference-abstract': 'Conference abstract',
  thesis: 'Thesis',
  report: 'Report',
  preprint: 'Preprint',
  dataset: 'Dataset',
  webpage: 'Web page',
  erratum: 'Erratum',
  letter: 'Letter',
  editorial: 'Editorial',
  other: 'Other',
};

export const typeLabel = (type: string): string => typeLabels[type] ?? type;

/** "Qual Health Res 2019;29(4):512-524", the form reviewers know from reference lists. */
export function citationLine(r: BibRecord): string {
  let out = r.journal ?? '';
  if (r.year !== undefined) out += `${out ? ' ' : ''}${r.year}`;
  if (r.volume) out += `;${r.volume}`;
  if (r.issue) out += `(${r.issue})`;
  if (r.pages) out += `:${r.pages}`;
  return out;
}

type FieldRow = Readonly<{ label: string; value: string | readonly string[]; href?: (value: string) => string | undefined }>;

const httpUrl = (value: string): string | undefined => (/^https?:\/\//i.test(value) ? value : undefined);

/**
 * Every canonical field, in reading order, with a label. Fields the record lacks are left out; the
 * title, authors and abstract are shown above the table and not repeated.
 */
export function canonicalFields(r: BibRecord): FieldRow[] {
  const rows: (FieldRow | undefined)[] = [
    { label: 'Type', value: typeLabel(r.type) },
    r.translatedTitle ? { label: 'Translated title', value: r.translatedTitle } : undefined,
    r.editors && r.editors.length > 0 ? { label: 'Editors', value: r.editors.map(authorName) } : undefined,
    r.journal ? { label: 'Journal', value: r.journal } : undefined,
    r.journalAbbrev ? { label: 'Journal abbreviation', value: r.journalAbbrev } : undefined,
    r.year !== undefined ? { label: 'Year', value: String(r.year) } : undefined,
    r.date && r.date !== String(r.year) ? { label: 'Date', value: r.date } : undefined,
    r.volume ? { label: 'Volume', value: r.volume } : undefined,
    r.issue ? { label: 'Issue', value: r.issue } : undefined,
    r.pages ? { label: 'Pages', value: r.pages } : undefined,
    r.doi ? { label: 'DOI', value: r.doi, href: (v) => `https://doi.org/${v}` } : undefined,
    r.pmid ? { label: 'PMID', value: r.pmid, href: (v) => (/^\d+$/.test(v) ? `https://pubmed.ncbi.nlm.nih.gov/${v}/` : undefined) } : undefined,
    r.pmcid ? { label: 'PMCID', value: r.pmcid } : undefined,
    r.isbn ? { label: 'ISBN', value: r.isbn } : undefined,
    r.issn ? { label: 'ISSN', value: r.issn } : undefined,
    r.language ? { label: 'Language', value: r.language } : undefined,
    r.publisher ? { label: 'Publisher', value: r.publisher } : undefined,
    r.place ? { label: 'Place', value: r.place } : undefined,
    r.accession ? { label: 'Accession number', value: r.accession } : undefined,
    r.database ? { label: 'Database', value: r.database } : undefined,
    r.urls.length > 0 ? { label: r.urls.length === 1 ? 'URL' : 'URLs', value: r.urls, href: httpUrl } : undefined,
    r.notes ? { label: 'Notes', value: r.notes } : undefined,
  ];
  return rows.filter((row): row is FieldRow => row !== undefined);
}
