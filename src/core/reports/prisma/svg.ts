/**
 * The PRISMA 2020 flow diagram as a self-contained SVG string, in the layout of the official template
 * for a new review with databases/registers and other methods (or databases/registers only when there
 * are no other methods): the Identification / Screening / Included bands on the left, the column headers,
 * the boxes with per-database lines and exclusion reasons, and the arrows.
 *
 * Self-contained: no external fonts, images, styles or ids (so several diagrams can sit in one HTML
 * page). Every piece of text is escaped, widths are estimated from font metrics and long lines wrap, so
 * nothing depends on the renderer that eventually draws it.
 */
import type { PrismaCounts, ReasonCount, SourceCount } from './counts.js';
import { escapeXml, textWidth, wrapText } from './text.js';

export type PrismaSvgOptions = Readonly<{
  /** Accessible title of the figure (default "PRISMA 2020 flow diagram"). */
  title?: string;
  /** Body font size in px (default 12); everything scales with it. */
  fontSize?: number;
  /** List title/abstract exclusion reasons under "Records excluded" when recorded (default true). */
  showScreeningReasons?: boolean;
  /** Thousands separator of counts (default ","; "" for none). */
  thousandsSeparator?: string;
  /** Print the source of the template under the diagram (default true). */
  citation?: boolean;
}>;

type Line = Readonly<{ text: string; indent?: number }>;

type Box = {
  x: number;
  y: number;
  w: number;
  h: number;
  lines: readonly Line[];
  kind: 'box' | 'header-databases' | 'header-other';
};

const colours = {
  stroke: '#1a1a1a',
  box: '#ffffff',
  'header-databases': '#ffd966',
  'header-other': '#d9d9d9',
  band: '#bdd7ee',
  text: '#000000',
  note: '#444444',
} as const;

