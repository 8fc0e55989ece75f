/**
 * Author keys for matching: folded surnames plus a bag of every name word, so that the same list
 * written `Omulo, S.`, `Omulo Sylvia`, `S. Omulo` or run together (`Adeli K.Lewis G. F.`, as some
 * EndNote exports do) still meets.
 */
import type { Author } from '../records/record.js';
import { foldText, words } from './text.js';

export type AuthorKeys = Readonly<{
  /** Folded surnames (spaces removed: `vanslyke`), in list order. */
  surnames: readonly string[];
  /**
   * Per author, the first word of the given names when it is a full name ('' otherwise): the
   * surname if a database wrote "Omulo Sylvia" for Sylvia Omulo.
   */
  alternates: readonly string[];
  /** Every folded name word of the list, and every surname key (small: an array beats a set). */
  bag: readonly string[];
  /** The list was cut short ("et al."), so a shorter list is no evidence of different authors. */
  etAl: boolean;
  /** Every folded word of the first author's name, space-separated with a space at both ends. */
  first: string;
  /** Group authors ("ALTS Group", "ASCUS-LSIL Triage Study"), folded; kept apart from persons. */
  groups: readonly string[];
}>;

const none: readonly string[] = Object.freeze([]);
export const noAuthors: AuthorKeys = { surnames: none, alternates: none, bag: none, etAl: false, first: '', groups: none };

/** Authors read per record; compareAuthors looks at the first 12. */
const maxAuthors = 20;
const placeholder = /^(unknown|anonymous|anon|n a|na|none|no authors? listed|not available|author unknown)$/;
const etAlPattern = /^(et al|et al\.|and others|others|etal)$/i;
/** Words that make a name a group author ("ALTS Group", "ASCUS-LSIL Triage Study"). */
const organisationWords = new Set(
  'group groups study trial consortium collaboration collaborative collaborators collaborating investigators investigator committee society association network team party taskforce organisation organization institute foundation council agency department ministry panel board initiative alliance federation registry'.split(
    ' ',
  ),
);
const isOrganisation = (family: string, given: string): boolean => {
  for (const w of family.split(' ')) if (organisationWords.has(w)) return true;
  for (const w of given.split(' ')) if (organisationWords.has(w)) return true;
  return false;
};
const initialToken = /^(?:[A-Z][a-z]?\.?-?){1,4}$|^[A-Z]{1,4}$/;

