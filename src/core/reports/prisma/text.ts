/**
 * Text for an SVG drawn without a renderer at hand: width estimates from font metrics, word wrapping,
 * and XML escaping. Core cannot measure text, so widths come from the advance widths of Helvetica/Arial
 * (metric-compatible with Liberation Sans, the usual fallback), which is what the SVG asks for.
 */

// Advance widths in 1/1000 em of Helvetica for ASCII 32–126 (Adobe AFM; Arial has the same).
const helvetica = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space … /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 … ?
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ … O
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P … _
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` … o
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, //      p … ~
];

// Helvetica-Bold is wider; a uniform factor is close enough for header text.
const boldFactor = 1.1;

/** Estimated advance width of `text` in px at `fontSize` px. Errs on the wide side for unknown glyphs. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let units = 0;
  for (const ch of text) units += charUnits(ch);
  return (units / 1000) * fontSize * (bold ? boldFactor : 1);
}

function charUnits(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 32 && code <= 126) return helvetica[code - 32] ?? 556;
  if (code === 0xa0) return 278;
  // Accented Latin letters take the width of their base letter.
  const base = ch.normalize('NFD').codePointAt(0) ?? 0;
  if (base >= 32 && base <= 126) return helvetica[base - 32] ?? 556;
  // Wide scripts (CJK, Hangul, full-width forms) take a full em; anything else a generous average.
  if ((code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xff60)) {
    return 1000;
  }
  return 667;
}

/**
 * Greedy word wrap to `maxWidth` px. Breaks at spaces (never at the no-break spaces inside "(n = 12)");
 * a word longer than a line is cut between characters.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const words = text.split(' ').filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  const fits = (s: string) => textWidth(s, fontSize, bold) <= maxWidth;
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
      let cut = '';
      for (const ch of rest) {
        if (!fits(cut + ch) && cut !== '') break;
        cut += ch;
      }
      lines.push(cut);
      rest = rest.slice(cut.length);
      if (rest === '') break;
    }
    line = rest;
  }
  if (line !== '') lines.push(line);
  return lines.length === 0 ? [''] : lines;
}

// Code points XML 1.0 forbids (C0 controls except tab/LF/CR, lone surrogates, U+FFFE/U+FFFF): a record
// title imported from a messy export must not make the whole SVG unreadable.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for XML content and attribute values, replacing characters XML cannot carry. */
export function escapeXml(text: string): string {
  return text
    .replace(forbidden, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
