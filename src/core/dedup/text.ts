/**
 * Text folding shared by every de-duplication key: databases write the same title with HTML
 * markup (PubMed `<i>`), entities (`&amp;`), LaTeX (`{\"o}`), Greek letters as symbols or names,
 * and accents or none. Folding maps all of these to plain lower-case ASCII words.
 */

const namedEntities: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '-',
  mdash: '-',
  hyphen: '-',
  minus: '-',
  lsquo: "'",
  rsquo: "'",
  ldquo: '"',
  rdquo: '"',
  hellip: '...',
  times: 'x',
  plusmn: '+-',
  deg: ' degrees ',
  micro: 'µ',
  middot: '.',
  szlig: 'ß',
};

// Greek letters are written as symbols by some databases and spelled out by others
// ("TNF-α" / "TNF-alpha"), so both fold to the spelled-out name.
const greekNames = [
  'alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa', 'lambda', 'mu',
  'nu', 'xi', 'omicron', 'pi', 'rho', 'sigma', 'sigma', 'tau', 'upsilon', 'phi', 'chi', 'psi', 'omega',
];
const greek = new Map<string, string>();
for (let i = 0; i < greekNames.length; i++) {
  const name = greekNames[i] ?? '';
  // U+03B1.. lower case (U+03C2 is the final sigma), U+0391.. upper case (U+03A2 is unassigned).
  greek.set(String.fromCodePoint(0x3b1 + i), name);
  if (i !== 17) greek.set(String.fromCodePoint(0x391 + i), name);
}
greek.set('\u00b5', 'mu');
greek.set('\u03d1', 'theta');
greek.set('\u03d5', 'phi');

const letterFolds: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ø: 'o',
  Ø: 'o',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  þ: 'th',
  Þ: 'th',
  ı: 'i',
};

const plainWords = /^[a-z0-9]+(?: [a-z0-9]+)*$/;
const entityPattern = /&(#x[0-9a-f]+|#\d+|[a-z]+);/gi;
const tagPattern = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/gi;

/** Decode HTML/XML character references; unknown names are kept as written. */
export function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(entityPattern, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    const lower = body.toLowerCase();
    if (namedEntities[lower] !== undefined) return namedEntities[lower];
    if (greekNames.includes(lower)) return ` ${lower} `;
    // &eacute; &ouml; … : the letter before the accent name is what folding keeps anyway
    const accented = /^([a-z])(acute|grave|uml|circ|tilde|cedil|ring|slash|caron)$/i.exec(body);
    return accented?.[1] ?? whole;
  });
}

/** Remove LaTeX markup: accents (`{\"o}`, `\'e`), commands (`\emph{x}` keeps `x`), math and braces. */
export function stripLatex(value: string): string {
  if (!/[\\{}$]/.test(value)) return value;
  return value
    .replace(/\\(alpha|beta|gamma|delta|epsilon|kappa|lambda|mu|pi|sigma|tau|omega|theta|phi|chi|psi)\b/gi, ' $1 ')
    .replace(/\\["'`^~=.uvHckbdrt]\s*\{?\s*([a-zA-Z])\s*\}?/g, '$1')
    .replace(/\\(ss|ae|oe|aa|o|l)\b/gi, (_, l: string) => ({ ss: 'ss', ae: 'ae', oe: 'oe', aa: 'a', o: 'o', l: 'l' })[l.toLowerCase()] ?? l)
    .replace(/\\[a-zA-Z]+\*?/g, ' ')
    .replace(/\\(.)/g, '$1')
    .replace(/[{}$]/g, '');
}

/**
 * Lower-case words separated by single spaces: markup, accents, punctuation and case are gone,
 * Greek letters are spelled out, `&` reads `and`. Latin script folds to ASCII; other scripts
 * (Cyrillic, CJK) keep their letters so that such titles still have a key. Not display text.
 */
export function foldText(value: string | undefined): string {
  if (!value) return '';
  // Fastest path (most names, many keys): already plain lower-case words.
  const lower = value.toLowerCase();
  if (plainWords.test(lower)) return lower;
  let v = value;
  // Fast path: plain ASCII without markup needs only case and punctuation folding.
  if (/[\u0080-\uffff]|[&<\\{}$]/.test(v)) {
    v = stripLatex(decodeEntities(v).replace(tagPattern, ' '));
    if (/[\u0080-\uffff]/.test(v)) {
      v = v
        .normalize('NFKD')
        // combining accents left by NFKD
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[\u0080-\uffff]/g, (ch) => {
          const g = greek.get(ch);
          return g ? ` ${g} ` : (letterFolds[ch] ?? ch);
        });
    }
  }
  v = v.toLowerCase();
  if (v.includes('&')) v = v.replace(/&/g, ' and ');
  if (/['\u2019`]/.test(v)) v = v.replace(/['\u2019`]/g, '');
  // ASCII-only text (nearly all of it once folded) takes the cheaper character class.
  return (/[\u0080-\uffff]/.test(v) ? v.replace(/[^\p{L}\p{N}]+/gu, ' ') : v.replace(/[^a-z0-9]+/g, ' ')).trim();
}

/** Words of a folded string; empty for an empty string. */
export function words(folded: string): string[] {
  return folded === '' ? [] : folded.split(' ');
}

/** 32-bit FNV-1a hash of a string: cheap, stable across runs and platforms. */
export function hashString(value: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Does `text` (lower-case) contain one of `stems` at the start of a word? A loop of `indexOf` is far
 * cheaper than an unanchored regular expression of alternatives on every title.
 */
export function hasWordStart(text: string, stems: readonly string[]): boolean {
  for (const stem of stems) {
    let i = text.indexOf(stem);
    while (i >= 0) {
      const before = i === 0 ? 32 : text.charCodeAt(i - 1);
      const letter = (before >= 97 && before <= 122) || (before >= 65 && before <= 90) || (before >= 48 && before <= 57);
      if (!letter) return true;
      i = text.indexOf(stem, i + 1);
    }
  }
  return false;
}

/** Ordinal words and their numbers: "fourth" and "4th" are one number in a title. */
export const ordinalWords: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
};

/** The number an ordinal names ("fourth", "4th", "21st"), undefined for other words. */
export function ordinalNumber(word: string): number | undefined {
  const n = ordinalWords[word];
  if (n !== undefined) return n;
  const m = /^(\d+)(st|nd|rd|th)$/.exec(word);
  return m ? Number(m[1]) : undefined;
}