/** Draws the diagram for `counts` (see `prismaCounts`). The result is a complete SVG document. */
export function prismaSvg(counts: PrismaCounts, options: PrismaSvgOptions = {}): string {
  const f = options.fontSize ?? 12;
  const s = f / 12;
  const sep = options.thousandsSeparator ?? ',';
  const n = (x: number) => `(n\u00a0=\u00a0${group(x, sep)})`;
  const lh = f * 1.3;
  const pad = 8 * s;
  const indentPx = 12 * s;
  const margin = 16 * s;
  const bandW = 26 * s;
  const bandGap = 14 * s;
  const mainW = 260 * s;
  const sideW = 270 * s;
  const arrowGap = 44 * s;
  const columnGap = 36 * s;
  const rowGap = 34 * s;
  const hasOther = counts.otherMethods !== undefined;
  const other = counts.otherMethods;
  const db = counts.databases;

  const xBand = margin;
  const xLeftMain = xBand + bandW + bandGap;
  const xLeftSide = xLeftMain + mainW + arrowGap;
  const xRightMain = xLeftSide + sideW + columnGap;
  const xRightSide = xRightMain + mainW + arrowGap;
  const width = (hasOther ? xRightSide + sideW : xLeftSide + sideW) + margin;

  // Box contents, column by column (wording of the PRISMA 2020 template).
  const sourceLines = (sources: readonly SourceCount[], indent: number): Line[] =>
    sources.map((src) => ({ text: `${src.platform ? `${src.name} via ${src.platform}` : src.name} ${n(src.n)}`, indent }));
  const reasonLines = (reasons: readonly ReasonCount[]): Line[] => reasons.map((r) => ({ text: `${r.label} ${n(r.n)}`, indent: 1 }));

  const identified: Line[] = [
    { text: 'Records identified from:' },
    { text: `Databases ${n(db.identified.databases)}`, indent: 1 },
    ...sourceLines(db.identified.sources.filter((x) => x.kind === 'database'), 2),
    { text: `Registers ${n(db.identified.registers)}`, indent: 1 },
    ...sourceLines(db.identified.sources.filter((x) => x.kind === 'register'), 2),
  ];
  const removed: Line[] = [
    { text: 'Records removed before screening:' },
    { text: `Duplicate records removed ${n(db.removed.duplicates)}`, indent: 1 },
    { text: `Records marked as ineligible by automation tools ${n(db.removed.automation)}`, indent: 1 },
    { text: `Records removed for other reasons ${n(db.removed.otherReasons)}`, indent: 1 },
  ];
  // Under an automation split the reasons get a heading of their own, so the two lists do not run together.
  const screeningReasonLines = (): Line[] => {
    const reasons = options.showScreeningReasons === false ? [] : db.screeningExcluded.reasons;
    if (reasons.length === 0) return [];
    if (db.screeningExcluded.byAutomation === 0) return reasonLines(reasons);
    return [{ text: 'Reasons:', indent: 1 }, ...reasonLines(reasons).map((l) => ({ ...l, indent: 2 }))];
  };
  const screeningExcluded: Line[] = [
    { text: `Records excluded ${n(db.screeningExcluded.total)}` },
    ...(db.screeningExcluded.byAutomation > 0
      ? [
          { text: `by reviewers ${n(db.screeningExcluded.byHumans)}`, indent: 1 },
          { text: `by automation tools ${n(db.screeningExcluded.byAutomation)}`, indent: 1 },
        ]
      : []),
    ...screeningReasonLines(),
  ];
  const reportsExcluded = (total: number, reasons: readonly ReasonCount[]): Line[] =>
    reasons.length === 0 ? [{ text: `Reports excluded ${n(total)}` }] : [{ text: `Reports excluded ${n(total)}:` }, ...reasonLines(reasons)];

  // Rows: each is a list of boxes keyed by column.
  type Column = 'leftMain' | 'leftSide' | 'rightMain' | 'rightSide';
  const columns: readonly Column[] = ['leftMain', 'leftSide', 'rightMain', 'rightSide'];
  const columnX: Record<Column, number> = { leftMain: xLeftMain, leftSide: xLeftSide, rightMain: xRightMain, rightSide: xRightSide };
  const columnW: Record<Column, number> = { leftMain: mainW, leftSide: sideW, rightMain: mainW, rightSide: sideW };
  const rows: Partial<Record<Column, Line[]>>[] = [
    {
      leftMain: identified,
      leftSide: removed,
      ...(other ? { rightMain: [{ text: 'Records identified from:' }, ...(other.identified.sources.length > 0 ? sourceLines(other.identified.sources, 1) : [{ text: n(0), indent: 1 }])] } : {}),
    },
    { leftMain: [{ text: `Records screened ${n(db.screened)}` }], leftSide: screeningExcluded },
    {
      leftMain: [{ text: `Reports sought for retrieval ${n(db.sought)}` }],
      leftSide: [{ text: `Reports not retrieved ${n(db.notRetrieved)}` }],
      ...(other
        ? {
            rightMain: [{ text: `Reports sought for retrieval ${n(other.sought)}` }],
            rightSide: [{ text: `Reports not retrieved ${n(other.notRetrieved)}` }],
          }
        : {}),
    },
    {
      leftMain: [{ text: `Reports assessed for eligibility ${n(db.assessed)}` }],
      leftSide: reportsExcluded(db.eligibilityExcluded.total, db.eligibilityExcluded.reasons),
      ...(other
        ? {
            rightMain: [{ text: `Reports assessed for eligibility ${n(other.assessed)}` }],
            rightSide: reportsExcluded(other.eligibilityExcluded.total, other.eligibilityExcluded.reasons),
          }
        : {}),
    },
    {
      leftMain: [
        { text: `Studies included in review ${n(counts.included.studies)}` },
        { text: `Reports of included studies ${n(counts.included.reports)}` },
      ],
    },
  ];

  // Widths are estimated for Arial/Liberation Sans; where neither is installed the renderer falls back to
  // a wider face (DejaVu Sans runs about 10% wider), so lines are wrapped with that much to spare.
  const slack = 1.1;
  // Wrapped continuation lines hang one level deeper, so that each item of a list reads as one item.
  const wrapLines = (lines: readonly Line[], boxW: number): Line[] =>
    lines.flatMap((line) => {
      const indent = line.indent ?? 0;
      if (textWidth(line.text, f) <= (boxW - 2 * pad - indent * indentPx) / slack) return [{ text: line.text, indent }];
      const room = (boxW - 2 * pad - (indent + 1) * indentPx) / slack;
      return wrapText(line.text, room, f).map((text, i) => ({ text, indent: i === 0 ? indent : indent + 1 }));
    });
  const wrapHeader = (text: string, boxW: number): Line[] => wrapText(text, (boxW - 2 * pad) / slack, f, true).map((t) => ({ text: t }));
  const heightOf = (lines: readonly Line[]) => lines.length * lh + 2 * pad;

  // Headers.
  const headerTop = margin;
  const leftHeaderW = xLeftSide + sideW - xLeftMain;
  const rightHeaderW = hasOther ? xRightSide + sideW - xRightMain : 0;
  const leftHeader = wrapHeader('Identification of new studies via databases and registers', leftHeaderW);
  const rightHeader = hasOther ? wrapHeader('Identification of new studies via other methods', rightHeaderW) : [];
  const headerH = Math.max(heightOf(leftHeader), heightOf(rightHeader));
  const boxes: Box[] = [{ x: xLeftMain, y: headerTop, w: leftHeaderW, h: headerH, lines: leftHeader, kind: 'header-databases' }];
  if (hasOther) boxes.push({ x: xRightMain, y: headerTop, w: rightHeaderW, h: headerH, lines: rightHeader, kind: 'header-other' });

  // Rows: a row is as tall as its tallest box; boxes are centred on the row's middle line, where the
  // horizontal arrows run.
  const wrappedRows = rows.map((row) =>
    columns.flatMap((column) => {
      const lines = row[column];
      return lines ? [{ column, lines: wrapLines(lines, columnW[column]) }] : [];
    }),
  );
  const rowHeights = wrappedRows.map((wrapped) => Math.max(...wrapped.map((b) => heightOf(b.lines))));
  // The band labels run vertically: a band must be at least as tall as its label is long.
  const labelLength = (label: string) => textWidth(label, f, true) + 2 * pad;
  rowHeights[0] = Math.max(rowHeights[0] ?? 0, labelLength('Identification'));
  rowHeights[4] = Math.max(rowHeights[4] ?? 0, labelLength('Included'));
  const screeningSpan = (rowHeights[1] ?? 0) + (rowHeights[2] ?? 0) + (rowHeights[3] ?? 0) + 2 * rowGap;
  rowHeights[2] = (rowHeights[2] ?? 0) + Math.max(0, labelLength('Screening') - screeningSpan);

  const placed: Partial<Record<Column, Box>>[] = [];
  const rowTop: number[] = [];
  const rowBottom: number[] = [];
  let y = headerTop + headerH + 20 * s;
  for (const [r, wrapped] of wrappedRows.entries()) {
    const rowH = rowHeights[r] ?? 0;
    const mid = y + rowH / 2;
    const entry: Partial<Record<Column, Box>> = {};
    for (const { column, lines } of wrapped) {
      const h = heightOf(lines);
      const box: Box = { x: columnX[column], y: mid - h / 2, w: columnW[column], h, lines, kind: 'box' };
      entry[column] = box;
      boxes.push(box);
    }
    placed.push(entry);
    rowTop.push(y);
    rowBottom.push(y + rowH);
    y += rowH + rowGap;
  }
  const contentBottom = rowBottom.at(-1) ?? y;

  // Arrows.
  const arrows: string[] = [];
  const down = (from: Box | undefined, to: Box | undefined) => {
    if (!from || !to) return;
    const x = from.x + from.w / 2;
    arrows.push(arrow([[x, from.y + from.h], [x, to.y]], s));
  };
  const right = (from: Box | undefined, to: Box | undefined) => {
    if (!from || !to) return;
    const yMid = from.y + from.h / 2;
    arrows.push(arrow([[from.x + from.w, yMid], [to.x, yMid]], s));
  };
  const [r1, r2, r3, r4, r5] = placed;
  down(r1?.leftMain, r2?.leftMain);
  down(r2?.leftMain, r3?.leftMain);
  down(r3?.leftMain, r4?.leftMain);
  down(r4?.leftMain, r5?.leftMain);
  for (const row of placed) right(row.leftMain, row.leftSide);
  if (hasOther) {
    down(r1?.rightMain, r3?.rightMain);
    down(r3?.rightMain, r4?.rightMain);
    right(r3?.rightMain, r3?.rightSide);
    right(r4?.rightMain, r4?.rightSide);
    const from = r4?.rightMain;
    const to = r5?.leftMain;
    if (from && to) {
      // Down from the other-methods column, then left into the shared "included" box.
      const x = from.x + from.w / 2;
      const yMid = to.y + to.h / 2;
      arrows.push(arrow([[x, from.y + from.h], [x, yMid], [to.x + to.w, yMid]], s));
    }
  }

  // Bands: Identification (row 1), Screening (rows 2–4), Included (row 5).
  const bands = [
    { label: 'Identification', top: rowTop[0] ?? 0, bottom: rowBottom[0] ?? 0 },
    { label: 'Screening', top: rowTop[1] ?? 0, bottom: rowBottom[3] ?? 0 },
    { label: 'Included', top: rowTop[4] ?? 0, bottom: rowBottom[4] ?? 0 },
  ];

  // Notes under the diagram: a provisional diagram says so; the template's source.
  const notes: string[] = [];
  const pending = [db.pending, other?.pending].filter((p) => p !== undefined);
  const sum = (k: 'screening' | 'retrieval' | 'eligibility') => pending.reduce((a, p) => a + p[k], 0);
  const waiting = [
    sum('screening') > 0 ? `${group(sum('screening'), sep)} record(s) awaiting title/abstract screening` : '',
    sum('retrieval') > 0 ? `${group(sum('retrieval'), sep)} report(s) awaiting retrieval` : '',
    sum('eligibility') > 0 ? `${group(sum('eligibility'), sep)} report(s) awaiting a full-text decision` : '',
  ].filter((t) => t !== '');
  if (waiting.length > 0) notes.push(`Provisional: ${waiting.join('; ')}.`);
  if (options.citation !== false) {
    notes.push('Template: Page MJ, McKenzie JE, Bossuyt PM, et al. The PRISMA 2020 statement: an updated guideline for reporting systematic reviews. BMJ 2021;372:n71. doi:10.1136/bmj.n71');
  }
  const noteSize = f * 0.85;
  const noteLines = notes.flatMap((t) => wrapText(t, (width - margin - xLeftMain) / slack, noteSize));
  const notesTop = contentBottom + 18 * s;
  const height = notesTop + noteLines.length * noteSize * 1.35 + margin;

  const title = options.title ?? 'PRISMA 2020 flow diagram';
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}" role="img" font-family="Arial, Helvetica, 'Liberation Sans', sans-serif" font-size="${num(f)}">`,
  );
  out.push(`<title>${escapeXml(title)}</title>`);
  out.push(`<desc>${escapeXml(describe(counts))}</desc>`);
  out.push(`<rect x="0" y="0" width="${num(width)}" height="${num(height)}" fill="#ffffff"/>`);
  out.push('<g>');
  for (const band of bands) {
    const cx = xBand + bandW / 2;
    const cy = (band.top + band.bottom) / 2;
    out.push(
      `<rect x="${num(xBand)}" y="${num(band.top)}" width="${num(bandW)}" height="${num(band.bottom - band.top)}" rx="${num(6 * s)}" fill="${colours.band}" stroke="${colours.stroke}" stroke-width="1"/>`,
    );
    out.push(
      `<text x="${num(cx)}" y="${num(cy + f * 0.35)}" transform="rotate(-90 ${num(cx)} ${num(cy)})" text-anchor="middle" font-weight="bold" fill="${colours.text}">${escapeXml(band.label)}</text>`,
    );
  }
  out.push('</g>');
  out.push('<g>');
  for (const box of boxes) {
    const header = box.kind !== 'box';
    out.push(
      `<rect x="${num(box.x)}" y="${num(box.y)}" width="${num(box.w)}" height="${num(box.h)}" rx="${num(header ? 6 * s : 0)}" fill="${colours[box.kind]}" stroke="${colours.stroke}" stroke-width="1"/>`,
    );
    box.lines.forEach((line, i) => {
      const baseline = box.y + pad + i * lh + (lh + f * 0.7) / 2;
      const x = header ? box.x + box.w / 2 : box.x + pad + (line.indent ?? 0) * indentPx;
      const attrs = header ? ' text-anchor="middle" font-weight="bold"' : '';
      out.push(`<text x="${num(x)}" y="${num(baseline)}"${attrs} fill="${colours.text}">${escapeXml(line.text)}</text>`);
    });
  }
  out.push('</g>');
  out.push(`<g fill="none" stroke="${colours.stroke}" stroke-width="1.2">`);
  out.push(...arrows);
  out.push('</g>');
  if (noteLines.length > 0) {
    out.push(`<g font-size="${num(noteSize)}" fill="${colours.note}">`);
    noteLines.forEach((line, i) => {
      out.push(`<text x="${num(xLeftMain)}" y="${num(notesTop + (i + 0.8) * noteSize * 1.35)}">${escapeXml(line)}</text>`);
    });
    out.push('</g>');
  }
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

