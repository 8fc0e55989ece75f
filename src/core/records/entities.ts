/**
 * HTML character references that exporters leak into fields meant as plain text: ACM's and DBLP's
 * CSV (`Kr&#246;ger`, `The VLDB Journal &mdash; …`), Web of Science's BibTeX (`title&apos;s`). Decoded
 * once, so `&amp;lt;` becomes `&lt;`, never `<`. Unknown names stay as written: a literal `&` in text
 * ("R&D; results") is left alone.
 */
const named: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
};

// `(?<!\\)`: in BibTeX `\&` is an escaped ampersand, never the start of a reference.
const reference = /(?<!\\)&(?:#[xX]([0-9a-fA-F]{1,6})|#(\d{1,7})|([a-zA-Z]+));/g;

/** Replace numeric (`&#246;`, `&#xF6;`) and common named (`&amp;`, `&mdash;`) character references. */
export function decodeCharacterReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(reference, (whole, hex?: string, dec?: string, name?: string) => {
    if (name !== undefined) return named[name] ?? named[name.toLowerCase()] ?? whole;
    const code = hex !== undefined ? parseInt(hex, 16) : Number(dec);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}
