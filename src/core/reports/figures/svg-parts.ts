/**
 * Pieces shared by the report's SVG figures. Like the PRISMA diagram they are self-contained (no external
 * fonts, styles, images or ids, so several can sit in one HTML page) and deterministic: coordinates are
 * rounded to one decimal and text widths are estimated from font metrics, not measured by a renderer.
 */
export { escapeXml, textWidth, wrapText } from '../prisma/text.js';

export const fontFamily = "Arial, Helvetica, 'Liberation Sans', sans-serif";

/** A coordinate to one decimal: stable text for golden files, precise enough for any screen. */
export function num(x: number): string {
  const r = Math.round(x * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
}

/** A filled triangular arrowhead with its tip at `tip`, pointing along (dx, dy). */
export function arrowHead(tip: readonly [number, number], dx: number, dy: number, colour: string, size = 8): string {
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  const bx = tip[0] - ux * size;
  const by = tip[1] - uy * size;
  const half = size / 2.2;
  const points = [tip, [bx - uy * half, by + ux * half], [bx + uy * half, by - ux * half]] as const;
  return `<polygon points="${points.map(([x, y]) => `${num(x)},${num(y)}`).join(' ')}" fill="${colour}" stroke="none"/>`;
}

/** The opening tag of a figure and its accessible title and description. */
export function svgOpen(width: number, height: number, fontSize: number, title: string, desc: string, escape: (t: string) => string): string[] {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}" role="img" font-family="${fontFamily}" font-size="${num(fontSize)}">`,
    `<title>${escape(title)}</title>`,
    `<desc>${escape(desc)}</desc>`,
    `<rect x="0" y="0" width="${num(width)}" height="${num(height)}" fill="#ffffff"/>`,
  ];
}
