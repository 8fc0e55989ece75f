/**
 * The report as a Word document (DOCX), for journals that take manuscripts in Word: real headings (so the
 * navigation pane and a table of contents work), real tables with repeating header rows, quotations set
 * off, and figures. Word cannot be relied on to show SVG, so a figure is embedded only when a PNG of it is
 * passed in; otherwise its caption says where the SVG and PNG are in the download.
 *
 * Deterministic where the library allows: document properties are fixed and the creation time is the
 * report's `generatedAt` (the library would stamp the current time; we override that part). The zip
 * container still carries the library's file times, so compare the parts, not the bytes.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { AppError } from '../../errors.js';
import type { Inline, ReportBlock, ReportFigure, ReportModel, ReportTable } from '../model.js';

export type ReportDocxOptions = Readonly<{
  /** PNG renderings of figures, by figure id, embedded instead of the "see the download" note. */
  figurePngs?: Readonly<Record<string, Uint8Array>>;
}>;

// Characters XML 1.0 cannot carry: a stray control character from an imported title must not make Word
// refuse the whole file.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const clean = (text: string): string => text.replace(forbidden, '\uFFFD');

const headingLevels = [HeadingLevel.TITLE, HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;
const colours = { missing: '9C2A1E', note: '555555', header: 'E8EEF5', notice: 'FFF4D6' } as const;

type RunStyle = Readonly<{ bold?: boolean; italics?: boolean; size?: number; color?: string }>;

/** Text runs; line breaks inside a run become Word line breaks. */
function runs(inline: Inline, style: RunStyle = {}): TextRun[] {
  return inline.flatMap((r) =>
    clean(r.text)
      .split(/\r\n?|\n/)
      .map(
        (line, i) =>
          new TextRun({
            text: line,
            ...(i > 0 ? { break: 1 } : {}),
            ...(r.strong || style.bold ? { bold: true } : {}),
            ...(r.em || style.italics ? { italics: true } : {}),
            ...(style.size !== undefined ? { size: style.size } : {}),
            ...(style.color !== undefined ? { color: style.color } : {}),
          }),
      ),
  );
}

const plain = (text: string, style: RunStyle = {}): TextRun[] => runs([{ text }], style);

function table(t: ReportTable): (Paragraph | Table)[] {
  const size = t.header.length > 6 ? 16 : 18;
  const cell = (text: string, header: boolean): TableCell =>
    new TableCell({
      children: clean(text)
        .split(/\r\n?|\n/)
        .map((line) => new Paragraph({ children: plain(line, { size, ...(header ? { bold: true } : {}) }) })),
      ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: colours.header } } : {}),
    });
  const width = t.header.length;
  const rows = [
    new TableRow({ tableHeader: true, cantSplit: true, children: t.header.map((h) => cell(h, true)) }),
    ...t.rows.map((r) => new TableRow({ cantSplit: true, children: Array.from({ length: width }, (_, i) => cell(r[i] ?? '', false)) })),
  ];
  return [
    new Paragraph({ keepNext: true, spacing: { before: 200, after: 80 }, children: [new TextRun({ text: `${clean(t.label)}. `, bold: true }), ...plain(t.caption)] }),
    new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }),
    ...(t.notes ?? []).map((n) => new Paragraph({ spacing: { before: 40 }, children: plain(n, { size: 16, color: colours.note }) })),
  ];
}

