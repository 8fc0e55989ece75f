/**
 * Author lists in one cell, as each vendor writes them. Separators differ (`;` for Zotero, IEEE and
 * recent Scopus; `,` for older Scopus and Embase with `Lastname I.`; ` and ` for BibTeX-derived
 * lists), and some exports glue names together with no separator at all (Springer's
 * `Andy SmithTom Weber`, EndNote-derived `Adeli K.Lewis G. F.`). The style is inferred from the value
 * unless the caller knows the vendor.
 */
import { parseAuthor } from '../../records/fields.js';
import type { Author } from '../../records/record.js';

export type AuthorListStyle =
  /** Infer from the value. */
  | 'auto'
  /** `Family, Given; Family, Given` with `{Organisation, Inc.}` kept literal (Zotero, our own CSV). */
  | 'semicolon'
  /** Springer: `Given FamilyGiven Family`, honorifics included. */
  | 'glued-camel';

const suffixPattern = /^(jr|sr|ii|iii|iv|v|2nd|3rd)\.?$/i;
// `(alex@example.org)`, `(57207750150)`: e-mail addresses and author ids that WoS and Scopus append.
const annotations = /\s*\((?:[^()]*@[^()]*|\d+|reprint author)\)/gi;
// `Adler D.G.`, `Villard M.-A.`, `Lewis G. F.`, `El Hachmane M.`: family name then initials.
const familyInitials = /^([\p{L}'’`\- ]+?)\s+((?:\p{Lu}\.\s?-?\s?)+)$/u;

/** One name, as written: `Family, Given`, `Family I.`, `Given Family`, `{Organisation}`. */
export function parseName(value: string): Author | undefined {
  const v = value.replace(/\s+/g, ' ').trim();
  if (v === '') return undefined;
  const braced = /^\{(.+)\}$/.exec(v);
  if (braced?.[1]) return { family: braced[1].trim(), literal: braced[1].trim() };
  // `Thompson, Frank R., III`, `Barrow W.C., Jr.`: keep the suffix with the given names, as
  // citation styles print it.
  const parts = v.split(/\s*,\s*/);
  const suffix = parts.length >= 2 ? parts[parts.length - 1] : undefined;
  if (suffix !== undefined && suffixPattern.test(suffix)) {
    const base = parseName(parts.slice(0, -1).join(', '));
    return base ? { ...base, given: base.given ? `${base.given}, ${suffix}` : suffix } : undefined;
  }
  if (!v.includes(',')) {
    const fi = familyInitials.exec(v);
    if (fi?.[1] && fi[2]) return { family: fi[1].trim(), given: fi[2].trim() };
  }
  return parseAuthor(v);
}

const wordCount = (s: string): number => s.split(' ').filter((w) => w !== '').length;

/** Re-attach `Jr.`-style parts that a comma split cut off from their name. */
function mergeSuffixes(parts: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of parts) {
    const last = out.length - 1;
    if (suffixPattern.test(p) && last >= 0) out[last] = `${out[last]}, ${p}`;
    else out.push(p);
  }
  return out;
}

function splitCommaList(value: string): string[] {
  const parts = mergeSuffixes(value.split(/\s*,\s*/).filter((p) => p !== ''));
  if (parts.length < 2) return parts;
  const core = (p: string): string => p.replace(/,.*$/, '');
  // Every part a full name (`Liu R., Adler D.G.`, `Joseph Rottman, Erran Carmel`): one author each.
  if (parts.every((p) => wordCount(core(p)) >= 2)) return parts;
  // `Cole, Lynette K.` or `Smith, John, Doe, Jane`: family/given pairs.
  if (parts.length % 2 === 0) {
    const pairs: string[] = [];
    for (let i = 0; i < parts.length; i += 2) pairs.push(`${parts[i]}, ${parts[i + 1]}`);
    if (pairs.every((p) => wordCount(core(p)) <= 3)) return pairs;
  }
  return parts;
}

// `Adeli K.Lewis G. F.`: a name's last initial runs straight into the next family name.
const gluedInitials = /(?<=\p{Lu}\.)(?=\p{Lu}\p{Ll})/u;

function splitGluedInitials(value: string): string[] | undefined {
  if (!gluedInitials.test(value)) return undefined;
  const parts = value.split(gluedInitials).map((p) => p.trim());
  return parts.every((p) => familyInitials.test(p)) ? parts : undefined;
}

const honorific = /^(?:(?:prof|dr|mr|mrs|ms|sir|professor)\.?\s+)+/i;
// Prefixes that legitimately run into a capital inside one family name: McDonald, DeCock, LeBlanc.
const innerCapitalPrefix = /(?:^|[\s.'-])(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|O)$/;

function splitGluedCamel(value: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 1; i < value.length; i++) {
    const prev = value[i - 1] ?? '';
    const cur = value[i] ?? '';
    if (/\p{Ll}/u.test(prev) && /\p{Lu}/u.test(cur) && !innerCapitalPrefix.test(value.slice(start, i))) {
      out.push(value.slice(start, i));
      start = i;
    }
  }
  out.push(value.slice(start));
  return out.map((p) => p.trim().replace(honorific, '')).filter((p) => p !== '');
}

/** Split one cell holding several names into authors. */
export function splitAuthorList(value: string | undefined, style: AuthorListStyle = 'auto'): Author[] {
  if (!value) return [];
  const v = value.replace(annotations, '').replace(/\s+/g, ' ').trim();
  if (v === '') return [];
  let names: string[];
  if (style === 'glued-camel' && !/[;,]/.test(v)) names = splitGluedCamel(v);
  else if (style === 'semicolon' || v.includes(';')) names = v.split(/\s*;\s*/);
  else if (/\s+and\s+/.test(v) && v.split(/\s+and\s+/).every((p) => wordCount(p) <= 5)) names = v.split(/\s+and\s+/);
  else if (v.includes(',')) names = splitCommaList(v);
  else names = splitGluedInitials(v) ?? [v];
  return names.map(parseName).filter((a): a is Author => a !== undefined);
}
