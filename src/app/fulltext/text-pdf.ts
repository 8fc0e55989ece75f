import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

/** An article-like text to typeset: a title block, then sections of paragraphs. */
export type TextDocument = {
  title: string;
  authors?: string;
  /** The journal line, e.g. "Journal of Health Workforce Studies 12(3): 221–229". */
  source?: string;
  /** Printed small at the top of page 1, e.g. "Illustrative text written for the metaethno example". */
  note?: string;
  sections: { heading?: string; paragraphs: string[] }[];
};

export type RenderTextPdfOptions = {
  /** Written as the creation and modification date, so that the same input gives the same bytes. */
  date?: Date;
};

/** The date written into every rendered PDF unless the options give one. */
export const defaultTextPdfDate = new Date(Date.UTC(2000, 0, 1));

// A4 in PDF points, and the text block inside it.
const pageWidth = 595.28;
const pageHeight = 841.89;
const margin = { left: 64, right: 64, top: 72, bottom: 72 };
const textWidth = pageWidth - margin.left - margin.right;

type Style = Readonly<{ bold: boolean; size: number; leading: number; gray: number }>;
const styles = {
  note: { bold: false, size: 8, leading: 10, gray: 0.4 },
  title: { bold: true, size: 18, leading: 22, gray: 0 },
  authors: { bold: false, size: 11, leading: 14, gray: 0 },
  source: { bold: false, size: 9.5, leading: 12, gray: 0.3 },
  heading: { bold: true, size: 12.5, leading: 16, gray: 0 },
  body: { bold: false, size: 10.5, leading: 14.5, gray: 0 },
  folio: { bold: false, size: 9, leading: 11, gray: 0.4 },
} as const satisfies Record<string, Style>;

/**
 * A readable A4 PDF of `doc` in Helvetica: word-wrapped, paginated (a paragraph that fits on a page is never
 * split across two, and a heading is never left alone at the foot of a page), page numbers at the foot, and
 * Title/Author/Subject metadata. Characters the standard fonts cannot encode (WinAnsi) are replaced by a close
 * ASCII equivalent, never an error. Deterministic: the same document and options give the same bytes.
 */
export async function renderTextPdf(doc: TextDocument, options: RenderTextPdfOptions = {}): Promise<Uint8Array> {
  const date = options.date ?? defaultTextPdfDate;
  const pdf = await PDFDocument.create();
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const encodable = new Set(regular.getCharacterSet());
  const clean = (text: string): string => toEncodable(text, encodable);

  pdf.setTitle(clean(doc.title));
  if (doc.authors !== undefined) pdf.setAuthor(clean(doc.authors));
  if (doc.source !== undefined) pdf.setSubject(clean(doc.source));
  pdf.setProducer('metaethno');
  pdf.setCreator('metaethno');
  pdf.setCreationDate(date);
  pdf.setModificationDate(date);

  const layout = new Layout(pdf, regular, bold);
  if (doc.note !== undefined) layout.block(clean(doc.note), styles.note, { after: 14 });
  layout.block(clean(doc.title), styles.title, { after: 8 });
  if (doc.authors !== undefined) layout.block(clean(doc.authors), styles.authors, { after: 4 });
  if (doc.source !== undefined) layout.block(clean(doc.source), styles.source, { after: 4 });
  layout.space(14);
  for (const section of doc.sections) {
    if (section.heading !== undefined) {
      layout.space(8);
      // Keep the heading with at least two lines of what follows.
      layout.block(clean(section.heading), styles.heading, { after: 6, keepWith: 2 * styles.body.leading });
    }
    for (const paragraph of section.paragraphs) layout.block(clean(paragraph), styles.body, { after: 7 });
  }
  layout.folios();
  return pdf.save({ useObjectStreams: false });
}

/** Places wrapped lines top-down, starting a new page when the next block does not fit. */
class Layout {
  private page: PDFPage;
  private y = pageHeight - margin.top;
  private readonly pages: PDFPage[] = [];

  constructor(
    private readonly pdf: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
  ) {
    this.page = this.newPage();
  }

  space(points: number): void {
    if (this.y < pageHeight - margin.top) this.y -= points;
  }

