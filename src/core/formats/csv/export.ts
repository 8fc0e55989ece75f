/**
 * CSV export of canonical records: one fixed set of documented columns (`metaethnoColumns`), RFC 4180
 * quoting with CRLF line ends, a UTF-8 BOM so that Excel reads accents right, and every cell
 * formula-neutralised. Our CSV parser recognises the header and reads the file back losslessly.
 *
 * Columns: id, type (our record type), title, translated_title, authors and editors (`Family, Given`
 * joined by `; `, organisations in braces), year, date (ISO), journal,
 * journal_abbrev, volume, issue, pages, doi, pmid, pmcid, isbn, issn, keywords (joined by `; `),
 * language, publisher, place, urls (joined by a space), abstract, notes, accession, database.
 */
import type { Author } from '../../records/record.js';
import type { ExportableRecord, FormatExporter } from '../plugin.js';
import { csvRow } from './cells.js';
import { metaethnoColumns } from './columns.js';

function nameCell(a: Author): string {
  // Braces mark an organisation, which could otherwise read as `Family, Given` or `Given Family`.
  if (a.literal) return `{${a.literal}}`;
  return a.given ? `${a.family}, ${a.given}` : a.family;
}

const names = (list: readonly Author[] | undefined): string => (list ?? []).map(nameCell).join('; ');

function cells(r: ExportableRecord): (string | number | undefined)[] {
  return [
    r.id,
    r.type,
    r.title,
    r.translatedTitle,
    names(r.authors),
    names(r.editors),
    r.year,
    r.date,
    r.journal,
    r.journalAbbrev,
    r.volume,
    r.issue,
    r.pages,
    r.doi,
    r.pmid,
    r.pmcid,
    r.isbn,
    r.issn,
    r.keywords.join('; '),
    r.language,
    r.publisher,
    r.place,
    r.urls.join(' '),
    r.abstract,
    r.notes,
    r.accession,
    r.database,
  ];
}

export const csvExporter: FormatExporter = {
  id: 'csv',
  label: 'CSV (spreadsheet)',
  extension: 'csv',
  mediaType: 'text/csv; charset=utf-8',
  begin: () => '\uFEFF' + csvRow(metaethnoColumns),
  record: (record) => csvRow(cells(record)),
  end: () => '',
};
