/**
 * BibTeX/BibLaTeX export. Text stays UTF-8 (biber and modern BibTeX read it) with LaTeX specials
 * escaped; identifiers (DOI, URL, ISBN…) are written verbatim. Article subtypes that BibTeX has no
 * entry type for (review, letter, editorial, erratum, conference abstract, preprint, dataset) get a
 * `type` field, which our parser (and Web of Science) read back. Only the first URL fits BibTeX's
 * single `url` field.
 */
import type { Author, RecordType } from '../../records/record.js';
import type { ExportableRecord, FormatExporter } from '../plugin.js';

const entryTypes: Readonly<Record<RecordType, { entry: string; subtype?: string }>> = {
  article: { entry: 'article' },
  review: { entry: 'article', subtype: 'Review' },
  letter: { entry: 'article', subtype: 'Letter' },
  editorial: { entry: 'article', subtype: 'Editorial' },
  erratum: { entry: 'article', subtype: 'Erratum' },
  book: { entry: 'book' },
  chapter: { entry: 'incollection' },
  'conference-paper': { entry: 'inproceedings' },
  'conference-abstract': { entry: 'inproceedings', subtype: 'Conference Abstract' },
  thesis: { entry: 'phdthesis' },
  report: { entry: 'techreport' },
  preprint: { entry: 'misc', subtype: 'Preprint' },
  dataset: { entry: 'misc', subtype: 'Dataset' },
  webpage: { entry: 'online' },
  other: { entry: 'misc' },
};

/** Types whose container is a journal (`journal`, `number`); the rest use `booktitle` and `issue`. */
const journalLike = new Set<RecordType>(['article', 'review', 'letter', 'editorial', 'erratum']);

const latexSpecials: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '`': '\\textasciigrave{}',
};

/**
 * Escape text for a BibTeX value: LaTeX specials become commands, and `--`, `''` are broken with `{}`
 * so that LaTeX does not turn them into a dash or a closing quote. Whitespace (line breaks included)
 * is collapsed, because a blank line inside a value is a paragraph break LaTeX rejects there.
 */
export function escapeLatex(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\{}&%$#_~^`]/g, (c) => latexSpecials[c] ?? c)
    .replace(/-(?=-)/g, '-{}')
    .replace(/'(?=')/g, "'{}");
}

/** Identifiers and URLs: no LaTeX, only braces removed so the value stays balanced. */
const verbatim = (value: string): string => value.replace(/[{}]/g, '').replace(/\s+/g, ' ').trim();

const suffix = /^(.*?),\s*(Jr\.?|Sr\.?|II|III|IV|V|2nd|3rd)$/i;

function nameText(a: Author): string {
  if (a.literal) return `{${escapeLatex(a.literal)}}`;
  const family = escapeLatex(a.family);
  if (!a.given) return /\s/.test(a.family) ? `${family},` : family;
  // `Barrow, W.C., Jr.` → `Barrow, Jr., W.C.` (BibTeX's `von Last, Jr, First`).
  const m = suffix.exec(a.given);
  if (m?.[1] && m[2]) return `${family}, ${escapeLatex(m[2])}, ${escapeLatex(m[1])}`;
  return `${family}, ${escapeLatex(a.given)}`;
}

const names = (list: readonly Author[] | undefined): string | undefined =>
  list && list.length > 0 ? list.map(nameText).join(' and ') : undefined;

/**
 * A citation key from the record id, injectively: letters, digits and `:./-` are kept, any other
 * character (`_` included) becomes `_hex_`. Distinct ids therefore give distinct keys.
 */
export function bibtexKey(id: string): string {
  if (id === '') return '_';
  return id.replace(/[^A-Za-z0-9:./-]/gu, (c) => `_${(c.codePointAt(0) ?? 0).toString(16)}_`);
}

function keywordsText(keywords: readonly string[]): string | undefined {
  if (keywords.length === 0) return undefined;
  const joined = keywords.map(escapeLatex).join('; ');
  // A lone keyword with a comma would be read back as a comma-separated list: the `;` says otherwise.
  return keywords.length === 1 && joined.includes(',') ? `${joined};` : joined;
}

function entry(r: ExportableRecord): string {
  const { entry: entryType, subtype } = entryTypes[r.type];
  const journal = journalLike.has(r.type);
  const text = (v: string | undefined): string | undefined => (v ? escapeLatex(v) : undefined);
  const ident = (v: string | undefined): string | undefined => (v ? verbatim(v) : undefined);
  const fields: [string, string | undefined][] = [
    ['author', names(r.authors)],
    ['editor', names(r.editors)],
    ['title', r.title ? `{${escapeLatex(r.title)}}` : undefined],
    ['translatedtitle', text(r.translatedTitle)],
    [journal ? 'journal' : 'booktitle', text(r.journal)],
    ['shortjournal', text(r.journalAbbrev)],
    ['year', r.year !== undefined ? String(r.year) : undefined],
    ['date', ident(r.date)],
    ['volume', text(r.volume)],
    [journal ? 'number' : 'issue', text(r.issue)],
    ['pages', r.pages ? escapeLatex(r.pages).replace(/(?<=\w)-(?=\w)/g, '--') : undefined],
    ['publisher', text(r.publisher)],
    ['address', text(r.place)],
    ['doi', ident(r.doi)],
    ['pmid', ident(r.pmid)],
    ['pmcid', ident(r.pmcid)],
    ['isbn', ident(r.isbn)],
    ['issn', ident(r.issn)],
    ['url', ident(r.urls[0])],
    ['keywords', keywordsText(r.keywords)],
    ['language', text(r.language)],
    ['abstract', text(r.abstract)],
    ['note', text(r.notes)],
    ['accession', ident(r.accession)],
    ['source', text(r.database)],
    ['type', subtype],
  ];
  const body = fields
    .filter((f): f is [string, string] => f[1] !== undefined && f[1] !== '')
    .map(([name, value]) => `  ${name} = {${value}}`)
    .join(',\n');
  return `@${entryType}{${bibtexKey(r.id)}${body ? ',\n' + body : ''}\n}\n`;
}

export const bibtexExporter: FormatExporter = {
  id: 'bibtex',
  label: 'BibTeX',
  extension: 'bib',
  mediaType: 'application/x-bibtex; charset=utf-8',
  begin: () => '% Encoding: UTF-8\n\n',
  record: (record, index) => (index > 0 ? '\n' : '') + entry(record),
  end: () => '',
};