  block(text: string, style: Style, spacing: { after: number; keepWith?: number }): void {
    const font = style.bold ? this.bold : this.regular;
    const lines = wrap(text, font, style.size, textWidth);
    if (lines.length === 0) return;
    const needed = lines.length * style.leading + (spacing.keepWith ?? 0);
    const fresh = pageHeight - margin.top - margin.bottom;
    // Move the whole block to a new page when it fits on one but not in what is left of this one.
    if (this.y - needed < margin.bottom && needed <= fresh && this.y < pageHeight - margin.top) this.breakPage();
    for (const line of lines) {
      if (this.y - style.leading < margin.bottom) this.breakPage();
      this.y -= style.leading;
      this.page.drawText(line, { x: margin.left, y: this.y + (style.leading - style.size), size: style.size, font, color: rgb(style.gray, style.gray, style.gray) });
    }
    this.y -= spacing.after;
  }

  /** Page numbers, centred at the foot of every page. */
  folios(): void {
    const { size, gray } = styles.folio;
    this.pages.forEach((page, i) => {
      const label = String(i + 1);
      const width = this.regular.widthOfTextAtSize(label, size);
      page.drawText(label, { x: (pageWidth - width) / 2, y: margin.bottom / 2, size, font: this.regular, color: rgb(gray, gray, gray) });
    });
  }

  private breakPage(): void {
    this.page = this.newPage();
    this.y = pageHeight - margin.top;
  }

  private newPage(): PDFPage {
    const page = this.pdf.addPage([pageWidth, pageHeight]);
    this.pages.push(page);
    return page;
  }
}

/** Greedy word wrap; a word wider than the line is broken between characters (long URLs). */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  const lines: string[] = [];
  let line = '';
  const fits = (s: string): boolean => font.widthOfTextAtSize(s, size) <= width;
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = '';
    let rest = word;
    while (!fits(rest)) {
      let cut = 1;
      while (cut < rest.length && fits(rest.slice(0, cut + 1))) cut++;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Close ASCII stand-ins for common characters that WinAnsi lacks and that have no decomposition. */
const standIns: Readonly<Record<string, string>> = {
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2015': '-', '\u2212': '-', '\u2043': '-', '\u2027': '-',
  '\u2032': "'", '\u2033': '"', '\u201b': "'", '\u201f': '"', '\u02bc': "'", '\u02bb': "'", '\u02b9': "'", '\u02ba': '"',
  '\u2044': '/', '\u2215': '/', '\u2192': '->', '\u2190': '<-', '\u2194': '<->', '\u21d2': '=>',
  '\u2264': '<=', '\u2265': '>=', '\u2260': '!=', '\u2248': '~', '\u221e': 'inf', '\u2219': '.',
  '\u25cf': '*', '\u25aa': '*', '\u2713': 'v', '\u2717': 'x',
  '\u0131': 'i', '\u0142': 'l', '\u0141': 'L', '\u0111': 'd', '\u0110': 'D', '\u0127': 'h', '\u0126': 'H',
  '\u0138': 'k', '\u014b': 'ng', '\u014a': 'NG', '\u0167': 't', '\u0166': 'T',
};

/**
 * `text` with every character a standard font can encode kept, whitespace made plain spaces, soft hyphens
 * dropped, and anything else replaced: by its letters without accents (ő → o), its compatibility form
 * (ﬁ → fi), a stand-in from the table above, or '?'.
 */
function toEncodable(text: string, encodable: ReadonlySet<number>): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const cp = ch.codePointAt(0) ?? 0;
    if (/\s/u.test(ch)) out += ' ';
    else if (cp === 0xad || (cp >= 0x200b && cp <= 0x200d) || cp === 0x2060 || cp === 0xfeff) continue;
    else if (encodable.has(cp)) out += ch;
    else out += replacement(ch, encodable);
  }
  return out;
}

function replacement(ch: string, encodable: ReadonlySet<number>): string {
  const all = (s: string): boolean => s.length > 0 && [...s].every((c) => encodable.has(c.codePointAt(0) ?? 0));
  const table = standIns[ch];
  if (table !== undefined && all(table)) return table;
  // Letters with marks the encoding lacks: the base letter(s), marks dropped (ő → o, ǆ → dz).
  const decomposed = ch.normalize('NFKD').replace(/\p{M}/gu, '');
  if (all(decomposed)) return decomposed;
  const recomposed = ch.normalize('NFKC');
  if (all(recomposed)) return recomposed;
  if (/\p{M}/u.test(ch)) return '';
  return '?';
}
