/**
 * RIS writer. Every canonical field goes out under the first tag of its list in `mapping.ts`, so that
 * our own parser (and EndNote, Zotero, Rayyan) reads it back. Lines end with CRLF as the RIS
 * specification asks; values never span lines except abstracts and notes, whose extra lines are
 * continuation lines that readers join back.
 */
import type { ExportableRecord, FormatExporter } from '../plugin.js';
import { formatAuthor } from '../../records/fields.js';
import { recordToRisType, risFieldTags as tags } from './mapping.js';

const EOL = '\r\n';

/** One value on one line: RIS has no escaping, so line breaks become spaces. */
const oneLine = (v: string): string => v.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/** Continuation lines must not look like tags, or a reader would split the value there. */
function multiLine(v: string): string {
  return v
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((l) => (/^[A-Z][A-Z0-9][ \t]{1,2}-|^ER$/.test(l) ? ` ${l}` : l))
    .join(EOL);
}

/** `2021-03-04` → `2021/03/04`; `2021-03` → `2021/03/` (RIS dates are `YYYY/MM/DD/other`). */
function risDate(date: string): string {
  const [y = '', m, d] = date.split('-');
  if (d) return `${y}/${m ?? ''}/${d}`;
  return m ? `${y}/${m}/` : y;
}

function splitPages(pages: string): [string, string | undefined] {
  const m = /^([^-]+)-(.+)$/.exec(pages);
  return m?.[1] && m[2] ? [m[1], m[2]] : [pages, undefined];
}

function recordLines(r: ExportableRecord): string[] {
  const lines: string[] = [];
  const put = (tag: string, value: string | undefined): void => {
    if (value === undefined) return;
    const v = oneLine(value);
    if (v !== '') lines.push(`${tag}  - ${v}`);
  };
  const { ty, m3 } = recordToRisType[r.type];
  lines.push(`TY  - ${ty}`);
  put('ID', r.id);
  put(tags.title[0], r.title);
  put(tags.translatedTitle[0], r.translatedTitle);
  for (const a of r.authors) put(tags.authors[0], formatAuthor(a));
  for (const e of r.editors ?? []) put(tags.editors[0], formatAuthor(e));
  if (r.year !== undefined) put('PY', String(r.year));
  if (r.date !== undefined && r.date.length > 4) put('DA', risDate(r.date));
  put(tags.journal[0], r.journal);
  put(tags.journalAbbrev[0], r.journalAbbrev);
  put(tags.volume[0], r.volume);
  put(tags.issue[0], r.issue);
  if (r.pages !== undefined) {
    const [sp, ep] = splitPages(r.pages);
    put('SP', sp);
    put('EP', ep);
  }
  put(tags.doi[0], r.doi);
  put('SN', r.issn);
  put('SN', r.isbn);
  // RIS has no PMID tag: PubMed Central's own RIS writes `U1  - 123[pmid]`, EndNote keeps PMCIDs in C2.
  if (r.pmid !== undefined) put('U1', `${r.pmid}[pmid]`);
  put('C2', r.pmcid);
  put('M3', m3);
  for (const k of r.keywords) put(tags.keywords[0], k);
  put(tags.language[0], r.language);
  put(tags.publisher[0], r.publisher);
  put(tags.place[0], r.place);
  for (const u of r.urls) put(tags.urls[0], u);
  put(tags.accession[0], r.accession);
  put(tags.database[0], r.database);
  if (r.abstract !== undefined && r.abstract.trim() !== '') lines.push(`AB  - ${multiLine(r.abstract)}`);
  if (r.notes !== undefined && r.notes.trim() !== '') lines.push(`N1  - ${multiLine(r.notes)}`);
  lines.push('ER  - ');
  return lines;
}

export const risExporter: FormatExporter = {
  id: 'ris',
  label: 'RIS',
  extension: 'ris',
  mediaType: 'application/x-research-info-systems',
  begin: () => '',
  record: (record: ExportableRecord, index: number): string => (index > 0 ? EOL : '') + recordLines(record).join(EOL) + EOL,
  end: () => '',
};
