/**
 * The construct hierarchy as a self-contained SVG: one column per overarching construct, its third-order
 * constructs stacked beneath it and joined by elbow connectors, deeper levels indented. The layout depends
 * only on the hierarchy and the options, so the same synthesis always draws the same figure.
 */
import type { HierarchyNode } from '../../synthesis/hierarchy.js';
import type { ThirdOrderConstruct } from '../../synthesis/third-order.js';
import { escapeXml, num, svgOpen, wrapText } from './svg-parts.js';

export type HierarchySvgOptions = Readonly<{
  /** Accessible title (default "Construct hierarchy"). */
  title?: string;
  /** Body font size in px (default 12); everything scales with it. */
  fontSize?: number;
  /** Overarching constructs per row (default: up to 3). */
  columns?: number;
  /** A small second line under a construct, e.g. "4 studies · moderate confidence". */
  detail?: (t: ThirdOrderConstruct) => string | undefined;
}>;

type Placed = { node: HierarchyNode; x: number; y: number; w: number; h: number; lines: string[]; detail: string[] };

const colours = { stroke: '#1f4e79', root: '#dbe8f5', child: '#ffffff', deeper: '#f4f6f8', text: '#000000', detail: '#444444', line: '#1f4e79' } as const;

export function hierarchySvg(forest: readonly HierarchyNode[], options: HierarchySvgOptions = {}): string {
  const f = options.fontSize ?? 12;
  const s = f / 12;
  const lh = f * 1.3;
  const df = f * 0.85;
  const dlh = df * 1.3;
  const pad = 8 * s;
  const margin = 16 * s;
  const colW = 250 * s;
  const colGap = 28 * s;
  const indent = 20 * s;
  const boxGap = 10 * s;
  const rowGap = 28 * s;
  // Widths are estimated for Arial; leave room for a wider fallback face (see prisma/svg.ts).
  const slack = 1.1;
  const title = options.title ?? 'Construct hierarchy';
  const desc = forest.length === 0 ? 'No third-order constructs yet.' : forest.map(describe).join(' ');

  if (forest.length === 0) {
    const w = 320 * s;
    const h = 60 * s;
    return [...svgOpen(w, h, f, title, desc, escapeXml), `<text x="${num(margin)}" y="${num(h / 2 + f * 0.35)}" fill="${colours.detail}">No third-order constructs yet.</text>`, '</svg>', ''].join('\n');
  }

  const perRow = Math.max(1, Math.min(options.columns ?? 3, forest.length));
  const placed: Placed[] = [];
  const connectors: string[] = [];
  let rowTop = margin;
  let contentBottom = margin;
  for (let start = 0; start < forest.length; start += perRow) {
    const roots = forest.slice(start, start + perRow);
    let rowBottom = rowTop;
    roots.forEach((root, col) => {
      const colX = margin + col * (colW + colGap);
      let y = rowTop;
      const place = (node: HierarchyNode, parent: Placed | undefined): void => {
        const depth = node.depth;
        const x = colX + depth * indent;
        const w = colW - depth * indent;
        const lines = wrapText(node.thirdOrder.label, (w - 2 * pad) / slack, f, depth === 0);
        const detailText = options.detail?.(node.thirdOrder)?.trim();
        const detail = detailText ? wrapText(detailText, (w - 2 * pad) / slack, df) : [];
        const h = 2 * pad + lines.length * lh + detail.length * dlh;
        const box: Placed = { node, x, y, w, h, lines, detail };
        placed.push(box);
        if (parent) {
          const cx = parent.x + indent / 2;
          const cy = y + h / 2;
          connectors.push(`<polyline points="${num(cx)},${num(parent.y + parent.h)} ${num(cx)},${num(cy)} ${num(x)},${num(cy)}"/>`);
        }
        y += h + boxGap;
        for (const child of node.children) place(child, box);
      };
      place(root, undefined);
      rowBottom = Math.max(rowBottom, y - boxGap);
    });
    contentBottom = rowBottom;
    rowTop = rowBottom + rowGap;
  }
  const width = 2 * margin + perRow * colW + (perRow - 1) * colGap;
  const height = contentBottom + margin;

  const out = svgOpen(width, height, f, title, desc, escapeXml);
  out.push(`<g fill="none" stroke="${colours.line}" stroke-width="1.2">`, ...connectors, '</g>');
  for (const b of placed) {
    const depth = b.node.depth;
    const fill = depth === 0 ? colours.root : depth === 1 ? colours.child : colours.deeper;
    out.push(`<rect x="${num(b.x)}" y="${num(b.y)}" width="${num(b.w)}" height="${num(b.h)}" rx="${num(depth === 0 ? 6 * s : 3 * s)}" fill="${fill}" stroke="${colours.stroke}" stroke-width="${depth === 0 ? 1.5 : 1}"/>`);
    b.lines.forEach((line, i) => {
      const baseline = b.y + pad + i * lh + (lh + f * 0.7) / 2;
      out.push(`<text x="${num(b.x + pad)}" y="${num(baseline)}"${depth === 0 ? ' font-weight="bold"' : ''} fill="${colours.text}">${escapeXml(line)}</text>`);
    });
    b.detail.forEach((line, i) => {
      const baseline = b.y + pad + b.lines.length * lh + i * dlh + (dlh + df * 0.7) / 2;
      out.push(`<text x="${num(b.x + pad)}" y="${num(baseline)}" font-size="${num(df)}" fill="${colours.detail}">${escapeXml(line)}</text>`);
    });
  }
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

/** "Overarching: child; child." — the text alternative, level by level. */
function describe(node: HierarchyNode): string {
  const children = node.children.map((c) => (c.children.length > 0 ? `${c.thirdOrder.label} (${c.children.map((g) => g.thirdOrder.label).join('; ')})` : c.thirdOrder.label));
  return children.length > 0 ? `${node.thirdOrder.label}: ${children.join('; ')}.` : `${node.thirdOrder.label}.`;
}