/** "Adeli K.Lewis G. F." → ["Adeli K.", "Lewis G. F."]: a list whose separators were lost. */
function splitRunTogether(text: string): string[] | undefined {
  if (!/[A-Z]\.[A-Z][a-z']/.test(text)) return undefined;
  const pieces = text.split(/(?<=[A-Z]\.)(?=[A-Z][a-z'])/).map((p) => p.trim());
  return pieces.length > 1 ? pieces : undefined;
}

/** Surname and initial of one "Surname I. J." / "I. J. Surname" / "Surname, Given" string. */
function nameParts(text: string): { surname: string; family: string; given: string } {
  const comma = text.indexOf(',');
  if (comma > 0) {
    const family = foldText(text.slice(0, comma));
    const given = foldText(text.slice(comma + 1));
    return { surname: family.replace(/ /g, ''), family, given };
  }
  const tokens = text.split(/\s+/).filter((t) => t !== '');
  // Vancouver "Surname IJ" / "Surname I. J.": initials trail the surname.
  let end = tokens.length;
  while (end > 1 && initialToken.test(tokens[end - 1] ?? '')) end--;
  if (end < tokens.length) {
    const family = foldText(tokens.slice(0, end).join(' '));
    return { surname: family.replace(/ /g, ''), family, given: '' };
  }
  // "I. J. Surname": initials lead.
  let start = 0;
  while (start < tokens.length - 1 && initialToken.test(tokens[start] ?? '')) start++;
  const family = foldText(tokens.slice(start).join(' '));
  const given = foldText(tokens.slice(0, start).join(' '));
  // "Given Surname" with a full given name: the last word is the surname.
  const space = family.lastIndexOf(' ');
  if (start === 0 && space > 0) return { surname: family.slice(space + 1), family, given: '' };
  return { surname: family.replace(/ /g, ''), family, given };
}

type Builder = { surnames: string[]; alternates: string[]; bag: string[]; first: string };

function addName(b: Builder, surname: string, family: string, given: string): void {
  if (surname === '' || placeholder.test(surname)) return;
  if (b.surnames.length === 0) b.first = ` ${surname} ${family} ${given} `;
  b.surnames.push(surname);
  const space = given.indexOf(' ');
  const alt = space < 0 ? given : given.slice(0, space);
  b.alternates.push(alt.length >= 3 ? alt : '');
  if (!b.bag.includes(surname)) b.bag.push(surname);
  addWords(b.bag, family);
  addWords(b.bag, given);
}

/** Add the words of two or more letters of a folded string to the bag (once each). */
function addWords(bag: string[], folded: string): void {
  if (folded.indexOf(' ') < 0) {
    if (folded.length >= 2 && !bag.includes(folded)) bag.push(folded);
    return;
  }
  for (const w of folded.split(' ')) if (w.length >= 2 && !bag.includes(w)) bag.push(w);
}

/** Build matching keys from parsed authors, repairing lists that an importer could not split. */
export function authorKeys(authors: readonly Author[]): AuthorKeys {
  const b: Builder = { surnames: [], alternates: [], bag: [], first: '' };
  const groups: string[] = [];
  // Long consortium lists: the first authors are what databases keep and what identifies a work.
  let etAl = authors.length > maxAuthors;
  const n = Math.min(authors.length, maxAuthors);
  for (let k = 0; k < n; k++) {
    const a = authors[k];
    if (!a) continue;
    let family = a.family.trim();
    let given = a.given?.trim() ?? '';
    // DBLP's homonym number ("Stefan Fischer 0003") can end up as the family name
    if (/^\d+$/.test(family) && given !== '') {
      const parts = given.split(/\s+/);
      family = parts.pop() ?? '';
      given = parts.join(' ');
    }
    let fam = foldText(family);
    const g = foldText(given);
    // Group authors are matched among themselves: one database lists the trial group, another the
    // writing committee's chair, so a group against a person says nothing either way.
    if (a.literal || (fam.length + g.length > 8 && !family.includes(',') && isOrganisation(fam, g))) {
      const lit = a.literal ? foldText(a.literal) : `${g} ${fam}`.trim();
      if (!placeholder.test(lit)) groups.push(lit);
      continue;
    }
    const full = `${given} ${family}`;
    if ((full.includes('al') || full.includes('others')) && (etAlPattern.test(family) || etAlPattern.test(given) || etAlPattern.test(full.trim()))) {
      etAl = true;
      continue;
    }
    // A parser that met "Adeli K.Lewis G. F." without separators gives one author whose family is
    // the last initial; rebuild the text in source order and split it again.
    const sourceOrder = given !== '' && /^[A-Z]\.?$/.test(family) ? `${given} ${family}` : `${family} ${given}`.trim();
    const pieces = sourceOrder.length > 8 ? splitRunTogether(sourceOrder) : undefined;
    if (pieces) {
      for (const piece of pieces) {
        const p = nameParts(piece);
        addName(b, p.surname, p.family, p.given);
      }
      continue;
    }
    if (fam.includes('et al')) {
      etAl = true;
      fam = fam.replace(/\bet al\b/, '').trim();
    }
    addName(b, fam.replace(/ /g, ''), fam, g);
  }
  if (authors.length === 0) return noAuthors;
  return { surnames: b.surnames, alternates: b.alternates, bag: b.bag, etAl, first: b.first, groups: groups.length > 0 ? groups : none };
}

/** At most one substitution, insertion or deletion apart (a typo), in one pass. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  if (l.length - s.length > 1) return false;
  let i = 0;
  while (i < s.length && s.charCodeAt(i) === l.charCodeAt(i)) i++;
  // the rest must match after skipping one character of the longer (or of both, if equal length)
  const skip = s.length === l.length ? 1 : 0;
  for (let j = i + skip; j < s.length; j++) if (s.charCodeAt(j) !== l.charCodeAt(j + 1 - skip)) return false;
  return true;
}

/** Surname equality allowing one typo in longer names and particles written apart ("van Slyke"). */
function surnameIn(surname: string, other: AuthorKeys): boolean {
  if (other.bag.includes(surname)) return true;
  if (surname.length < 5) return false;
  for (const s of other.surnames) {
    if (Math.abs(s.length - surname.length) <= 1 && s.charCodeAt(0) === surname.charCodeAt(0) && withinOneEdit(s, surname)) return true;
    // "vanderberg" vs "berg": a particle kept by one database and dropped by the other
    if (s.length >= 4 && surname.length > s.length && surname.endsWith(s)) return true;
    if (surname.length >= 4 && s.length > surname.length && s.endsWith(surname)) return true;
  }
  return false;
}

/** Share of `x`'s first `limit` surnames found in `y`. */
function hits(x: AuthorKeys, y: AuthorKeys, limit: number): number {
  const n = Math.min(x.surnames.length, limit);
  let h = 0;
  for (let i = 0; i < n; i++) {
    const alt = x.alternates[i] ?? '';
    if (surnameIn(x.surnames[i] ?? '', y) || (alt !== '' && y.surnames.includes(alt))) h++;
  }
  return h / n;
}

export type AuthorComparison = Readonly<{
  /** 0..1: share of one list's authors found in the other, in the direction that agrees best. */
  similarity: number;
  /** The same share in the other direction (1 when both lists agree in full). */
  coverage: number;
  firstMatch: boolean;
  /** The lists agree only as a subset (one list is a prefix/cut-down of the other). */
  subset: boolean;
}>;

/** How much two author lists agree; undefined when either list is empty (no evidence). */
export function compareAuthors(a: AuthorKeys, b: AuthorKeys, limit = 12): AuthorComparison | undefined {
  if (a.surnames.length === 0 || b.surnames.length === 0) {
    if (a.surnames.length > 0 || b.surnames.length > 0 || a.groups.length === 0 || b.groups.length === 0) return undefined;
    const s = groupSimilarity(a.groups, b.groups);
    return { similarity: s, coverage: s, firstMatch: s >= 0.5, subset: false };
  }
  const ha = hits(a, b, limit);
  const hb = hits(b, a, limit);
  const fa = a.surnames[0] ?? '';
  const fb = b.surnames[0] ?? '';
  const firstMatch =
    fa === fb ||
    a.first.includes(` ${fb} `) ||
    b.first.includes(` ${fa} `) ||
    (fa.length >= 5 && fa.charCodeAt(0) === fb.charCodeAt(0) && withinOneEdit(fa, fb));
  const similarity = Math.max(ha, hb);
  const coverage = Math.min(ha, hb);
  return { similarity, coverage, firstMatch, subset: coverage < 0.999 };
}

/**
 * Word overlap of two lists of group authors (acronyms and "the" vary between databases). A name
 * whose letters run inside the other's ("Times-Ten Team" in "CORPORATE TimesTen Team", as ACM
 * marks corporate authors) is the same group written apart or together.
 */
function groupSimilarity(a: readonly string[], b: readonly string[]): number {
  const wa = new Set(a.flatMap(words).filter((w) => w.length > 2 && w !== 'the'));
  const wb = new Set(b.flatMap(words).filter((w) => w.length > 2 && w !== 'the'));
  const ja = [...wa].join('');
  const jb = [...wb].join('');
  if (Math.min(ja.length, jb.length) >= 8 && (ja.includes(jb) || jb.includes(ja))) return 1;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  const n = Math.min(wa.size, wb.size);
  return n === 0 ? 0 : common / n;
}