/** A polyline with a filled arrowhead at its last point (drawn as a polygon: no marker ids needed). */
function arrow(points: readonly (readonly [number, number])[], scale: number): string {
  const end = points.at(-1) ?? [0, 0];
  const before = points.at(-2) ?? end;
  const dx = end[0] - before[0];
  const dy = end[1] - before[1];
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  const head = 7 * scale;
  const half = 3.5 * scale;
  const base: [number, number] = [end[0] - ux * head, end[1] - uy * head];
  const line = [...points.slice(0, -1), base].map(([x, y]) => `${num(x)},${num(y)}`).join(' ');
  const tip = [end, [base[0] - uy * half, base[1] + ux * half], [base[0] + uy * half, base[1] - ux * half]] as const;
  return [
    `<polyline points="${line}"/>`,
    `<polygon points="${tip.map(([x, y]) => `${num(x)},${num(y)}`).join(' ')}" fill="${colours.stroke}" stroke="none"/>`,
  ].join('\n');
}

/** A one-paragraph text alternative of the diagram (for screen readers and the SVG's `<desc>`). */
function describe(c: PrismaCounts): string {
  const d = c.databases;
  const parts = [
    `Databases and registers: ${d.identified.total} records identified, ${d.removed.total} removed before screening, ${d.screened} screened, ${d.screeningExcluded.total} excluded, ${d.sought} reports sought, ${d.notRetrieved} not retrieved, ${d.assessed} assessed, ${d.eligibilityExcluded.total} excluded.`,
  ];
  const o = c.otherMethods;
  if (o) {
    parts.push(
      `Other methods: ${o.identified.total} records identified, ${o.sought} reports sought, ${o.notRetrieved} not retrieved, ${o.assessed} assessed, ${o.eligibilityExcluded.total} excluded.`,
    );
  }
  parts.push(`Included: ${c.included.studies} studies in ${c.included.reports} reports.`);
  return parts.join(' ');
}

function group(x: number, sep: string): string {
  const digits = String(Math.trunc(Math.abs(x)));
  const grouped = sep === '' ? digits : digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return x < 0 ? `-${grouped}` : grouped;
}

/** Coordinates to one decimal: stable text for golden files, and precise enough for any screen. */
function num(x: number): string {
  const r = Math.round(x * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
}