/** Width and height of a PNG from its IHDR chunk. Throws INVALID_ARGUMENT for anything else. */
export function pngSize(data: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (data.length < 24 || signature.some((b, i) => data[i] !== b)) {
    throw new AppError('INVALID_ARGUMENT', 'A figure PNG is not a PNG file.');
  }
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function figure(f: ReportFigure, png: Uint8Array | undefined): Paragraph[] {
  const caption = new Paragraph({ spacing: { before: 80, after: 200 }, children: [new TextRun({ text: `${clean(f.label)}. `, bold: true }), ...plain(f.caption)] });
  if (!png) {
    return [
      caption,
      new Paragraph({
        children: plain(`The figure is available as SVG and PNG in the download (figures/${f.id}.svg). Text alternative: ${f.alt}`, { size: 18, color: colours.note, italics: true }),
      }),
    ];
  }
  const { width, height } = pngSize(png);
  // Fit the text width of an A4 page with 2 cm margins: about 16 cm, 605 px at 96 px to the inch.
  const scale = Math.min(1, 605 / Math.max(1, width));
  return [
    new Paragraph({
      keepNext: true,
      alignment: AlignmentType.CENTER,
      children: [
        new ImageRun({
          type: 'png',
          data: png,
          transformation: { width: Math.round(width * scale), height: Math.round(height * scale) },
          altText: { name: clean(f.label), title: clean(f.caption), description: clean(f.alt) },
        }),
      ],
    }),
    caption,
  ];
}

function block(b: ReportBlock, options: ReportDocxOptions): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'paragraph':
      switch (b.tone) {
        case 'notice':
          return [
            new Paragraph({
              shading: { type: ShadingType.CLEAR, color: 'auto', fill: colours.notice },
              border: { top: { style: BorderStyle.SINGLE, size: 8, color: 'B7791F' }, bottom: { style: BorderStyle.SINGLE, size: 8, color: 'B7791F' } },
              spacing: { after: 200 },
              children: runs(b.runs, { size: 24 }),
            }),
          ];
        case 'missing':
          return [new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: '⚠ ', color: colours.missing }), ...runs(b.runs, { italics: true, color: colours.missing })] })];
        case 'note':
          return [new Paragraph({ spacing: { after: 120 }, children: runs(b.runs, { size: 18, color: colours.note }) })];
        default:
          return [new Paragraph({ spacing: { after: 120 }, children: runs(b.runs) })];
      }
    case 'list':
      // Numbers and bullets are written out, so each list restarts at 1 without numbering definitions.
      return b.items.map(
        (item, i) =>
          new Paragraph({ indent: { left: 360, hanging: 360 }, spacing: { after: 60 }, children: [new TextRun({ text: b.ordered ? `${i + 1}.\t` : '•\t' }), ...runs(item)] }),
      );
    case 'table':
      return table(b.table);
    case 'figure':
      return figure(b.figure, options.figurePngs?.[b.figure.id]);
    case 'quote':
      return [
        new Paragraph({
          indent: { left: 720, right: 720 },
          spacing: { after: 120 },
          children: [
            ...plain(`“${b.text.trim()}”`, b.order === 1 ? { italics: true } : {}),
            new TextRun({ text: clean(`— ${b.order === 1 ? 'Participant' : 'Study authors'}, ${b.study}${b.page !== undefined ? `, p. ${b.page}` : ''}`), break: 1, size: 18, color: colours.note }),
          ],
        }),
      ];
  }
}

/** The core-properties part, with the report's own time instead of the moment of packing. */
function coreProperties(model: ReportModel): string {
  const esc = (t: string): string => clean(t).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const at = new Date(Date.parse(model.generatedAt)).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${esc(model.title)}</dc:title>`,
    '<dc:creator>metaethno</dc:creator>',
    '<cp:lastModifiedBy>metaethno</cp:lastModifiedBy>',
    '<cp:revision>1</cp:revision>',
    `<dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
}

/** The report as DOCX bytes. Throws INVALID_ARGUMENT if a figure PNG is not a PNG. */
export async function reportDocx(model: ReportModel, options: ReportDocxOptions = {}): Promise<Uint8Array> {
  const children = model.sections.flatMap((s) => [
    new Paragraph({
      heading: headingLevels[s.level - 1] ?? HeadingLevel.HEADING_4,
      ...(s.major ? { pageBreakBefore: true } : {}),
      keepNext: true,
      children: plain(s.heading),
    }),
    ...s.blocks.flatMap((b) => block(b, options)),
  ]);
  const doc = new Document({
    creator: 'metaethno',
    lastModifiedBy: 'metaethno',
    title: clean(model.title),
    description: 'Meta-ethnography report generated by metaethno',
    revision: 1,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, right: 1134, bottom: 1134, left: 1134 } } },
        children,
      },
    ],
  });
  const bytes = await Packer.toArrayBuffer(doc, false, [{ path: 'docProps/core.xml', data: coreProperties(model) }]);
  return new Uint8Array(bytes);
}
