/**
 * Field-level normalisers every importer uses, so that the same DOI, page range or author written
 * differently by two databases comes out the same. Pure string functions.
 */
import type { Author, RecordType } from './record.js';
import { plausibleYear } from './record.js';

/** `https://doi.org/10.1000/ABC`, `doi:10.1000/abc.` → `10.1000/abc`. Undefined if no DOI is found. */
export function normaliseDoi(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let v = value.trim();
  try {
    if (v.includes('%') && /%[0-9a-f]{2}/i.test(v)) v = decodeURIComponent(v);
  } catch {
    // a lone % is not an escape: keep the text as it is
  }
  const m = /10\.\d{4,9}\/\S+/i.exec(v);
  if (!m) return undefined;
  const last = m[0].charCodeAt(m[0].length - 1);
  return (last === 46 || last === 44 || last === 59 ? m[0].replace(/[.,;]+$/, '') : m[0]).toLowerCase();
}

/** The first plausible four-digit year in a date-ish string (`2019///`, `2019 Mar 4`, `c2001`). */
export function parseYear(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const m = /(?:^|[^\d])(\d{4})(?!\d)/.exec(value);
  if (!m?.[1]) return undefined;
  const y = Number(m[1]);
  return plausibleYear(y) ? y : undefined;
}

/** `123-9` → `123-129`, `123–129` → `123-129`, `e0206969` stays. Expansion of the abbreviated end page. */
export function normalisePages(value: string | undefined): string | undefined {
  if (!value) return undefined;
  // Most page values (`123`, `123-129`) have nothing to tidy: one test instead of a trim and two replaces.
  const v = /[\s\u2010-\u2015\u2212]|--/.test(value)
    ? value
        .trim()
        .replace(/[\u2010-\u2015\u2212]/g, '-')
        .replace(/\s*-+\s*/g, '-')
    : value;
  if (!v) return undefined;
  const m = /^([A-Za-z]?)(\d+)-([A-Za-z]?)(\d+)$/.exec(v);
  if (m) {
    const [, p1 = '', start = '', p2 = '', end = ''] = m;
    if (end.length < start.length && (p2 === '' || p2 === p1)) {
      const full = start.slice(0, start.length - end.length) + end;
      return `${p1}${start}-${p1}${full}`;
    }
  }
  return v;
}

/**
 * `value.replace(/\s+/g, ' ').trim()`, rewriting the string only when it holds whitespace to collapse:
 * testing is one cheap scan, most titles, names and short fields have none, and the replace built a new
 * string for every single space (a tenth of the RIS parse time, counting names).
 */
function collapseWhitespace(value: string): string {
  return (/[^\S ]| {2}/.test(value) ? value.replace(/\s+/g, ' ') : value).trim();
}

/** Collapse whitespace and strip the trailing full stop some databases add to titles. */
export function cleanText(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const v = collapseWhitespace(value);
  return v === '' ? undefined : v;
}

export function cleanTitle(value: string | undefined): string | undefined {
  const v = cleanText(value);
  if (!v) return v;
  // "Title." → "Title" but keep "et al." / "U.S." style abbreviations at the very end.
  return /[^.]\.$/.test(v) && !/\b[A-Z]\.$/.test(v) ? v.slice(0, -1) : v;
}

/**
 * Parse one personal name as databases write it: `Pérez, J. A.`, `Perez JA`, `J. A. Pérez`,
 * `van der Berg, Anna`. Organisation names (with words such as "Group", "Collaboration") are kept
 * whole as `literal`.
 */
export function parseAuthor(value: string): Author | undefined {
  let v = collapseWhitespace(value);
  const last = v.charCodeAt(v.length - 1);
  if (last === 59 /* ; */ || last === 44 /* , */) v = v.slice(0, -1);
  if (!v) return undefined;
  // The comma test first: it is cheaper than the word list, and most names have a comma.
  if (!v.includes(',') && /\b(group|collaboration|consortium|committee|investigators|organization|organisation|association|society|network|team)\b/i.test(v)) {
    return { family: v, literal: v };
  }
  const comma = v.indexOf(',');
  if (comma > 0) {
    const family = v.slice(0, comma).trim();
    const given = v.slice(comma + 1).trim();
    return given ? { family, given } : { family };
  }
  // PubMed / Vancouver style: "Perez JA" (family then initials in capitals)
  const vancouver = /^(.+?)\s+([A-Z]{1,4})$/.exec(v);
  if (vancouver?.[1] && vancouver[2]) return { family: vancouver[1], given: vancouver[2].split('').join('. ') + '.' };
  const parts = v.split(' ');
  if (parts.length === 1) return { family: v };
  // "J. A. de la Cruz": particles start the family name
  let i = parts.length - 1;
  while (i > 1 && /^(van|von|der|den|de|del|della|di|da|du|la|le|dos|das|ter|ten|bin|al)$/i.test(parts[i - 1] ?? '')) i--;
  return { family: parts.slice(i).join(' '), given: parts.slice(0, i).join(' ') };
}

/** Split a list of names joined by ` and ` or `;`. */
export function splitAuthors(value: string | undefined, separator: RegExp = /\s*;\s*|\s+and\s+/): Author[] {
  if (!value) return [];
  return value
    .split(separator)
    .map((s) => parseAuthor(s))
    .filter((a): a is Author => a !== undefined);
}

export function formatAuthor(a: Author): string {
  if (a.literal) return a.literal;
  return a.given ? `${a.family}, ${a.given}` : a.family;
}

/** Keywords split on `;` (and on `,` only when no `;` is present and the caller allows it). */
export function splitKeywords(value: string | undefined, allowComma = false): string[] {
  if (!value) return [];
  const sep = value.includes(';') || !allowComma ? /\s*;\s*/ : /\s*,\s*/;
  return value
    .split(sep)
    .map((k) => k.trim())
    .filter((k) => k !== '');
}

export function normaliseIsbn(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const m = /(97[89][-\s]?)?(\d[-\s]?){9}[\dXx]/.exec(value);
  return m ? m[0].replace(/[-\s]/g, '').toUpperCase() : cleanText(value);
}

/** Map loose type words from any format to our record types. */
export function guessType(value: string | undefined): RecordType | undefined {
  if (!value) return undefined;
  const v = value.toLowerCase();
  if (/erratum|corrigend|correction/.test(v)) return 'erratum';
  if (/preprint|posted.content|working paper/.test(v)) return 'preprint';
  if (/conference abstract|meeting abstract/.test(v)) return 'conference-abstract';
  if (/conference|proceeding|inproceedings|symposium|congress|cpaper|conf\b/.test(v)) return 'conference-paper';
  if (/chapter|incollection|inbook|chap\b/.test(v)) return 'chapter';
  if (/thesis|dissertation|phdthesis|mastersthesis|thes\b/.test(v)) return 'thesis';
  if (/review/.test(v)) return 'review';
  if (/letter/.test(v)) return 'letter';
  if (/editorial|comment|note/.test(v)) return 'editorial';
  if (/report|techreport|rprt|government/.test(v)) return 'report';
  if (/book|monograph/.test(v)) return 'book';
  if (/data/.test(v)) return 'dataset';
  if (/web|elec|online|internet/.test(v)) return 'webpage';
  if (/article|journal|jour|jfull|paper|abst/.test(v)) return 'article';
  return undefined;
}
